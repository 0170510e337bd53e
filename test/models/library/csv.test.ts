import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, parseNumber } from '../../../models/library/build/csv.ts';

describe('parseNumber', () => {
  it('reads thousands separators and signs', () => {
    expect(parseNumber('"12,219"'.replace(/"/g, ''))).toBe(12219);
    expect(parseNumber('1,030,305')).toBe(1030305);
    expect(parseNumber('-45')).toBe(-45);
    expect(parseNumber(' 0.5 ')).toBe(0.5);
  });
  it('turns blanks and suppression markers into null, never 0', () => {
    for (const s of ['', ' ', '..', 'x', '[c]', '[x]', '-', '*', 'c', ':', undefined])
      expect(parseNumber(s)).toBeNull();
  });
});

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,"1,234","say ""hi"""\r\nb,,3\n')).toEqual([
      ['a', '1,234', 'say "hi"'],
      ['b', '', '3'],
    ]);
  });
  it('round-trips any table written with full quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', ' ', '1', '\n') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const text = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
        expect(parseCsv(text)).toEqual(table);
      }),
    );
  });
});
