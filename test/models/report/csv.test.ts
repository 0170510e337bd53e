/**
 * The one CSV writer: what Excel needs (a UTF-8 byte-order mark, RFC 4180 quoting, CRLF), numbers
 * rounded to their column's display precision, and headers with units and the price base. Checked on
 * the bytes a file would hold, decoded again with an independent decoder.
 */
import { describe, expect, it } from 'vitest';
import {
  metricColumn,
  METRICS,
  resultsByYearTable,
  projectScenarios,
  textColumn,
  toCsv,
  yearColumn,
  formatRatio,
  type ReportTable,
} from '../../../models/index.ts';
import { workedExample } from '../../helpers/docs.ts';

const years = { start: 2026, end: 2040 };
const table = (rows: ReportTable['rows']): ReportTable => ({
  id: 't',
  title: 'A test table',
  priceBase: 2019,
  columns: [
    textColumn('scenario', 'Scenario'),
    yearColumn(),
    metricColumn(METRICS['net-gva'], years),
    metricColumn(METRICS['net-jobs'], years),
    metricColumn(METRICS['bcr'], years),
    metricColumn(METRICS['cost-per-job'], years),
  ],
  rows,
});

/** Bytes as written to disk (UTF-8), then split into lines by a plain decoder that keeps the BOM. */
function bytesOf(csv: string): Uint8Array {
  return new TextEncoder().encode(csv);
}

describe('toCsv', () => {
  const csv = toCsv(
    table([{ id: 'a', cells: ['Digital – scaled', 2030, 83.10600000000001, 83.106, 1.005, 14415.71] }]),
  );

  it('starts with a UTF-8 byte-order mark and keeps £ and – as UTF-8', () => {
    const bytes = bytesOf(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // "£" is C2 A3 and "–" is E2 80 93 in UTF-8; find both sequences in the bytes themselves.
    const hex = Buffer.from(bytes).toString('hex');
    expect(hex).toContain('c2a3');
    expect(hex).toContain('e28093');
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(decoded.charCodeAt(0)).toBe(0xfeff);
    expect(decoded).toContain('Net additional GVA 2040 (£m, 2019 prices)');
    expect(decoded).toContain('Digital – scaled');
  });

  it('writes headers with units and the price base, CRLF line ends and a final CRLF', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Scenario,Year,"Net additional GVA 2040 (£m, 2019 prices)",Net additional jobs 2040 (jobs),Net local GVA per £1 of public cost (ratio),"Cost per net additional job (£ per job, 2019 prices)"',
      'Digital – scaled,2030,83.1,83,1.01,14416',
      '',
    ]);
  });

  it('rounds to display precision without thousands separators or float noise', () => {
    const out = toCsv(
      table([
        { id: 'a', cells: ['x', 2031, 1234567.891, 1234.5, 2.345, -0.4] },
        { id: 'b', cells: ['y', 2032, -0.04, -0.4, 0.125, 99999.5] },
      ]),
    );
    const [, a, b] = out.slice(1).split('\r\n');
    // Halves round away from zero on the decimal the number prints as (2.345 -> 2.35, where toFixed
    // gives 2.35 or 2.34 by the binary value), exactly as the screen does: the two never disagree.
    expect(a).toBe('x,2031,1234567.9,1235,2.35,0');
    expect(formatRatio(2.345)).toBe('2.35');
    expect(formatRatio(1.005)).toBe('1.01');
    // -0.04 shows as 0.0, not -0.0; a negative that stays negative keeps a plain hyphen-minus.
    expect(b).toBe('y,2032,0.0,0,0.13,100000');
    const negative = toCsv(table([{ id: 'c', cells: ['z', 2033, -12.34, -5.6, null, null] }]));
    expect(negative.slice(1).split('\r\n')[1]).toBe('z,2033,-12.3,-6,,');
  });

  it('quotes commas, double quotes and line breaks per RFC 4180, and leaves missing values empty', () => {
    const out = toCsv(
      table([
        { id: 'a', cells: ['Budget, scaled', null, Number.NaN, null, null, Number.POSITIVE_INFINITY] },
        { id: 'b', cells: ['The "fast" case', 2030, 1, 1, 1, 1] },
        { id: 'c', cells: ['Two\nlines', 2030, 1, 1, 1, 1] },
        { id: 'd', cells: ['Carriage\rreturn', 2030, 1, 1, 1, 1] },
      ]),
    );
    const body = out.slice(1).split('\r\n').slice(1, -1).join('\r\n');
    expect(body).toBe(
      [
        '"Budget, scaled",,,,,',
        '"The ""fast"" case",2030,1.0,1,1.00,1',
        '"Two\nlines",2030,1.0,1,1.00,1',
        '"Carriage\rreturn",2030,1.0,1,1.00,1',
      ].join('\r\n'),
    );
  });

  it('neutralises text that Excel would run as a formula, and keeps numbers (negative ones too) as numbers', () => {
    const out = toCsv(
      table([
        { id: 'a', cells: ['=HYPERLINK("http://x","y")', 2030, -12.34, 1, 1, 1] },
        { id: 'b', cells: ['+1+1', 2030, 1, 1, 1, 1] },
        { id: 'c', cells: ['-2+3', 2030, 1, 1, 1, 1] },
        { id: 'd', cells: ['@SUM(A1)', 2030, 1, 1, 1, 1] },
        { id: 'e', cells: ['\tTab first', 2030, 1, 1, 1, 1] },
        { id: 'f', cells: ['\rReturn first', 2030, 1, 1, 1, 1] },
        { id: 'g', cells: ['Ordinary = text - with @ inside', 2030, -0.5, -7, 1, 1] },
      ]),
    );
    const bytes = bytesOf(out);
    const lines = new TextDecoder('utf-8').decode(bytes).split('\r\n');
    // 0x27 is the apostrophe Excel reads as "this is text": it comes first in the field, inside the
    // quotes where the field needs them.
    expect(lines.slice(1, 8)).toEqual([
      '"\'=HYPERLINK(""http://x"",""y"")",2030,-12.3,1,1.00,1',
      "'+1+1,2030,1.0,1,1.00,1",
      "'-2+3,2030,1.0,1,1.00,1",
      "'@SUM(A1),2030,1.0,1,1.00,1",
      "'\tTab first,2030,1.0,1,1.00,1",
      '"\'\rReturn first",2030,1.0,1,1.00,1',
      'Ordinary = text - with @ inside,2030,-0.5,-7,1.00,1',
    ]);
    // A header is text too (scenario names become Compare's column headings).
    const headed = toCsv({ ...table([]), columns: [textColumn('s', '=cmd|calc')] });
    expect(headed.slice(1)).toBe("'=cmd|calc\r\n");
  });

  it('writes the worked example year by year to display precision', () => {
    const projected = projectScenarios(workedExample());
    if (!projected.ok) throw new Error('worked example does not project');
    const lines = toCsv(resultsByYearTable(workedExample(), projected.value[1]!)).slice(1).split('\r\n');
    // Hand calculation in tables.test.ts: 2026 baseline 1051.0100501, net GVA 16.2 (stored as
    // 16.200000000000003), net jobs 154.137, productivity 105,101.005, cost 2.2.
    expect(lines[1]).toBe('2026,1051.0,1067.2,20.0,16.2,10000,10154,190,154,105101,105101,2.2');
    expect(lines[3]).toBe('2028,1072.1,1104.5,40.0,32.4,10000,10302,373,302,107214,107214,0.0');
  });
});
