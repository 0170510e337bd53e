/**
 * Nothing is altered silently (issue 9, failure 3): bytes that are not UTF-8 are refused with their
 * offset and how to re-save, never read as U+FFFD and saved so; an integer that a double cannot
 * hold exactly is refused with its path, never rounded on the next save.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkUtf8Bytes, loadScenario } from '../../../models/index.ts';
import { runCli } from '../../helpers/cli.ts';
import { withTempDir } from '../../node/helpers.ts';
import { MINIMAL_TEXT } from './helpers.ts';

const withTitle = (bytes: number[]) => {
  const [before, after] = MINIMAL_TEXT.split(/(?<="title": ")/) as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from('Caf'), Buffer.from(bytes), Buffer.from(after)]);
};

describe('bytes that are not UTF-8', () => {
  it.each([
    ['a Latin-1 "é"', [0xe9]],
    ['a raw surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut-short sequence', [0xe2, 0x82]],
  ])('%s is refused with its byte offset and how to re-save', (_what, bytes) => {
    const data = withTitle(bytes);
    const offset = data.indexOf(Buffer.from('Caf')) + 3;
    const problem = checkUtf8Bytes(data);
    expect(problem?.code).toBe('json.invalid-utf8');
    expect(problem?.message).toContain(`byte offset ${offset.toLocaleString('en-GB')}`);
    expect(problem?.message).toMatch(/line \d+/);
    expect(problem?.message).toMatch(/save it again with the encoding UTF-8/);
  });

  it('accepts every well-formed sequence, a byte-order mark included', () => {
    const text = '\uFEFF{"t": "Café £ — 𝔊 😀 \u0800 \uFFFD"}';
    expect(checkUtf8Bytes(Buffer.from(text, 'utf8'))).toBeNull();
  });

  it('still names UTF-16 and binary files as such', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_TEXT, 'utf16le')]);
    expect(checkUtf8Bytes(utf16)?.code).toBe('json.utf16');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xd8]);
    expect(checkUtf8Bytes(zip)?.code).toBe('json.binary');
  });

  it('validate refuses such a file and set leaves it byte for byte as it was', async () => {
    await withTempDir(async (dir) => {
      const data = withTitle([0xe9]);
      await writeFile(join(dir, 'latin1.causeway.json'), data);
      const validate = await runCli(['validate', 'latin1.causeway.json'], dir);
      expect(validate.code).toBe(1);
      expect(validate.stderr).toMatch(/^latin1\.causeway\.json: The file is not valid UTF-8/);
      const set = await runCli(['set', 'latin1.causeway.json', 'q=1'], dir);
      expect(set.code).toBe(1);
      expect((await readFile(join(dir, 'latin1.causeway.json'))).equals(data)).toBe(true);
    });
  });
});

describe('integers beyond what a double holds exactly', () => {
  it('are refused in an unknown field with the path and the digits', () => {
    const text = MINIMAL_TEXT.replace('"meta": {', '"meta": {\n    "externalId": 12345678901234567890,');
    const outcome = loadScenario(text);
    expect(outcome.ok).toBe(false);
    const d = outcome.diagnostics.find((x) => x.code === 'json.integer-precision');
    expect(d?.path).toBe('meta.externalId');
    expect(d?.message).toMatch(/12345678901234567890/);
    expect(d?.message).toMatch(/12345678901234567000/);
    expect(d?.message).toMatch(/in double quotes/);
  });

  it('are refused inside lists too, and 2^53 + 1 already is one', () => {
    const text = MINIMAL_TEXT.replace('"meta": {', '"meta": {\n    "ids": [1, 9007199254740993],');
    const d = loadScenario(text).diagnostics.find((x) => x.code === 'json.integer-precision');
    expect(d?.path).toBe('meta.ids[1]');
  });

  it('accept integers a double holds exactly, however long, and decimals as doubles', () => {
    for (const n of ['9007199254740992', '1000000000000000000000', '-0', '123456789012345678901234567890.5', '1e400'])
      expect(
        loadScenario(MINIMAL_TEXT.replace('"meta": {', `"meta": {\n    "n": ${n},`)).diagnostics.some(
          (d) => d.code === 'json.integer-precision',
        ),
        n,
      ).toBe(false);
  });

  it('accept whatever number the serialiser writes, so a saved file always opens again (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const text = MINIMAL_TEXT.replace('"meta": {', `"meta": {\n    "n": ${JSON.stringify(d)},`);
        expect(loadScenario(text).diagnostics.some((x) => x.code === 'json.integer-precision')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
