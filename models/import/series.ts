/**
 * The figures of one area gathered from imported tables (and, for a measure the imports do not
 * cover, from the library), as series by industry, measure and year, each figure with its origin.
 * A combined authority's figures are its councils' sums, and a 2023 unitary council's (e.g. North
 * Yorkshire) the sums of the 2021 districts it was made of when a download (BRES) gives those; a sum
 * is made only when every part has the cell, so a missing or suppressed part makes the year missing
 * (never zero, never a partial sum). The same area and year given twice in one table is refused.
 */
import {
  findArea,
  findLocalArea,
  isMergedDistrict,
  LIBRARY_SECTOR_DEFS,
  LIBRARY_VINTAGE,
  LOCAL_SECTOR_DEFS,
  LOCAL_VINTAGE,
  localRecord,
  MERGED_DISTRICTS,
  toCouncil2023,
} from '../library/index.ts';
import { canonical, divisionsOfSic } from './industries.ts';
import type { ImportedTable, Measure, Observation } from './types.ts';

/** Where a series came from: a table (with the label it used) or the library. */
export interface Origin {
  table?: ImportedTable;
  label: string;
  library?: string;
  /** Set when a combined authority's figure is its councils' sum. */
  summed?: number;
  /** Set when a council's figure is the sum of the 2021 districts it was made of. */
  districts?: number;
}

export interface Series {
  values: Map<number, number | null>;
  origin: Origin;
  priceYear?: number;
}

/** industry key -> measure -> series */
export type AreaSeries = Map<string, Partial<Record<Measure, Series>>>;

