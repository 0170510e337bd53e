/**
 * Pure accessors over the embedded baseline library (ONS regional GVA and BRES employment, built by
 * scripts/buildLibrary.ts). Money in £m at the library's price base year (CVM, 2019 prices), jobs as
 * a count of BRES employment, growth as compound annual fractions.
 */
import data from './baselineLibrary.json' with { type: 'json' };
import { MANUFACTURING_SUBSECTORS } from './sectors.ts';
import { sectorSource } from './sources.ts';
import { listLocalAreas, localRecord, LOCAL_SECTOR_DEFS, LOCAL_VINTAGE } from './local.ts';
import type {
  BaselineLibrary,
  IoExtract,
  IoSectorRatio,
  LibraryArea,
  LibrarySectorDef,
  LibrarySectorId,
  LibrarySectorRecord,
  LibraryVintage,
} from './types.ts';
import { error as err, warning as warn } from '../diagnostics.ts';
import type { Diagnostic, Result, SectorBaseline } from '../types.ts';

const LIB = data as unknown as BaselineLibrary;

/** The data vintage of the library: release, data year, price base year, growth windows, notes. */
export const LIBRARY_VINTAGE: LibraryVintage = LIB.vintage;
/** The input-output extract (national Type I multipliers and GVA-to-output ratios, ONS IOT 2023). */
export const IO_TABLES: IoExtract = LIB.io;
/** Sector definitions carried by the library (ids usable as formula strings, e.g. base_gva("ck")). */
export const LIBRARY_SECTOR_DEFS: readonly LibrarySectorDef[] = LIB.sectors;

/** Derived sectors that make a document's sectors add up to the whole economy (no double counting). */
export const DERIVED_SECTORS = {
  c_other: 'Rest of manufacturing',
  non_c: 'All industries except manufacturing',
} as const;
export type DerivedSectorId = keyof typeof DERIVED_SECTORS;

export interface AreaSummary {
  code: string;
  name: string;
  /** ITL1 region, ITL2 sub-region, combined authority (CA) or council (LAD, April 2023 boundaries). */
  level: 'ITL1' | 'ITL2' | 'CA' | 'LAD';
  parent?: string;
  /** Library sector ids with figures for this area. */
  sectors: string[];
  /** Short vintage label, e.g. "ONS regional GVA (balanced) Apr 2023 + BRES 2021; ...". */
  vintage: string;
  dataYear: number;
  priceBaseYear: number;
}

/**
 * Every area in the library: ITL1 regions and ITL2 sub-regions of Great Britain in code order, then
 * combined authorities and councils (their sectors are listed only where the library has jobs too).
 */
export function listAreas(): AreaSummary[] {
  const local = listLocalAreas().map((a) => ({
    code: a.code,
    name: a.name,
    level: a.level,
    ...(a.level === 'LAD' && a.councils[0]?.ca ? { parent: a.councils[0].ca } : {}),
    sectors: localRecord(a, 'total').jobs ? LOCAL_SECTOR_DEFS.map((d) => d.id) : [],
    vintage: LOCAL_VINTAGE.label,
    dataYear: LOCAL_VINTAGE.dataYear,
    priceBaseYear: LOCAL_VINTAGE.priceBaseYear,
  }));
  return [...itlAreas(), ...local];
}

/** True for an ITL1 or ITL2 code of the library (councils and combined authorities are not). */
export function isItlArea(code: string): boolean {
  return findArea(code) !== undefined;
}

function itlAreas(): AreaSummary[] {
  return LIB.areas.map((a) => ({
    code: a.code,
    name: a.name,
    level: a.level,
    ...(a.parent ? { parent: a.parent } : {}),
    sectors: a.sectors.map((s) => s.id),
    vintage: LIB.vintage.label,
    dataYear: LIB.vintage.dataYear,
    priceBaseYear: LIB.vintage.priceBaseYear,
  }));
}

/** An area by ITL code (case-insensitive), or undefined. */
export function findArea(code: string): LibraryArea | undefined {
  const c = code.trim().toUpperCase();
  return LIB.areas.find((a) => a.code === c);
}

/** Why an area is not in the library (e.g. Northern Ireland: no BRES), or undefined. */
export function excludedAreaReason(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  return LIB.excludedAreas.find((a) => a.code === c)?.reason;
}

/** GVA-to-output ratio of a library sector from the national IO tables, or undefined (e.g. total). */
export function ioSectorRatio(sectorId: string): IoSectorRatio | undefined {
  return LIB.io.sectorRatios.find((r) => r.sector === sectorId);
}

