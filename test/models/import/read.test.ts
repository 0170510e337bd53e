/**
 * The importer reads each layout from files written by hand (test/fixtures/import, and workbooks
 * built in workbook.ts): a byte-order mark, Windows line endings, preamble lines, thousands
 * separators, suppressed cells and repeated blocks; and refuses an unknown layout naming its headers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDownload, type ImportedTable } from '../../../models/index.ts';
import { workbook } from './workbook.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
const only = (name: string): ImportedTable => {
  const r = readDownload(fixture(name), name);
  expect(r.refusals).toEqual([]);
  expect(r.tables).toHaveLength(1);
  return r.tables[0]!;
};
/** "area industry year" -> value, for compact expectations. */
const cells = (t: ImportedTable) =>
  Object.fromEntries(t.observations.map((o) => [`${o.areaCode ?? o.areaName} ${o.industry} ${o.year}`, o.value]));

describe('Nomis API tidy CSV (BOM, Windows line endings)', () => {
  const t = only('nomis-tidy.csv');
  it('is recognised by GEOGRAPHY_CODE, INDUSTRY_NAME and OBS_VALUE', () => {
    expect(t).toMatchObject({ layout: 'nomis-tidy', measure: 'jobs' });
  });
  it('keeps Employment counts only (not Employees, not percentages), with the exact industries', () => {
    expect(cells(t)).toEqual({
      'TLE4 01-99 2015': 1060000,
      'TLE4 01-99 2019': 1090000,
      'TLE4 01-99 2022': 1125000,
      'TLE4 10-33 2015': 114000,
      'TLE4 10-33 2019': 111600,
      'TLE4 10-33 2022': 118000,
      'TLE4 28 2015': 7000,
      'TLE4 28 2019': 7500,
      'TLE4 28 2022': 8000,
      'TLE4 29 2022': null,
      'E08000035 10-33 2022': 31000,
    });
  });
  it('keeps a suppressed cell as missing, never as zero', () => {
    expect(t.observations.find((o) => o.industry === '29')).toMatchObject({ value: null, marker: 'blank' });
  });
});

describe('Nomis query-builder download (preamble, "X : label" headers, "*", repeated blocks)', () => {
  const t = only('nomis-query.csv');
  it('reads the dataset title and the download date from the preamble', () => {
    expect(t).toMatchObject({
      layout: 'nomis-query',
      table: 'Business Register and Employment Survey : open access',
      release: 'downloaded from Nomis on 12 March 2024',
    });
  });
  it('reads every Employment block by its Date line, thousands separators removed, and skips the Employees block', () => {
    const c = cells(t);
    expect(Object.keys(c)).toHaveLength(3 * 5 * 3);
    expect(c['E06000004 10-33 2015']).toBe(9000);
    expect(c['E06000004 01-99 2019']).toBe(85000);
    expect(c['E06000001 10-33 2019']).toBe(4000); // the Employees block says 3,900
    expect(c['E06000005 28 2021']).toBe(1000);
    expect(t.notes).toEqual(['1 block left out: not the Employment counts (another status or measure).']);
  });
  it('keeps "*" cells as missing', () => {
    expect(t.observations.filter((o) => o.value === null).map((o) => `${o.areaCode} ${o.year} ${o.marker}`)).toEqual([
      'E06000001 2015 *',
      'E06000001 2019 *',
      'E06000001 2021 *',
    ]);
  });
});

describe('ONS regional GVA, ITL table saved as CSV (title and note rows, footnotes, markers)', () => {
  const t = only('ons-gva-itl2-cvm.csv');
  it('takes the measure, price year, release and table from the title rows', () => {
    expect(t).toMatchObject({
      layout: 'ons-gva-itl',
      measure: 'gva-cvm',
      priceYear: 2019,
      release: 'release of 25 April 2023',
      table: 'Table 2b: ITL2 chained volume measures in 2019 money value: pounds million',
    });
  });
  it('reads the exact industries ("2022 [note 3]" is 2022), leaves out imputed rent and the footnote rows', () => {
    expect(cells(t)).toEqual({
      'TLE4 01-99 2015': 52100,
      'TLE4 01-99 2019': 55300,
      'TLE4 01-99 2022': 57500,
      'TLE4 10-33 2015': 6800,
      'TLE4 10-33 2019': 7000,
      'TLE4 10-33 2022': 7300,
      'TLE4 28 2015': 400,
      'TLE4 28 2019': 420,
      'TLE4 28 2022': 460,
      'TLE4 29-30 2015': null,
      'TLE4 29-30 2019': null,
      'TLE4 29-30 2022': null,
      'TLD3 01-99 2015': 68000,
      'TLD3 01-99 2019': 73000,
      'TLD3 01-99 2022': 75000,
      'TLD3 10-33 2015': 7500,
      'TLD3 10-33 2019': 7900,
      'TLD3 10-33 2022': 8100,
    });
    expect(t.notes).toEqual([
      'Cells without a figure (kept as missing, never as zero): 1 "[x]", 1 "..", 1 "[c]".',
      '3 note or footnote rows skipped.',
      '1 row of industries Causeway cannot place (e.g. imputed rent) skipped.',
    ]);
  });
});

