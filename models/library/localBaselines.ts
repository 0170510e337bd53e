/**
 * Baseline sectors (docs/method.md sections 2 and 14) for a council or a combined authority, from the
 * local part of the library, each with its source. GVA and jobs growth come from one window; the
 * level year is the latest with both. Missing jobs are an error that names the importer.
 */
import { error as err } from '../diagnostics.ts';
import type { Diagnostic, Result, SectorBaseline } from '../types.ts';
import { LOCAL_SECTOR_DEFS, LOCAL_VINTAGE, localRecord, type LocalArea, type LocalRecord } from './local.ts';
import { LOCAL_MANUFACTURING_SUBSECTORS, type LocalSectorId } from './localSectors.ts';

const V = LOCAL_VINTAGE;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const yearIndex = (years: readonly number[], y: number) => years.indexOf(y);

/** The note every local baseline carries about its pandemic-year level (docs/method.md section 14). */
export const LOCAL_DATA_YEAR_NOTE = `${V.dataYear} is the latest year with both council GVA and BRES jobs. It is a pandemic year (furlough kept jobs on payrolls; some industries were still below 2019): the level is used as published, and growth comes from ${V.growthWindow[0]}-${V.growthWindow[1]}, not from ${V.dataYear}.`;

export const LOCAL_DERIVED = { c_other: 'Rest of manufacturing', non_c: 'All industries except manufacturing' };

interface Figures {
  gva: number;
  jobs: number;
  gvaTrend: [number, number];
  jobsTrend: [number, number];
}

function figures(r: LocalRecord): Figures | string {
  const [w0, w1] = V.growthWindow;
  const g = (y: number) => r.gva[yearIndex(V.gvaYears, y)] ?? null;
  const j = (y: number) => r.jobs?.[yearIndex(V.jobsYears, y)] ?? null;
  const cells = {
    gva: g(V.dataYear),
    gvaStart: g(w0),
    gvaEnd: g(w1),
    jobs: j(V.dataYear),
    jobsStart: j(w0),
    jobsEnd: j(w1),
  };
  const missing = Object.entries(cells)
    .filter(([, v]) => v === null)
    .map(([k]) => k);
  if (missing.length > 0) return `missing or suppressed: ${missing.join(', ')}`;
  const n = cells as { [K in keyof typeof cells]: number };
  return { gva: n.gva, jobs: n.jobs, gvaTrend: [n.gvaStart, n.gvaEnd], jobsTrend: [n.jobsStart, n.jobsEnd] };
}

const minus = (a: Figures, parts: Figures[]): Figures => {
  const m = (f: (x: Figures) => number) => f(a) - parts.reduce((s, p) => s + f(p), 0);
  return {
    gva: m((x) => x.gva),
    jobs: m((x) => x.jobs),
    gvaTrend: [m((x) => x.gvaTrend[0]), m((x) => x.gvaTrend[1])],
    jobsTrend: [m((x) => x.jobsTrend[0]), m((x) => x.jobsTrend[1])],
  };
};

function source(area: LocalArea, what: string, gvaCode: string, jobsFrom: LocalRecord['jobsFrom']): string {
  const [w0, w1] = V.growthWindow;
  const where =
    area.level === 'CA'
      ? `${area.name} (${area.code}, combined authority: ${area.councils.map((c) => c.name).join(', ')})`
      : `${area.name} (${area.code}, council)`;
  const jobs =
    jobsFrom === 'itl2'
      ? `${V.itl2EmploymentRelease} (${area.ca?.itl2})`
      : `${V.employmentRelease}${area.councils.length > 1 ? ', councils summed' : ''}`;
  return `${where}. ${what}GVA: ${V.gvaRelease}, ${V.gvaTables.split(';')[0]}, SIC07 ${gvaCode}, data year ${V.dataYear}, £m${area.councils.length > 1 ? ', councils summed' : ''}. Jobs: ${jobs}, data year ${V.dataYear}. Growth of both: compound annual growth ${w0}-${w1} (one window). ${V.licence}.`;
}

function toBaseline(id: string, name: string, sic: string, f: Figures, src: string): SectorBaseline {
  const [w0, w1] = V.growthWindow;
  return {
    id,
    name,
    sic,
    dataYear: V.dataYear,
    gva: f.gva,
    jobs: f.jobs,
    gvaGrowth: round6(Math.pow(f.gvaTrend[1] / f.gvaTrend[0], 1 / (w1 - w0)) - 1),
    jobsGrowth: round6(Math.pow(f.jobsTrend[1] / f.jobsTrend[0], 1 / (w1 - w0)) - 1),
    source: src,
    dataYearNote: LOCAL_DATA_YEAR_NOTE,
  };
}

