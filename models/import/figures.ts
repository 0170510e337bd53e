/**
 * A sector's baseline figures from its series: the level year (the latest with both GVA and jobs),
 * GVA and jobs there, growth over one window both measures have, and the source text naming the
 * release, table and file of each figure. Refusals are sentences.
 */
import type { Measure } from './types.ts';
import type { Series } from './series.ts';

export interface Figures {
  dataYear: number;
  gva: number;
  jobs: number;
  /** Undefined when the data give no window (one year only). */
  gvaGrowth?: number;
  jobsGrowth?: number;
  window?: [number, number];
  source: string;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
/** The last pre-pandemic year: a window ends there when the data reach it. */
const LAST_CALM_YEAR = 2019;

const known = (s: Series | undefined) =>
  new Set([...(s?.values ?? new Map<number, number | null>())].filter(([, v]) => v !== null && v > 0).map(([y]) => y));

function describe(s: Series, what: string, dataYear: number): string {
  const o = s.origin;
  if (o.library) return `${what}: the Causeway library (${o.library}), ${o.label}, data year ${dataYear}.`;
  const t = o.table!;
  return `${what}: ${t.publisher}, ${t.release}, ${t.table}, ${o.label}, data year ${dataYear}${o.summed ? `, the ${o.summed} councils summed` : ''}${o.districts ? `, the ${o.districts} 2021 districts summed` : ''} (imported from ${t.name}).`;
}

export function sectorFigures(series: Partial<Record<Measure, Series>>, priceBaseYear: number): Figures | string {
  const jobs = series.jobs;
  const cvm = series['gva-cvm'];
  const current = series['gva-current'];
  if (!jobs) return 'no jobs in the data or the library (import a Nomis BRES download)';
  if (!cvm && !current) return 'no GVA in the data or the library (import an ONS regional GVA table)';
  const jobYears = known(jobs);
  // GVA levels must be in the file's prices: chained volumes in that year's money, or current prices of that year.
  const levelSeries = cvm && cvm.priceYear === priceBaseYear ? cvm : undefined;
  const levelYears = levelSeries
    ? known(levelSeries)
    : current
      ? new Set([...known(current)].filter((y) => y === priceBaseYear))
      : new Set<number>();
  const both = [...levelYears].filter((y) => jobYears.has(y)).sort((a, b) => a - b);
  if (both.length === 0) {
    if (cvm && cvm.priceYear !== undefined && cvm.priceYear !== priceBaseYear && !current)
      return `the GVA is in ${cvm.priceYear} money but the file is in ${priceBaseYear} prices; rebase the file to ${cvm.priceYear} first (causeway rebase) or import a table in ${priceBaseYear} money`;
    return `no year has both GVA${levelSeries || current ? '' : ` in ${priceBaseYear} prices`} and jobs (GVA: ${[...(levelSeries ? known(levelSeries) : known(current))].sort().join(', ') || 'none'}; jobs: ${[...jobYears].sort().join(', ') || 'none'})`;
  }
  const dataYear = both[both.length - 1]!;
  const gvaSeries = levelSeries ?? current!;
  const gva = gvaSeries.values.get(dataYear)!;
  const jobsLevel = jobs.values.get(dataYear)!;
  // One window for both measures, from CVM (real growth); ending in 2019 where the data reach it.
  const growthYears = cvm ? [...known(cvm)].filter((y) => jobYears.has(y)).sort((a, b) => a - b) : [];
  const calm = growthYears.filter((y) => y <= LAST_CALM_YEAR);
  const span = calm.length >= 2 ? calm : growthYears;
  const window: [number, number] | undefined = span.length >= 2 ? [span[0]!, span[span.length - 1]!] : undefined;
  const cagr = (s: Series, [a, b]: [number, number]) =>
    round6(Math.pow(s.values.get(b)! / s.values.get(a)!, 1 / (b - a)) - 1);
  const growth = window
    ? `Growth of both: compound annual growth ${window[0]}-${window[1]} (one window${window[1] > LAST_CALM_YEAR ? ', which includes pandemic years: the data reach no earlier pair' : ''}).`
    : 'The data give no window of years for growth: the growth rates are unchanged (or, for a new sector, the Great Britain trend).';
  return {
    dataYear,
    gva,
    jobs: jobsLevel,
    ...(window ? { gvaGrowth: cagr(cvm!, window), jobsGrowth: cagr(jobs, window), window } : {}),
    source: `${describe(gvaSeries, 'GVA', dataYear)} ${describe(jobs, 'Jobs', dataYear)} ${growth} Contains public sector information licensed under the Open Government Licence v3.0.`,
  };
}