describe('ONS local-authority GVA workbook (.xlsx: cover, CVM and current-price sheets)', () => {
  const header = ['ITL1 region', 'LA code', 'LA name', 'SIC07', 'SIC07 description', '2015', '2019', '2023'];
  const bytes = workbook([
    {
      name: 'Cover',
      rows: [
        ['Regional gross value added (balanced) by industry: local authorities by ITL1 region'],
        ['Release date: 17 April 2025'],
      ],
    },
    {
      name: 'Table 1',
      rows: [
        ['Table 1: Chained volume measure (CVM) indices, 2022=100'],
        header,
        ['North West', 'E08000003', 'Manchester', 'Total', 'All industries', 80, 90, 101],
      ],
    },
    {
      name: 'Table 2',
      rows: [
        [
          'Table 2: Gross value added at chained volume measures in 2022 money value, pounds million, local authorities',
        ],
        header,
        ['North West', 'E08000003', 'Manchester', 'Total', 'All industries', 27000, 30500, 33008],
        ['North West', 'E08000003', 'Manchester', 'C (10-33)', 'Manufacturing', 800, 820, 835],
        [
          'North West',
          'E08000003',
          'Manchester',
          'CI-CL (26-30)',
          'Manufacture of electrical products and machinery',
          '[c]',
          '[u]',
          120,
        ],
        ['Source: Office for National Statistics'],
      ],
    },
    {
      name: 'Table 3',
      rows: [
        ['Table 3: Gross value added at current basic prices, pounds million'],
        header,
        ['North West', 'E08000003', 'Manchester', 'C (10-33)', 'Manufacturing', 600, 700, 914],
      ],
    },
  ]);
  const r = readDownload(bytes, 'la-gva.xlsx');
  it('reads the CVM and current-price sheets, skips the index sheet and the cover, and finds the release on the cover', () => {
    expect(r.refusals).toEqual([]);
    expect(r.skipped).toEqual(['la-gva.xlsx / Cover', 'la-gva.xlsx / Table 1 (an index or deflator table, not £m)']);
    expect(r.tables.map((t) => [t.layout, t.measure, t.priceYear, t.release])).toEqual([
      ['ons-gva-la', 'gva-cvm', 2022, 'release of 17 April 2025'],
      ['ons-gva-la', 'gva-current', undefined, 'release of 17 April 2025'],
    ]);
  });
  it('gives the exact industries; [c] and [u] stay missing', () => {
    expect(cells(r.tables[0]!)).toEqual({
      'E08000003 01-99 2015': 27000,
      'E08000003 01-99 2019': 30500,
      'E08000003 01-99 2023': 33008,
      'E08000003 10-33 2015': 800,
      'E08000003 10-33 2019': 820,
      'E08000003 10-33 2023': 835,
      'E08000003 26-30 2015': null,
      'E08000003 26-30 2019': null,
      'E08000003 26-30 2023': 120,
    });
    expect(cells(r.tables[1]!)).toEqual({
      'E08000003 10-33 2015': 600,
      'E08000003 10-33 2019': 700,
      'E08000003 10-33 2023': 914,
    });
  });
});

describe('refusals', () => {
  it('an unknown layout, with a sentence naming the headers found', () => {
    const r = readDownload(fixture('unknown-layout.csv'), 'unknown-layout.csv');
    expect(r.tables).toEqual([]);
    expect(r.refusals[0]?.message).toMatch(/^unknown-layout\.csv: not a layout Causeway reads\./);
    expect(r.refusals[0]?.message).toMatch(/The headers found were "Area", "Sector", "Employees 2022"\.$/);
  });
  it('a workbook none of whose sheets is a known table, naming each sheet and its headers', () => {
    const bytes = workbook([
      {
        name: 'Data',
        rows: [
          ['Place', 'Jobs'],
          ['Leeds', 1],
        ],
      },
      { name: 'Notes', rows: [['Hello']] },
    ]);
    const r = readDownload(bytes, 'other.xlsx');
    expect(r.refusals[0]?.message).toMatch(/no sheet of this workbook is a layout Causeway reads/);
    expect(r.refusals[0]?.message).toMatch(/"Data" \(headers "Place", "Jobs"\)/);
  });
  it('a GVA table whose title does not say current prices or chained volumes', () => {
    const text =
      'ITL region code,ITL region name,SIC07 code,SIC07 description,2019\nTLE4,West Yorkshire,Total,All industries,1\n';
    const r = readDownload(new TextEncoder().encode(text), 'gva.csv');
    expect(r.refusals[0]?.message).toMatch(/do not say whether it is current prices or chained volume measures/);
  });
  it('a damaged workbook', () => {
    const r = readDownload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx');
    expect(r.refusals[0]?.message).toMatch(/broken\.xlsx is not a readable \.xlsx workbook/);
  });
});
