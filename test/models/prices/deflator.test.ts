/**
 * The embedded GDP deflator (models/prices, docs/method.md section 13): the generated data module is
 * what the downloaded files hold (rebuilt here from the rows vendored in test/fixtures/deflators), and
 * the joined series D(year) is, by hand: ONS YBGB outturn to 2024; HM Treasury's June 2023 forecast
 * changes for 2025 (+1.0653%), 2026 (+1.0397%) and 2027 (+1.6096%) compounded onto 111.2; then 2.0% a
 * year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFLATOR_NOTE,
  deflatorBasis,
  deflatorFactors,
  gdpDeflator,
  hmtJune2023Levels,
  priceRatio,
} from '../../../models/index.ts';
import { deflatorModuleText } from '../../../models/prices/buildDeflatorModule.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/deflators/${name}`, import.meta.url), 'utf8');

describe('the embedded deflator data', () => {
  it('is what the downloaded rows give (rebuild with npx tsx scripts/buildDeflator.ts if not)', () => {
    const committed = readFileSync(new URL('../../../models/prices/gdpDeflatorData.ts', import.meta.url), 'utf8');
    const rebuilt = deflatorModuleText({
      ybgb: fixture('gdp_deflator_ons_ybgb.csv'),
      hmt: fixture('gdp_deflator_hmt.csv'),
    });
    expect(committed).toBe(rebuilt);
    expect(committed).toContain("release: '2025-06-30'");
    expect(committed).toContain("release: '2023-06-30'");
  });

  it('refuses files without the rows it needs, with a sentence', () => {
    expect(() => deflatorModuleText({ ybgb: 'series_id,period_type,period,index_2022_eq_100\n', hmt: '' })).toThrow(
      /YBGB deflator rows are missing/,
    );
  });
});

describe('D(year)', () => {
  const d2027 = 111.2 * 1.010653 * 1.010397 * 1.016096;

  it('is ONS outturn where there is one', () => {
    expect(gdpDeflator(2019)).toBe(90.3);
    expect(gdpDeflator(2022)).toBe(100);
    expect(gdpDeflator(2024)).toBe(111.2);
    expect(gdpDeflator(1948)).toBe(2.7);
    expect(deflatorBasis(2024)).toBe('outturn');
  });

  it("compounds HM Treasury's forecast changes onto the last outturn, then grows 2.0% a year", () => {
    expect(gdpDeflator(2025)).toBeCloseTo(111.2 * 1.010653, 10);
    expect(gdpDeflator(2027)).toBeCloseTo(d2027, 10);
    expect(deflatorBasis(2027)).toBe('forecast');
    expect(gdpDeflator(2028)).toBeCloseTo(d2027 * 1.02, 10);
    expect(gdpDeflator(2040)).toBeCloseTo(d2027 * 1.02 ** 13, 8);
    expect(deflatorBasis(2028)).toBe('assumed');
    expect(DEFLATOR_NOTE).toMatch(
      /ONS YBGB outturn to 2024.*HM Treasury's June 2023 forecast changes.*2025-2027.*2\.0% a year after 2027/,
    );
  });

  it('has no value before 1948 or for a year that is not whole', () => {
    expect(gdpDeflator(1947)).toBeNull();
    expect(gdpDeflator(2020.5)).toBeNull();
    expect(priceRatio(1900, 2020)).toBeNull();
  });

  it('converts between price years: D(to) / D(from), and cash to real: D(base) / D(year)', () => {
    expect(priceRatio(2019, 2024)).toBeCloseTo(111.2 / 90.3, 12);
    expect(deflatorFactors(2022, [2023, 2024])).toEqual([100 / 106.9, 100 / 111.2]);
  });

  it("offers HM Treasury's June 2023 calendar series as levels, its forecast changes compounded from 2022", () => {
    const levels = hmtJune2023Levels();
    const at = (year: number) => levels.find((r) => r.year === year)!;
    expect(at(2022)).toEqual({ year: 2022, index: 100, basis: 'outturn' });
    expect(at(2010).index).toBe(76.9534);
    expect(at(2023).index).toBeCloseTo(102.8868, 10);
    expect(at(2027)).toEqual({
      year: 2027,
      index: expect.closeTo(100 * 1.028868 * 1.0191 * 1.010653 * 1.010397 * 1.016096, 10),
      basis: 'forecast',
    });
  });
});
