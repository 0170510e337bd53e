/**
 * What importing a user's downloads would change in a file (`causeway import-baseline`, contracts.md
 * section 5; the app's Import data dialog): for each sector, old -> new with the vintage, and the
 * document after the change, so a preview and the edit are the same computation.
 *
 * Rules (docs/method.md sections 2 and 14): the level year is the latest year with both GVA and jobs;
 * GVA and jobs growth come from one window of years both measures have (ending in 2019 when the data
 * reach it, to keep the pandemic out); GVA levels are used only in the file's prices; a suppressed or
 * missing cell is never read as zero. A file with no sectors gets them (the finest industries first,
 * then the rest of manufacturing and of the economy, as new files do), on the national method.
 */
import { councilAllocationFor } from '../baseline/councils.ts';
import { DEFAULT_PROJECTION_METHOD, withProjectionMethod } from '../baseline/methods.ts';
import { error } from '../diagnostics.ts';
import {
  usesLocalLibrary,
  LIBRARY_SECTOR_DEFS,
  LOCAL_MANUFACTURING_SUBSECTORS,
  LOCAL_SECTOR_DEFS,
  MANUFACTURING_SUBSECTORS,
} from '../library/index.ts';
import type { Result, ScenarioDocument, SectorBaseline } from '../types.ts';
import { canonical, divisionsOfSic } from './industries.ts';
import {
  combine,
  seriesFromLibrary,
  seriesFromTables,
  subtract,
  targetFor,
  type AreaSeries,
  type Series,
} from './series.ts';
import { sectorFigures, type Figures } from './figures.ts';
import type { ImportedTable, Measure } from './types.ts';

export interface FieldChange {
  field: string;
  old?: number | string;
  new: number | string;
}

export interface SectorChange {
  sectorId: string;
  name: string;
  kind: 'add' | 'update';
  changes: FieldChange[];
  /** Where the new figures come from (release, table, file). */
  vintage: string;
}

export interface ImportPlan {
  area: { code: string; name: string };
  /** One line per table read: what it is and how many figures it gave for the area. */
  read: string[];
  changes: SectorChange[];
  /** Sentences for sectors that could not be updated, and why. */
  refused: string[];
  /** The document with every change made (the input itself when nothing changes). */
  document: ScenarioDocument;
}

export interface ImportOptions {
  /** Area code to take from the files (default: the file's area). */
  area?: string;
}

const key = (sic: string) => {
  const d = divisionsOfSic(sic);
  return d ? canonical(d) : undefined;
};

/** The series of a sector: straight from an industry, or derived (rest of manufacturing / economy). */
function sectorSeries(
  all: AreaSeries,
  s: Pick<SectorBaseline, 'id' | 'sic'>,
  defs: readonly { id: string; sic: string }[],
) {
  const keyOfId = (id: string) => {
    const d = defs.find((x) => x.id === id);
    return d ? key(d.sic) : undefined;
  };
  const direct = (s.sic && key(s.sic)) || keyOfId(s.id);
  if (direct && all.has(direct) && s.id !== 'non_c' && s.id !== 'c_other') return all.get(direct)!;
  const derive = (whole: string, parts: string[]) => {
    const w = all.get(keyOfId(whole) ?? '');
    const ps = parts.map((p) => all.get(keyOfId(p) ?? ''));
    if (!w || ps.some((p) => !p)) return undefined;
    const out: Partial<Record<Measure, Series>> = {};
    for (const m of ['gva-cvm', 'gva-current', 'jobs'] as const) {
      const parts2 = ps.map((p) => p![m]);
      if (w[m] && parts2.every(Boolean)) out[m] = subtract(w[m], parts2 as Series[]);
    }
    return out;
  };
  if (s.id === 'non_c') return derive('total', ['c']);
  if (s.id === 'c_other')
    return derive(
      'c',
      (/less (.+)$/.exec(s.sic ?? '')?.[1] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p && p !== 'nothing'),
    );
  return direct ? all.get(direct) : undefined;
}

