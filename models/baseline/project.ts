/**
 * The baseline projection of docs/method.md sections 2 and 14: each sector's GVA and jobs in every
 * year, carried forward from its data year by its own trend, by the Great Britain trend of its
 * industry, or given by the user as a series. The engine calls this once per compile; nothing else
 * computes a baseline, so every view and every export shows the same numbers.
 */
import { error } from '../diagnostics.ts';
import type { BaselineProjection, Diagnostic, Result, SectorBaseline } from '../types.ts';

export interface SectorPath {
  /** £m by year, in the order of the years asked for. */
  gva: number[];
  /** Jobs by year. */
  jobs: number[];
}

/** A series' values by year, sorted, as numbers. */
export function seriesPoints(values: Record<string, number>): [number, number][] {
  return Object.entries(values)
    .map(([y, v]): [number, number] => [Number(y), v])
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The value of a user series in `year`: a given year's value, or geometric interpolation between the
 * given years either side (constant growth between them). Undefined outside the given years.
 */
export function interpolateSeries(points: readonly [number, number][], year: number): number | undefined {
  for (let k = 0; k < points.length; k++) {
    const [y1, v1] = points[k]!;
    if (y1 === year) return v1;
    if (y1 > year) {
      if (k === 0) return undefined;
      const [y0, v0] = points[k - 1]!;
      return v0 * Math.pow(v1 / v0, (year - y0) / (y1 - y0));
    }
  }
  return undefined;
}

/** Problems with a series projection for these years (empty when it can be used). */
export function checkSeries(
  sector: SectorBaseline,
  projection: Extract<BaselineProjection, { method: 'series' }>,
  years: readonly number[],
  path: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const measure of ['gva', 'jobs'] as const) {
    const points = seriesPoints(projection[measure] ?? {});
    const what = measure === 'gva' ? 'GVA' : 'jobs';
    const bad = points.find(([, v]) => !(Number.isFinite(v) && v > 0));
    if (bad) {
      out.push(
        error(
          'baseline.series-value',
          `${path}.${measure}.${bad[0]}`,
          `Sector "${sector.id}" has a ${what} series value of ${bad[1]} in ${bad[0]}; series values must be above 0, because years between them are interpolated geometrically.`,
        ),
      );
      continue;
    }
    const first = points[0]?.[0];
    const last = points[points.length - 1]?.[0];
    const outside = years.filter((y) => first === undefined || last === undefined || y < first || y > last);
    if (outside.length > 0) {
      const span = first === undefined ? 'no years' : `${first} to ${last}`;
      out.push(
        error(
          'baseline.series-years',
          `${path}.${measure}`,
          `Sector "${sector.id}" takes its ${what} baseline from a series covering ${span}, but the horizon also needs ${describeYears(outside)}; add values for those years (years between given values are interpolated, years outside them are not guessed).`,
        ),
      );
    }
  }
  return out;
}

function describeYears(years: number[]): string {
  return years.length === 1 ? String(years[0]) : `${years[0]} to ${years[years.length - 1]}`;
}

/** The growth rates a trend-style projection uses: the sector's own, or the national ones it stores. */
export function projectionRates(sector: SectorBaseline): { gvaGrowth: number; jobsGrowth: number } | undefined {
  const p = sector.projection;
  if (!p || p.method === 'trend') return { gvaGrowth: sector.gvaGrowth, jobsGrowth: sector.jobsGrowth };
  if (p.method === 'national') return { gvaGrowth: p.gvaGrowth, jobsGrowth: p.jobsGrowth };
  return undefined;
}

/** One sector's baseline in each of `years`, or the reasons it cannot be projected. */
export function projectSector(sector: SectorBaseline, years: readonly number[], path: string): Result<SectorPath> {
  const p = sector.projection;
  if (p?.method === 'series') {
    const problems = checkSeries(sector, p, years, `${path}.projection`);
    if (problems.length > 0) return { ok: false, diagnostics: problems };
    const gva = seriesPoints(p.gva);
    const jobs = seriesPoints(p.jobs);
    return {
      ok: true,
      value: {
        gva: years.map((y) => interpolateSeries(gva, y)!),
        jobs: years.map((y) => interpolateSeries(jobs, y)!),
      },
      diagnostics: [],
    };
  }
  const { gvaGrowth, jobsGrowth } = projectionRates(sector)!;
  return {
    ok: true,
    value: {
      gva: years.map((y) => sector.gva * Math.pow(1 + gvaGrowth, y - sector.dataYear)),
      jobs: years.map((y) => sector.jobs * Math.pow(1 + jobsGrowth, y - sector.dataYear)),
    },
    diagnostics: [],
  };
}

/** Every sector's baseline: `gva[sector][year]` in £m and `jobs[sector][year]`, as the engine reads them. */
export function projectBaselines(
  sectors: readonly SectorBaseline[],
  years: readonly number[],
): Result<{ gva: number[][]; jobs: number[][] }> {
  const gva: number[][] = [];
  const jobs: number[][] = [];
  const diagnostics: Diagnostic[] = [];
  sectors.forEach((s, i) => {
    const r = projectSector(s, years, `baseline.sectors[${i}]`);
    if (!r.ok) return void diagnostics.push(...r.diagnostics);
    gva.push(r.value.gva);
    jobs.push(r.value.jobs);
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, value: { gva, jobs }, diagnostics: [] };
}
