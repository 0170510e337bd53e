/**
 * Plausibility of each sector's baseline (docs/method.md section 14), as warnings with the numbers:
 * - implied productivity growth (GVA growth over jobs growth) differing from the Great Britain
 *   industry's, over the library's window, by more than 1.5 percentage points a year;
 * - a known outlier year (2020, 2021) used as the level without a note saying why.
 * Series projections are checked for the years the horizon needs (an error, as the engine refuses
 * them too), and a council allocation for shares that do not add up.
 */
import { warning } from '../diagnostics.ts';
import { nationalTrend, type NationalTrend } from '../library/index.ts';
import type { Diagnostic, ScenarioDocument, SectorBaseline } from '../types.ts';
import { checkSeries, projectionRates, seriesPoints } from './project.ts';

/** Largest gap, a fraction a year, between a baseline's productivity growth and the industry's in GB. */
export const PRODUCTIVITY_GAP_LIMIT = 0.015;
/** Data years that are known outliers as a level (the pandemic). */
export const OUTLIER_YEARS: readonly number[] = [2020, 2021];

export interface SectorPlausibility {
  method: 'trend' | 'national' | 'series';
  /** The baseline's implied productivity growth a year (a fraction), where it can be worked out. */
  productivityGrowth?: number;
  /** The GB industry's, over the library's window. */
  national?: NationalTrend & { productivityGrowth: number };
  /** productivityGrowth - national productivity growth, a fraction a year. */
  gap?: number;
  implausible: boolean;
  /** The data year is 2020 or 2021 and the sector has no dataYearNote (the series method uses no level). */
  outlierYear: boolean;
}

const productivity = (g: number, j: number): number => (1 + g) / (1 + j) - 1;
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const points = (x: number): string => (x * 100).toFixed(2);

/** The series' implied productivity growth between the first and last years given for both measures. */
function seriesProductivity(sector: SectorBaseline): number | undefined {
  const p = sector.projection;
  if (p?.method !== 'series') return undefined;
  const jobs = new Map(seriesPoints(p.jobs ?? {}));
  const common = seriesPoints(p.gva ?? {}).filter(([y]) => jobs.has(y));
  if (common.length < 2) return undefined;
  const [y0, g0] = common[0]!;
  const [y1, g1] = common[common.length - 1]!;
  const ratio = g1 / jobs.get(y1)! / (g0 / jobs.get(y0)!);
  return ratio > 0 ? Math.pow(ratio, 1 / (y1 - y0)) - 1 : undefined;
}

/** The plausibility numbers of one sector of a file whose area is `areaCode`. */
export function sectorPlausibility(areaCode: string, sector: SectorBaseline): SectorPlausibility {
  const method = sector.projection?.method ?? 'trend';
  const rates = projectionRates(sector);
  const productivityGrowth = rates ? productivity(rates.gvaGrowth, rates.jobsGrowth) : seriesProductivity(sector);
  const trend = nationalTrend(areaCode, sector.id, sector.sic);
  const national = trend && { ...trend, productivityGrowth: productivity(trend.gvaGrowth, trend.jobsGrowth) };
  const gap =
    productivityGrowth !== undefined && national ? productivityGrowth - national.productivityGrowth : undefined;
  return {
    method,
    ...(productivityGrowth !== undefined ? { productivityGrowth } : {}),
    ...(national ? { national } : {}),
    ...(gap !== undefined ? { gap } : {}),
    implausible: gap !== undefined && Math.abs(gap) > PRODUCTIVITY_GAP_LIMIT + 1e-12,
    outlierYear: method !== 'series' && OUTLIER_YEARS.includes(sector.dataYear) && !sector.dataYearNote?.trim(),
  };
}

const METHOD_WORDS = {
  trend: 'its own trend',
  national: 'the national trend stored in the file',
  series: 'its series',
};

/** Warnings (and series errors) for every sector of the baseline, and for the council allocation. */
export function checkBaselines(doc: ScenarioDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { startYear, endYear } = doc.horizon;
  const years = Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, k) => startYear + k);
  doc.baseline.sectors.forEach((s, i) => {
    const path = `baseline.sectors[${i}]`;
    if (s.projection?.method === 'series') out.push(...checkSeries(s, s.projection, years, `${path}.projection`));
    const p = sectorPlausibility(doc.area.code, s);
    if (p.implausible && p.national && p.productivityGrowth !== undefined) {
      const n = p.national;
      const rates = projectionRates(s);
      const parts = rates ? ` (GVA ${pct(rates.gvaGrowth)}, jobs ${pct(rates.jobsGrowth)} a year)` : '';
      const span = endYear - s.dataYear;
      const factor = Math.pow(1 + p.productivityGrowth, span);
      out.push(
        warning(
          'baseline.implausible-productivity',
          `${path}.projection`,
          `Sector "${s.id}" (${s.name}): ${METHOD_WORDS[p.method]} implies productivity growth of ${pct(p.productivityGrowth)} a year${parts}, against ${pct(n.productivityGrowth)} for the industry in Great Britain ${n.window[0]}-${n.window[1]} (GVA ${pct(n.gvaGrowth)}, jobs ${pct(n.jobsGrowth)}): a gap of ${points(Math.abs(p.gap!))} points a year, more than ${points(PRODUCTIVITY_GAP_LIMIT)}. GVA per job would be ${factor.toFixed(2)} times its ${s.dataYear} level by ${endYear}. Use the national trend for this sector, or check the figures and say why in its source.`,
        ),
      );
    }
    if (p.outlierYear)
      out.push(
        warning(
          'baseline.outlier-data-year',
          `${path}.dataYear`,
          `Sector "${s.id}" (${s.name}) takes its level from ${s.dataYear}, a pandemic year (furlough, lockdowns): say why that level is fair in its data-year note, or use figures for another year.`,
        ),
      );
  });
  const allocation = doc.baseline.councils;
  if (allocation) {
    for (const s of doc.baseline.sectors) {
      const shares = allocation.councils.map((c) => c.shares[s.id]);
      if (shares.every((x) => x === undefined)) continue;
      const sum = shares.reduce<number>((t, x) => t + (x ?? 0), 0);
      if (Math.abs(sum - 1) > 0.001)
        out.push(
          warning(
            'baseline.council-shares',
            'baseline.councils',
            `The councils' shares of sector "${s.id}" add up to ${sum.toFixed(4)}, not 1, so results by council would not add up to the area's; correct the shares.`,
          ),
        );
    }
  }
  return out;
}