/** UK GVA of a library sector, £m current prices in the data year (a national comparator only). */
export function nationalGvaCurrent(sectorId: string): number | undefined {
  return LIB.national.sectors.find((s) => s.id === sectorId)?.gvaCurrent;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const cagr = ([a, b]: [number, number], years: number): number => round6(Math.pow(b / a, 1 / years) - 1);

function toBaseline(area: LibraryArea, rec: LibrarySectorRecord): SectorBaseline {
  const def = LIB.sectors.find((d) => d.id === rec.id) as LibrarySectorDef;
  return {
    id: rec.id,
    name: def.name,
    sic: def.sic,
    dataYear: LIB.vintage.dataYear,
    gva: rec.gva,
    jobs: rec.jobs,
    gvaGrowth: rec.gvaGrowth,
    jobsGrowth: rec.jobsGrowth,
    source: sectorSource(LIB.vintage, area, def, rec),
    dataYearNote: DATA_YEAR_NOTE,
  };
}

/** The note every ITL baseline carries about its pandemic-year level (docs/method.md section 14). */
export const DATA_YEAR_NOTE = `${LIB.vintage.dataYear} is the latest year of the April 2023 regional GVA release. It is a pandemic year (furlough kept jobs on payrolls; some industries were still below 2019): the level is used as published, and growth comes from ${LIB.vintage.gvaGrowthWindow[0]}-${LIB.vintage.gvaGrowthWindow[1]}, not from ${LIB.vintage.dataYear}.`;

/** A residual sector: `whole` less `parts`, levels and trend end points alike, growth recomputed. */
function residual(
  area: LibraryArea,
  id: DerivedSectorId,
  whole: LibrarySectorRecord,
  parts: LibrarySectorRecord[],
): SectorBaseline | string {
  const minus = (f: (r: LibrarySectorRecord) => number) => f(whole) - parts.reduce((s, p) => s + f(p), 0);
  const gva = minus((r) => r.gva);
  const jobs = minus((r) => r.jobs);
  const gt: [number, number] = [minus((r) => r.gvaTrend[0]), minus((r) => r.gvaTrend[1])];
  const jt: [number, number] = [minus((r) => r.jobsTrend[0]), minus((r) => r.jobsTrend[1])];
  if ([gva, jobs, ...gt, ...jt].some((x) => x <= 0))
    return `${DERIVED_SECTORS[id]} is zero or negative for ${area.name} once the listed sectors are taken out.`;
  const [g0, g1] = LIB.vintage.gvaGrowthWindow;
  const [j0, j1] = LIB.vintage.jobsGrowthWindow;
  const partNames = parts.map((p) => p.id).join(', ');
  return {
    id,
    name: parts.length > 0 && id === 'c_other' ? `${DERIVED_SECTORS[id]} (C less ${partNames})` : DERIVED_SECTORS[id],
    sic: id === 'non_c' ? '01-09, 35-99' : `10-33 less ${partNames}`,
    dataYear: LIB.vintage.dataYear,
    gva,
    jobs,
    gvaGrowth: cagr(gt, g1 - g0),
    jobsGrowth: cagr(jt, j1 - j0),
    dataYearNote: DATA_YEAR_NOTE,
    source: `Derived: ${whole.id} less ${partNames || 'nothing'} (GVA, jobs and the growth-window end points subtracted; growth recomputed). Chained volumes are not strictly additive across industries outside ${LIB.vintage.priceBaseYear}, so this residual is an approximation. ${toBaseline(area, whole).source}`,
  };
}

/**
 * The baseline sectors of an area as domain `SectorBaseline`s (docs/method.md section 2), each with its
 * source. `sectorIds` defaults to every library sector the area has. Besides the library ids (total,
 * c, cd_cf, ci, cj, ck, cl, s33) two derived ids are accepted: `non_c` (total less manufacturing) and
 * `c_other` (manufacturing less the manufacturing sub-sectors requested alongside it). Flagged
 * (volatile or small) figures come back with warnings; unknown areas or sectors are errors.
 */
export function sectorBaselines(
  code: string,
  sectorIds?: readonly string[],
  options: BaselineOptions = {},
): Result<SectorBaseline[]> {
  const area = findArea(code);
  if (!area) {
    const why = excludedAreaReason(code);
    return {
      ok: false,
      diagnostics: [
        err(
          'library.unknown-area',
          'area.code',
          why
            ? `${code} is not in the baseline library. ${why}`
            : `${code} is not an area in the baseline library; run \`causeway areas\` to list the ITL1 and ITL2 codes.`,
        ),
      ],
    };
  }
  const ids = sectorIds ?? area.sectors.map((s) => s.id);
  const byId = new Map(area.sectors.map((s) => [s.id as string, s]));
  const diagnostics: Diagnostic[] = [];
  const out: SectorBaseline[] = [];
  ids.forEach((id, i) => {
    const path = `sectorIds[${i}]`;
    if (id === 'c_other' || id === 'non_c') {
      const whole = byId.get(id === 'non_c' ? 'total' : 'c');
      const parts =
        id === 'non_c'
          ? [byId.get('c')]
          : ids.filter((x) => (MANUFACTURING_SUBSECTORS as readonly string[]).includes(x)).map((x) => byId.get(x));
      if (!whole || parts.some((p) => !p))
        return void diagnostics.push(
          err(
            'library.sector-missing',
            path,
            `${id} cannot be derived for ${area.name}: a sector it needs has no figures there.`,
          ),
        );
      const r = residual(area, id, whole, parts as LibrarySectorRecord[]);
      if (typeof r === 'string') return void diagnostics.push(err('library.residual-non-positive', path, r));
      return void out.push(r);
    }
    const rec = byId.get(id);
    if (!rec) {
      const omitted = area.omitted.find((o) => o.id === id);
      const known = LIB.sectors.some((d) => d.id === id);
      return void diagnostics.push(
        err(
          known ? 'library.sector-missing' : 'library.unknown-sector',
          path,
          omitted
            ? `${id} has no figures for ${area.name}: ${omitted.reason}`
            : known
              ? `${id} has no figures for ${area.name}.`
              : `${id} is not a library sector; use one of ${[...LIB.sectors.map((d) => d.id), 'c_other', 'non_c'].join(', ')}.`,
        ),
      );
    }
    const baseline = toBaseline(area, rec);
    const replaced = options.steadyVolatileGrowth ? steadyGrowth(baseline, rec) : [];
    if (rec.flags) {
      const what =
        replaced.length > 0
          ? `${replaced.join(' and ')} replaced by the Great Britain trend for the sector (see its source)`
          : 'the figures are as published; check the growth rates before relying on them';
      diagnostics.push(
        warn(
          'library.flagged-figure',
          path,
          `${area.name}, ${id}: ${rec.flags.join(', ')} (gvaGrowth ${rec.gvaGrowth}, jobsGrowth ${rec.jobsGrowth}); ${what}.`,
        ),
      );
    }
    out.push(baseline);
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, value: out, diagnostics };
}

export interface BaselineOptions {
  /**
   * Replace a growth rate flagged as volatile (beyond +/-5% a year, usually rounding in small
   * open-access BRES counts) with the Great Britain rate for the same sector, and say so in the
   * figure's source. Off by default: the library returns figures as published.
   */
  steadyVolatileGrowth?: boolean;
}

/** Great Britain compound growth of a library sector over the library's windows: ITL1 regions summed. */
export function greatBritainGrowth(id: LibrarySectorId): {
  gva: number;
  jobs: number;
  gvaTrend: [number, number];
  jobsTrend: [number, number];
} {
  const gvaTrend: [number, number] = [0, 0];
  const jobsTrend: [number, number] = [0, 0];
  for (const area of LIB.areas) {
    if (area.level !== 'ITL1') continue;
    const rec = area.sectors.find((s) => s.id === id);
    if (!rec) continue;
    gvaTrend[0] += rec.gvaTrend[0];
    gvaTrend[1] += rec.gvaTrend[1];
    jobsTrend[0] += rec.jobsTrend[0];
    jobsTrend[1] += rec.jobsTrend[1];
  }
  const [g0, g1] = LIB.vintage.gvaGrowthWindow;
  const [j0, j1] = LIB.vintage.jobsGrowthWindow;
  return { gva: cagr(gvaTrend, g1 - g0), jobs: cagr(jobsTrend, j1 - j0), gvaTrend, jobsTrend };
}

/** Swap volatile growth rates of `baseline` for the Great Britain ones; returns what was replaced. */
function steadyGrowth(baseline: SectorBaseline, rec: LibrarySectorRecord): string[] {
  const gb = greatBritainGrowth(rec.id);
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  const replaced: string[] = [];
  const [g0, g1] = LIB.vintage.gvaGrowthWindow;
  const [j0, j1] = LIB.vintage.jobsGrowthWindow;
  if (rec.flags?.includes('volatile-gva-growth')) {
    baseline.gvaGrowth = gb.gva;
    baseline.source += ` GVA growth: this area's own ${g0}-${g1} trend (${pct(rec.gvaGrowth)} a year) is flagged as volatile, so the Great Britain trend for the sector is used instead: ${pct(gb.gva)} a year, compound growth of the ITL1 regions' CVM summed (£${Math.round(gb.gvaTrend[0])}m in ${g0} to £${Math.round(gb.gvaTrend[1])}m in ${g1}).`;
    replaced.push('GVA growth');
  }
  if (rec.flags?.includes('volatile-jobs-growth')) {
    baseline.jobsGrowth = gb.jobs;
    baseline.source += ` Jobs growth: this area's own ${j0}-${j1} trend (${pct(rec.jobsGrowth)} a year) is flagged as volatile (rounded open-access BRES counts), so the Great Britain trend for the sector is used instead: ${pct(gb.jobs)} a year, compound growth of BRES employment summed over the ITL1 regions (${Math.round(gb.jobsTrend[0])} in ${j0} to ${Math.round(gb.jobsTrend[1])} in ${j1}).`;
    replaced.push('jobs growth');
  }
  return replaced;
}

/** True for ids that are library or derived sectors (the templates use this to validate options). */
export function isLibrarySectorId(id: string): id is LibrarySectorId | DerivedSectorId {
  return LIB.sectors.some((d) => d.id === id) || id in DERIVED_SECTORS;
}
