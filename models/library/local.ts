/**
 * Pure accessors over the local part of the library: every council (April 2023 boundaries) and every
 * combined authority (May 2025 membership), with GVA from the ONS local-authority release (chained
 * volume measures in 2022 money) and BRES jobs where the library has them. Where jobs are missing the
 * answer says so and points to the importer; nothing is filled in.
 */
import data from './localLibrary.json' with { type: 'json' };
import { toCouncil2023 } from './councilCodes.ts';
import { CURRENT_PRICE_INDEX, LOCAL_MANUFACTURING_SUBSECTORS, type LocalSectorId } from './localSectors.ts';
import type { Cell, LocalCombinedAuthority, LocalCouncil, LocalLibrary } from './localTypes.ts';

const LOCAL = data as unknown as LocalLibrary;
export const LOCAL_VINTAGE = LOCAL.vintage;
export const LOCAL_SECTOR_DEFS = LOCAL.sectors;

const councilsByCode = new Map(LOCAL.councils.map((c) => [c.code, c]));
const casByCode = new Map(LOCAL.combinedAuthorities.map((c) => [c.code, c]));

export type LocalLevel = 'CA' | 'LAD';

/** A council or a combined authority, with the councils it is made of (one for a council). */
export interface LocalArea {
  code: string;
  name: string;
  level: LocalLevel;
  councils: LocalCouncil[];
  ca?: LocalCombinedAuthority;
}

/** A council (by its April 2023 code, or a May 2025 or 2021 code that maps to one) or a combined authority. */
export function findLocalArea(code: string): LocalArea | undefined {
  const c = code.trim().toUpperCase();
  const ca = casByCode.get(c);
  if (ca)
    return { code: ca.code, name: ca.name, level: 'CA', councils: ca.councils.map((m) => councilsByCode.get(m)!), ca };
  const council = councilsByCode.get(toCouncil2023(c));
  return council && { code: council.code, name: council.name, level: 'LAD', councils: [council] };
}

export function listLocalAreas(): LocalArea[] {
  return [
    ...LOCAL.combinedAuthorities.map((ca) => findLocalArea(ca.code)!),
    ...LOCAL.councils.map((c) => findLocalArea(c.code)!),
  ];
}

/** The combined authority a council is a constituent member of, if any. */
export function combinedAuthorityOf(councilCode: string): LocalCombinedAuthority | undefined {
  const ca = councilsByCode.get(toCouncil2023(councilCode))?.ca;
  return ca === undefined ? undefined : casByCode.get(ca);
}

/** A local sector's figures for an area: CVM by `LOCAL_VINTAGE.gvaYears`, latest current prices, jobs by `jobsYears`. */
export interface LocalRecord {
  id: LocalSectorId;
  gva: Cell[];
  gvaCurrent: Cell;
  /** Undefined when the library has no BRES for the area; cells null where suppressed. */
  jobs?: Cell[];
  /** Where the jobs come from, for the figure's source. */
  jobsFrom?: 'council' | 'itl2';
}

const add = (a: Cell, b: Cell | undefined): Cell => (a === null || b === null || b === undefined ? null : a + b);

/** Figures for one local sector of an area: councils summed cell by cell (a null anywhere stays null). */
export function localRecord(area: LocalArea, id: LocalSectorId): LocalRecord {
  const width = LOCAL.vintage.gvaYears.length;
  const gva = Array.from({ length: width }, (_, k) => area.councils.reduce<Cell>((s, c) => add(s, c.gva[id]?.[k]), 0));
  const gvaCurrent = area.councils.reduce<Cell>((s, c) => add(s, c.gva[id]?.[CURRENT_PRICE_INDEX]), 0);
  if (area.ca?.jobs?.[id]) return { id, gva, gvaCurrent, jobs: area.ca.jobs[id], jobsFrom: 'itl2' };
  if (area.councils.every((c) => c.jobs?.[id])) {
    const jobs = LOCAL.vintage.jobsYears.map((_, k) =>
      area.councils.reduce<Cell>((s, c) => add(s, c.jobs![id]![k]), 0),
    );
    return { id, gva, gvaCurrent, jobs, jobsFrom: 'council' };
  }
  return { id, gva, gvaCurrent };
}

/** Great Britain growth of a local sector over the window (councils' CVM summed; BRES by division summed). */
export function localNationalTrend(id: LocalSectorId) {
  return LOCAL.national.find((n) => n.id === id);
}

/** Each council's share of an area's sector GVA in the latest year (current prices, which add up). */
export function councilGvaShares(
  area: LocalArea,
  id: LocalSectorId | 'non_c' | 'c_other',
  parts: LocalSectorId[] = [],
) {
  const value = (c: LocalCouncil): Cell => {
    const at = (s: LocalSectorId) => c.gva[s]?.[CURRENT_PRICE_INDEX] ?? null;
    if (id === 'non_c') return add(at('total'), at('c') === null ? null : -at('c')!);
    if (id === 'c_other') return parts.reduce<Cell>((s, p) => add(s, at(p) === null ? null : -at(p)!), at('c'));
    return at(id);
  };
  const values = area.councils.map(value);
  if (values.some((v) => v === null || v < 0)) return undefined;
  const total = (values as number[]).reduce((s, v) => s + v, 0);
  if (!(total > 0)) return undefined;
  return area.councils.map((c, i) => ({ code: c.code, name: c.name, share: (values[i] as number) / total }));
}

export { LOCAL_MANUFACTURING_SUBSECTORS };