/** Sectors a file without any gets: the finest industries with figures, then the residuals. */
function newSectors(all: AreaSeries, local: boolean, priceBaseYear: number): SectorBaseline[] {
  const defs = local ? LOCAL_SECTOR_DEFS : LIBRARY_SECTOR_DEFS;
  const subIds: readonly string[] = local ? LOCAL_MANUFACTURING_SUBSECTORS : MANUFACTURING_SUBSECTORS;
  // An industry the imports say something about, with a year that has both GVA and jobs.
  const has = (id: string) => {
    const s = sectorSeries(all, { id, sic: defs.find((d) => d.id === id)!.sic }, defs);
    return (
      s !== undefined &&
      Object.values(s).some((x) => x?.origin.table) &&
      typeof sectorFigures(s, priceBaseYear) !== 'string'
    );
  };
  const pick = (id: string, name?: string, sic?: string) => {
    const d = defs.find((x) => x.id === id);
    return { id, name: name ?? d!.name, sic: sic ?? d!.sic, dataYear: 0, gva: 0, jobs: 0, gvaGrowth: 0, jobsGrowth: 0 };
  };
  const subs = subIds.filter(has);
  if (has('c') && subs.length > 0) {
    const out = [
      ...subs.map((id) => pick(id)),
      pick('c_other' as never, `Rest of manufacturing (C less ${subs.join(', ')})`, `10-33 less ${subs.join(', ')}`),
    ];
    return has('total') ? [...out, pick('non_c' as never, 'All industries except manufacturing', '01-09, 35-99')] : out;
  }
  if (has('c'))
    return has('total')
      ? [pick('c'), pick('non_c' as never, 'All industries except manufacturing', '01-09, 35-99')]
      : [pick('c')];
  return has('total') ? [pick('total')] : subs.map((id) => pick(id));
}

const describe = (t: ImportedTable) =>
  `${t.name}: ${t.layout === 'nomis-tidy' || t.layout === 'nomis-query' ? 'BRES employment' : t.measure === 'gva-cvm' ? `GVA, chained volume measures${t.priceYear ? ` (${t.priceYear} money)` : ''}` : 'GVA, current prices'}; ${t.publisher}; ${t.release}; ${t.table}`;