/** The sentence shown when an area has GVA but no jobs in the library. */
export function jobsMissingMessage(area: LocalArea): string {
  const who =
    area.level === 'CA'
      ? `its ${area.councils.length} councils (${area.councils.map((c) => c.name).join(', ')})`
      : 'the council';
  return `${area.name} has GVA in the library but no jobs: BRES by council is in the library only for West and North Yorkshire. Download BRES employment (Nomis, "Business Register and Employment Survey: open access", Employment, count, ${V.growthWindow[0]}-${V.dataYear} or later) for ${who} and import it (causeway import-baseline FILE DATA, or Import data in the app); the library's GVA is used with it.`;
}

/** Baseline sectors of a council or combined authority; ids are local sector ids or c_other / non_c. */
export function localSectorBaselines(area: LocalArea, ids: readonly string[]): Result<SectorBaseline[]> {
  const diagnostics: Diagnostic[] = [];
  const out: SectorBaseline[] = [];
  const cache = new Map<string, Figures | string>();
  const get = (id: LocalSectorId) => {
    if (!cache.has(id)) cache.set(id, figures(localRecord(area, id)));
    return cache.get(id)!;
  };
  const jobsKnown = localRecord(area, 'total').jobs !== undefined;
  if (!jobsKnown)
    return { ok: false, diagnostics: [err('library.jobs-missing', 'area.code', jobsMissingMessage(area))] };
  ids.forEach((id, i) => {
    const path = `sectorIds[${i}]`;
    const def = LOCAL_SECTOR_DEFS.find((d) => d.id === id);
    if (def) {
      const f = get(def.id);
      if (typeof f === 'string')
        return void diagnostics.push(
          err('library.sector-missing', path, `${id} has no figures for ${area.name} (${f}).`),
        );
      return void out.push(
        toBaseline(def.id, def.name, def.sic, f, source(area, '', def.gvaCode, localRecord(area, def.id).jobsFrom)),
      );
    }
    if (id !== 'c_other' && id !== 'non_c')
      return void diagnostics.push(
        err(
          'library.unknown-sector',
          path,
          `${id} is not a council sector; use one of ${[...LOCAL_SECTOR_DEFS.map((d) => d.id), 'c_other', 'non_c'].join(', ')}.`,
        ),
      );
    const partIds: LocalSectorId[] =
      id === 'non_c' ? ['c'] : LOCAL_MANUFACTURING_SUBSECTORS.filter((s) => ids.includes(s));
    const whole = get(id === 'non_c' ? 'total' : 'c');
    const parts = partIds.map(get);
    const bad = [whole, ...parts].find((p) => typeof p === 'string');
    if (bad !== undefined)
      return void diagnostics.push(
        err('library.sector-missing', path, `${id} cannot be derived for ${area.name} (${bad as string}).`),
      );
    const f = minus(whole as Figures, parts as Figures[]);
    if ([f.gva, f.jobs, ...f.gvaTrend, ...f.jobsTrend].some((x) => x <= 0))
      return void diagnostics.push(
        err(
          'library.residual-non-positive',
          path,
          `${LOCAL_DERIVED[id]} is zero or negative for ${area.name} once the listed sectors are taken out.`,
        ),
      );
    const sic = id === 'non_c' ? '01-09, 35-99' : `10-33 less ${partIds.join(', ')}`;
    const name =
      id === 'c_other' && partIds.length > 0
        ? `${LOCAL_DERIVED[id]} (C less ${partIds.join(', ')})`
        : LOCAL_DERIVED[id];
    const what = `Derived: ${id === 'non_c' ? 'total' : 'c'} less ${partIds.join(', ') || 'nothing'} (levels and window end points subtracted; growth recomputed; chained volumes are not strictly additive, so this is an approximation). `;
    out.push(
      toBaseline(
        id,
        name,
        sic,
        f,
        source(area, what, id === 'non_c' ? 'Total less C (10-33)' : 'C (10-33)', localRecord(area, 'total').jobsFrom),
      ),
    );
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, value: out, diagnostics: [] };
}
