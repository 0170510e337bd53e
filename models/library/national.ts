/**
 * The Great Britain trend of an industry over the library's growth window (docs/method.md section 14):
 * what the "national" projection method applies to an area's level, and what the plausibility check
 * compares an area's implied productivity growth with. One window for GVA and jobs.
 */
import { greatBritainGrowth, isItlArea, LIBRARY_SECTOR_DEFS, LIBRARY_VINTAGE } from './library.ts';
import { findLocalArea, LOCAL_SECTOR_DEFS, LOCAL_VINTAGE, localNationalTrend } from './local.ts';
import type { LocalSectorId } from './localSectors.ts';
import type { LibrarySectorId } from './types.ts';

export interface NationalTrend {
  gvaGrowth: number;
  jobsGrowth: number;
  /** GB chained volume GVA (£m) at the window's ends. */
  gvaTrend: [number, number];
  /** GB BRES employment at the window's ends. */
  jobsTrend: [number, number];
  window: [number, number];
  /** Where the rates come from, for the figure's source. */
  source: string;
}

type Trend = { gvaTrend: [number, number]; jobsTrend: [number, number] };
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
/** Whole number with thousands separators, independent of the runtime's locale data. */
const whole = (x: number): string => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Which library the area's figures come from: councils and combined authorities use the local one. */
export function usesLocalLibrary(areaCode: string): boolean {
  return !isItlArea(areaCode) && findLocalArea(areaCode) !== undefined;
}

/** "10-33 less ck, cl" -> ["ck", "cl"] (the parts a derived c_other sector leaves out). */
function partsOf(sic: string | undefined): string[] {
  const m = /less (.+)$/.exec(sic ?? '');
  return m
    ? m[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== 'nothing')
    : [];
}

/**
 * The GB trend of a sector as the area's library defines it, or undefined when the sector is not a
 * library sector (or its SIC has been changed from the library's, so the comparison would be wrong).
 */
export function nationalTrend(areaCode: string, sectorId: string, sic?: string): NationalTrend | undefined {
  const local = usesLocalLibrary(areaCode);
  const defs: readonly { id: string; sic: string; gvaCode: string }[] = local ? LOCAL_SECTOR_DEFS : LIBRARY_SECTOR_DEFS;
  const window: [number, number] = local ? [...LOCAL_VINTAGE.growthWindow] : [...LIBRARY_VINTAGE.gvaGrowthWindow];
  const trendOf = (id: string): Trend | undefined => {
    if (!defs.some((d) => d.id === id)) return undefined;
    if (!local) return greatBritainGrowth(id as LibrarySectorId);
    const n = localNationalTrend(id as LocalSectorId);
    return n && { gvaTrend: [...n.gva], jobsTrend: [...n.jobs] };
  };
  let trend: Trend | undefined;
  let label: string;
  if (sectorId === 'non_c' || sectorId === 'c_other') {
    const wholeTrend = trendOf(sectorId === 'non_c' ? 'total' : 'c');
    const parts = (sectorId === 'non_c' ? ['c'] : partsOf(sic)).map(trendOf);
    if (!wholeTrend || parts.some((p) => !p)) return undefined;
    const m = (f: (t: Trend) => number) => f(wholeTrend) - parts.reduce((s, p) => s + f(p!), 0);
    trend = {
      gvaTrend: [m((t) => t.gvaTrend[0]), m((t) => t.gvaTrend[1])],
      jobsTrend: [m((t) => t.jobsTrend[0]), m((t) => t.jobsTrend[1])],
    };
    label =
      sectorId === 'non_c'
        ? 'all industries less manufacturing'
        : `manufacturing less ${partsOf(sic).join(', ') || 'nothing'}`;
  } else {
    const def = defs.find((d) => d.id === sectorId);
    if (!def || (sic !== undefined && sic !== def.sic)) return undefined;
    trend = trendOf(sectorId);
    label = `SIC07 ${def.gvaCode}`;
  }
  if (!trend) return undefined;
  const years = window[1] - window[0];
  const gvaGrowth = round6(Math.pow(trend.gvaTrend[1] / trend.gvaTrend[0], 1 / years) - 1);
  const jobsGrowth = round6(Math.pow(trend.jobsTrend[1] / trend.jobsTrend[0], 1 / years) - 1);
  const basis = local
    ? `the councils' chained volume GVA summed (${LOCAL_VINTAGE.priceBaseYear} money, ONS local-authority release of April 2025)`
    : `the ITL1 regions' chained volume GVA summed (${LIBRARY_VINTAGE.priceBaseYear} money, ONS regional GVA release of April 2023)`;
  return {
    gvaGrowth,
    jobsGrowth,
    gvaTrend: trend.gvaTrend,
    jobsTrend: trend.jobsTrend,
    window,
    source: `Great Britain trend of ${label}, ${window[0]}-${window[1]} for both GVA and jobs: GVA ${pct(gvaGrowth)} a year (${basis}: £${whole(trend.gvaTrend[0])}m to £${whole(trend.gvaTrend[1])}m), jobs ${pct(jobsGrowth)} a year (BRES employment, Great Britain: ${whole(trend.jobsTrend[0])} to ${whole(trend.jobsTrend[1])}); applied to this area's level.`,
  };
}
