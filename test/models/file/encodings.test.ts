// Text encodings: a UTF-16 file is named as such, with what to do.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/index.ts';
import { MINIMAL_TEXT } from './helpers.ts';

describe('text encodings', () => {
  it('says a UTF-16 file (with a byte-order mark, as Notepad writes it) is UTF-16, not binary', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_TEXT, 'utf16le')]);
    const outcome = loadScenario(bytes.toString('utf8'));
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics[0]?.code).toBe('json.utf16');
    expect(outcome.diagnostics[0]?.message).toMatch(/UTF-8/);
  });

  it('says so for big-endian UTF-16 and for UTF-16 without a byte-order mark too', () => {
    const be = Buffer.from(MINIMAL_TEXT, 'utf16le').swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), Buffer.from(MINIMAL_TEXT, 'utf16le'), be]) {
      expect(loadScenario(bytes.toString('utf8')).diagnostics[0]?.code).toBe('json.utf16');
    }
  });

  it('still calls real binary data binary', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xd8]);
    expect(loadScenario(bytes.toString('utf8')).diagnostics[0]?.code).toBe('json.binary');
  });
});