export function planImport(
  doc: ScenarioDocument,
  tables: ImportedTable[],
  options: ImportOptions = {},
): Result<ImportPlan> {
  let areaCode = (options.area ?? doc.area.code).trim();
  if (!areaCode) {
    const codes = [...new Set(tables.flatMap((t) => t.observations.map((o) => o.areaCode ?? o.areaName)))];
    if (codes.length !== 1)
      return {
        ok: false,
        diagnostics: [
          error(
            'import.area',
            'area.code',
            `The file has no area and the data hold ${codes.length} areas; choose one (--area CODE).`,
          ),
        ],
      };
    areaCode = codes[0]!;
  }
  const target = targetFor(areaCode);
  const empty = doc.baseline.sectors.length === 0;
  const { series: imported, duplicates } = seriesFromTables(tables, target, doc.prices.baseYear);
  if (duplicates.length > 0)
    return { ok: false, diagnostics: duplicates.map((d) => error('import.duplicate', 'baseline.sectors', d)) };
  const read = tables.map((t) => {
    const n = [...imported.values()].reduce(
      (s, m) => s + Object.values(m).filter((x) => x?.origin.table === t).length,
      0,
    );
    return `${describe(t)}: ${n} ${n === 1 ? 'industry' : 'industries'} for ${target.name}.${t.notes.map((x) => ` ${x}`).join('')}`;
  });
  if (imported.size === 0)
    return {
      ok: false,
      diagnostics: [
        error(
          'import.no-figures',
          'area.code',
          `None of the data is for ${target.name} (${target.code})${target.members.length > 0 ? ` or its councils (${target.members.map((m) => m.name).join(', ')})` : ''}; check the area (--area CODE) or download figures for it.`,
        ),
      ],
    };
  const all = combine(imported, seriesFromLibrary(target.code));
  const local = usesLocalLibrary(target.code);
  const defs = local ? LOCAL_SECTOR_DEFS : LIBRARY_SECTOR_DEFS;
  const priceYears = [...imported.values()].flatMap((m) => (m['gva-cvm']?.priceYear ? [m['gva-cvm'].priceYear] : []));
  const priceBaseYear = empty && priceYears.length > 0 ? priceYears[0]! : doc.prices.baseYear;
  const targets = empty ? newSectors(all, local, priceBaseYear) : doc.baseline.sectors;
  const changes: SectorChange[] = [];
  const refused: string[] = [];
  const sectors: SectorBaseline[] = [];
  for (const s of targets) {
    const series = sectorSeries(all, s, defs);
    // A sector none of whose figures the imports touch keeps what it has.
    if (!empty && !Object.values(series ?? {}).some((x) => x?.origin.table)) {
      sectors.push(s);
      continue;
    }
    const f: Figures | string = series
      ? sectorFigures(series, priceBaseYear)
      : `no figures for SIC ${s.sic ?? s.id} in the data or the library`;
    if (typeof f === 'string') {
      refused.push(`${s.name} (${s.id}): ${f}.`);
      if (!empty) sectors.push(s);
      continue;
    }
    let next: SectorBaseline = {
      ...s,
      dataYear: f.dataYear,
      gva: f.gva,
      jobs: f.jobs,
      gvaGrowth: f.gvaGrowth ?? s.gvaGrowth,
      jobsGrowth: f.jobsGrowth ?? s.jobsGrowth,
      source: f.source,
    };
    if (s.dataYearNote && s.dataYear !== f.dataYear) delete next.dataYearNote;
    if (empty) {
      const p = withProjectionMethod(
        target.code,
        next,
        f.gvaGrowth === undefined ? 'national' : DEFAULT_PROJECTION_METHOD,
      );
      if (p.ok) next = p.value;
      else if (f.gvaGrowth === undefined) {
        refused.push(
          `${s.name} (${s.id}): the data give one year only, so no growth, and the library has no Great Britain trend for it.`,
        );
        continue;
      }
    }
    sectors.push(next);
    const fields = ['dataYear', 'gva', 'jobs', 'gvaGrowth', 'jobsGrowth', 'source'] as const;
    const diff = fields
      .filter((k) => empty || s[k] !== next[k])
      .map((k) => ({ field: k, ...(empty ? {} : { old: s[k] }), new: next[k]! }));
    if (diff.length > 0)
      changes.push({ sectorId: s.id, name: s.name, kind: empty ? 'add' : 'update', changes: diff, vintage: f.source });
  }
  // New sectors get their councils' shares, as a new file for a combined authority has them.
  const councils = empty ? councilAllocationFor(target.code, sectors) : undefined;
  const document: ScenarioDocument =
    changes.length === 0
      ? doc
      : {
          ...doc,
          ...(doc.area.code ? {} : { area: { code: target.code, name: target.name } }),
          prices: { ...doc.prices, baseYear: priceBaseYear },
          baseline: { ...doc.baseline, sectors, ...(councils ? { councils } : {}) },
        };
  if (empty && priceBaseYear !== doc.prices.baseYear && changes.length > 0)
    changes.unshift({
      sectorId: '',
      name: 'Prices',
      kind: 'update',
      changes: [{ field: 'prices.baseYear', old: doc.prices.baseYear, new: priceBaseYear }],
      vintage: 'the chained volume measures imported',
    });
  return {
    ok: true,
    value: { area: { code: target.code, name: target.name }, read, changes, refused, document },
    diagnostics: [],
  };
}