export interface Target {
  code: string;
  name: string;
  /** Codes whose figures add up to the area (the councils of a combined authority), besides its own code. */
  members: { code: string; name: string }[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/, city of$/, '')
    .replace(/^city of /, '')
    .replace(/[^a-z0-9]/g, '');

export function targetFor(code: string): Target {
  const c = code.trim().toUpperCase();
  const itl = findArea(c);
  if (itl) return { code: itl.code, name: itl.name, members: [] };
  const local = findLocalArea(c);
  if (local?.level === 'CA')
    return { code: local.code, name: local.name, members: local.councils.map((m) => ({ code: m.code, name: m.name })) };
  if (local) return { code: local.code, name: local.name, members: [] };
  return { code: c, name: c, members: [] };
}

interface Place {
  code: string;
  name: string;
}

/** Two codes for the same place: equal, or one renamed to the other (never a district and its council). */
const sameCode = (a: string, b: string) => {
  const [x, y] = [a.trim().toUpperCase(), b.trim().toUpperCase()];
  return x === y || (!isMergedDistrict(x) && !isMergedDistrict(y) && toCouncil2023(x) === toCouncil2023(y));
};
/** A row for exactly this place (by code, or by name when the file gives names only). */
const isExactly = (o: Observation, p: Place) =>
  o.areaCode ? sameCode(o.areaCode, p.code) : norm(o.areaName) === norm(p.name);

/** The 2021 districts an April 2023 council was made of (none for any other place). */
function districtsOf(p: Place): Place[] {
  const merged = MERGED_DISTRICTS.find((m) => m.code2023 === toCouncil2023(p.code) && !isMergedDistrict(p.code));
  return merged ? Object.entries(merged.districts2021).map(([code, name]) => ({ code, name })) : [];
}

/** A row for this place or for one of the districts it was made of. */
const isOf = (o: Observation, p: Place) => isExactly(o, p) || districtsOf(p).some((d) => isExactly(o, d));

const figure = (v: number) => v.toLocaleString('en-GB');

/**
 * One year's figure for a place from that year's rows: its own row, else the sum of its districts'
 * (null when any district is missing or suppressed); undefined when the rows say nothing about it.
 * A place given twice is reported in `duplicates` (a sentence).
 */
function valueFor(cells: Observation[], p: Place, t: ImportedTable, duplicates: string[]): number | null | undefined {
  const single = (place: Place): number | null | undefined => {
    const rows = cells.filter((o) => isExactly(o, place));
    if (rows.length > 1) {
      const o = rows[0]!;
      const values = rows.map((r) => (r.value === null ? (r.marker ?? 'blank') : figure(r.value)));
      duplicates.push(
        `${t.name} gives ${o.industryLabel} for ${o.areaName}${o.areaCode ? ` (${o.areaCode})` : ''} in ${o.year} ${rows.length === 2 ? 'twice' : `${rows.length} times`} (${values.join(' and ')}); remove one of the rows and import again.`,
      );
    }
    return rows[0]?.value;
  };
  const own = single(p);
  if (own !== undefined) return own;
  const parts = districtsOf(p).map(single);
  if (parts.every((v) => v === undefined)) return undefined;
  return parts.some((v) => v === null || v === undefined) ? null : (parts as number[]).reduce((a, b) => a + b, 0);
}

export interface TableSeries {
  series: AreaSeries;
  /** Sentences for an area, industry and year a table gives more than once (the import is refused). */
  duplicates: string[];
}

/** The area's series from the tables: its own rows (or its districts'), or else its councils' rows summed. */
export function seriesFromTables(tables: ImportedTable[], target: Target, priceBaseYear: number): TableSeries {
  const out: AreaSeries = new Map();
  const duplicates: string[] = [];
  const put = (industry: string, measure: Measure, s: Series) => {
    const byMeasure = out.get(industry) ?? {};
    const existing = byMeasure[measure];
    // Two CVM tables: keep the one in the file's prices.
    if (existing && !(measure === 'gva-cvm' && existing.priceYear !== priceBaseYear && s.priceYear === priceBaseYear))
      return;
    byMeasure[measure] = s;
    out.set(industry, byMeasure);
  };
  for (const t of tables) {
    const own = t.observations.filter((o) => isOf(o, target));
    const rows = own.length > 0 ? own : t.observations.filter((o) => target.members.some((m) => isOf(o, m)));
    const summed = own.length === 0 && target.members.length > 0 ? target.members.length : undefined;
    const fromDistricts = !summed && own.every((o) => !isExactly(o, target)) ? districtsOf(target).length : 0;
    const groups = new Map<string, Observation[]>();
    for (const o of rows) groups.set(o.industry, [...(groups.get(o.industry) ?? []), o]);
    for (const [industry, obs] of groups) {
      const values = new Map<number, number | null>();
      for (const year of new Set(obs.map((o) => o.year))) {
        const cells = obs.filter((o) => o.year === year);
        const parts = summed ? target.members : [target];
        const each = parts.map((m) => valueFor(cells, m, t, duplicates) ?? null);
        values.set(year, each.some((v) => v === null) ? null : (each as number[]).reduce((a, b) => a + b, 0));
      }
      put(industry, t.measure, {
        values,
        origin: {
          table: t,
          label: obs[0]!.industryLabel,
          ...(summed ? { summed } : {}),
          ...(fromDistricts ? { districts: fromDistricts } : {}),
        },
        ...(t.priceYear ? { priceYear: t.priceYear } : {}),
      });
    }
  }
  return { series: out, duplicates };
}

const yearMap = (years: readonly number[], cells: readonly (number | null)[]) =>
  new Map(years.map((y, k) => [y, cells[k] ?? null] as [number, number | null]));

/** The library's series for the area (CVM and jobs at the years it keeps), by industry key. */
export function seriesFromLibrary(code: string): AreaSeries {
  const out: AreaSeries = new Map();
  const itl = findArea(code);
  if (itl) {
    const v = LIBRARY_VINTAGE;
    const [w0, w1] = v.gvaGrowthWindow;
    for (const rec of itl.sectors) {
      const def = LIBRARY_SECTOR_DEFS.find((d) => d.id === rec.id)!;
      const origin = { label: def.gvaCode, library: v.label };
      out.set(canonical(divisionsOfSic(def.sic)!), {
        'gva-cvm': {
          values: yearMap([w0, w1, v.dataYear], [...rec.gvaTrend, rec.gva]),
          origin,
          priceYear: v.priceBaseYear,
        },
        jobs: { values: yearMap([w0, w1, v.dataYear], [...rec.jobsTrend, rec.jobs]), origin },
      });
    }
    return out;
  }
  const local = findLocalArea(code);
  if (!local) return out;
  for (const def of LOCAL_SECTOR_DEFS) {
    const rec = localRecord(local, def.id);
    const origin = { label: def.gvaCode, library: LOCAL_VINTAGE.label };
    out.set(canonical(divisionsOfSic(def.sic)!), {
      'gva-cvm': { values: yearMap(LOCAL_VINTAGE.gvaYears, rec.gva), origin, priceYear: LOCAL_VINTAGE.priceBaseYear },
      ...(rec.jobs ? { jobs: { values: yearMap(LOCAL_VINTAGE.jobsYears, rec.jobs), origin } } : {}),
    });
  }
  return out;
}

/** Imported series, with the library's filling any measure the imports do not cover for an industry. */
export function combine(imported: AreaSeries, library: AreaSeries): AreaSeries {
  const out: AreaSeries = new Map();
  for (const key of new Set([...imported.keys(), ...library.keys()])) {
    const a = imported.get(key) ?? {};
    const b = library.get(key) ?? {};
    const gvaImported = a['gva-cvm'] ?? a['gva-current'];
    out.set(key, {
      ...(gvaImported ? {} : b['gva-cvm'] ? { 'gva-cvm': b['gva-cvm'] } : {}),
      ...(a.jobs ? {} : b.jobs ? { jobs: b.jobs } : {}),
      ...a,
    });
  }
  return out;
}

/** A derived series: `whole` less `parts`, year by year (null where any is null or missing). */
export function subtract(whole: Series, parts: Series[]): Series {
  const values = new Map<number, number | null>();
  for (const [y, v] of whole.values) {
    const ps = parts.map((p) => p.values.get(y));
    values.set(
      y,
      v === null || ps.some((p) => p === null || p === undefined)
        ? null
        : v - (ps as number[]).reduce((s, p) => s + p, 0),
    );
  }
  return {
    values,
    origin: { ...whole.origin, label: `${whole.origin.label} less ${parts.map((p) => p.origin.label).join(', ')}` },
    ...(whole.priceYear ? { priceYear: whole.priceYear } : {}),
  };
}
