/**
 * Pure construction of the library's area records from the ONS CSV texts. Every number is read from
 * the files or is plain arithmetic on them (sums, compound growth); a missing or suppressed cell makes
 * the sector drop out for that area with a reason, never a filled-in value.
 */
import { parseCsv, parseCsvRecords, parseNumber } from './csv.ts';
import { ITL1_CD_CF_PARTS, LIBRARY_SECTORS, LIBRARY_SETTINGS } from '../sectors.ts';
import type { LibraryArea, LibraryFlag, LibrarySectorRecord, NationalRecord } from '../types.ts';

type Series = Map<number, number | null>;
interface GvaTable {
  names: Map<string, string>;
  series: Map<string, Series>; // key `${area}|${industryCode}`
}

/** The wide ONS GVA table (code, name, SIC code, description, one column per year). */
export function readGvaTable(text: string): GvaTable {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('empty GVA table');
  const years = header.slice(4).map(Number);
  const names = new Map<string, string>();
  const series = new Map<string, Series>();
  for (const row of rows) {
    const [code, name, industry] = row;
    if (!code || !name || industry === undefined) continue;
    names.set(code, name);
    series.set(`${code}|${industry}`, new Map(years.map((y, i) => [y, parseNumber(row[i + 4])])));
  }
  return { names, series };
}

/** Sums series cell by cell; any missing cell makes that year missing (no partial sums). */
function sumSeries(list: (Series | undefined)[]): Series | undefined {
  if (list.length === 0 || list.some((s) => s === undefined)) return undefined;
  const out: Series = new Map();
  for (const year of (list[0] as Series).keys()) {
    let total: number | null = 0;
    for (const s of list as Series[]) {
      const v = s.get(year);
      total = v === null || v === undefined || total === null ? null : total + v;
    }
    out.set(year, total);
  }
  return out;
}

const at = (s: Series | undefined, y: number): number | null => s?.get(y) ?? null;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const cagr = (a: number, b: number, years: number): number => round6(Math.pow(b / a, 1 / years) - 1);

/** BRES employment by ITL2 area, 2-digit division and year ("Employment" status only). */
export function readBresLong(text: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const r of parseCsvRecords(text)) {
    if (r['status'] !== 'Employment') continue;
    out.set(`${r['geography_code']}|${Number(r['sic_division'])}|${r['year']}`, parseNumber(r['value']));
  }
  return out;
}

interface Inputs {
  gvaItl1Current: string;
  gvaItl2Current: string;
  gvaItl2Cvm: string;
  jobs: string;
  bresLong: string;
}

/** Builds the areas (ITL1 and ITL2 in code order), the excluded areas and the UK comparators. */
export function buildAreas(inputs: Inputs): {
  areas: LibraryArea[];
  excludedAreas: { code: string; name: string; reason: string }[];
  national: { code: string; name: string; sectors: NationalRecord[] };
} {
  const S = LIBRARY_SETTINGS;
  const itl1 = readGvaTable(inputs.gvaItl1Current);
  const cur2 = readGvaTable(inputs.gvaItl2Current);
  const cvm2 = readGvaTable(inputs.gvaItl2Cvm);
  const bres = readBresLong(inputs.bresLong);
  const jobs = new Map<string, number | null>();
  for (const r of parseCsvRecords(inputs.jobs)) {
    if (r['measure'] === 'employment')
      jobs.set(`${r['geography_code']}|${r['sic_code']}|${r['year']}`, parseNumber(r['value']));
  }

  const itl2Codes = [...cvm2.names.keys()];
  const itl1Codes = [...itl1.names.keys()].filter((c) => itl2Codes.some((c2) => c2.slice(0, 3) === c));
  const members = (code: string, level: 'ITL1' | 'ITL2') =>
    level === 'ITL2' ? [code] : itl2Codes.filter((c) => c.startsWith(code));

  const itl1Current = (code: string, gvaCode: string): Series | undefined =>
    gvaCode === 'CD-CF (19-21)'
      ? sumSeries(ITL1_CD_CF_PARTS.map((p) => itl1.series.get(`${code}|${p}`)))
      : itl1.series.get(`${code}|${gvaCode}`);

  const bresSeries = (codes: string[], [lo, hi]: readonly [number, number], year: number): number | null => {
    let total = 0;
    for (const c of codes) {
      for (let d = lo; d <= hi; d++) {
        const key = `${c}|${d}|${year}`;
        if (!bres.has(key)) continue; // a division not in the SIC list (e.g. 04) is simply absent
        const v = bres.get(key);
        if (v === null || v === undefined) return null;
        total += v;
      }
    }
    return total;
  };

  const areas: LibraryArea[] = [];
  const excludedAreas: { code: string; name: string; reason: string }[] = [];
  const entries = [
    ...itl1Codes.map((code) => ({ code, level: 'ITL1' as const, name: itl1.names.get(code) as string })),
    ...itl2Codes.map((code) => ({ code, level: 'ITL2' as const, name: cvm2.names.get(code) as string })),
  ].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  for (const { code, level, name } of entries) {
    const hasJobs = [...jobs.keys()].some((k) => k.startsWith(`${code}|`));
    if (!hasJobs) {
      excludedAreas.push({
        code,
        name,
        reason:
          'No BRES employment: the Business Register and Employment Survey covers Great Britain only, so jobs, productivity and jobs growth cannot be stated.',
      });
      continue;
    }
    const parts = members(code, level);
    const sectors: LibrarySectorRecord[] = [];
    const omitted: LibraryArea['omitted'] = [];
    for (const def of LIBRARY_SECTORS) {
      const cvm = sumSeries(parts.map((c) => cvm2.series.get(`${c}|${def.gvaCode}`)));
      const current = level === 'ITL2' ? cur2.series.get(`${code}|${def.gvaCode}`) : itl1Current(code, def.gvaCode);
      const [g0, g1] = S.gvaGrowthWindow;
      const [j0, j1] = S.jobsGrowthWindow;
      const v = {
        gva: at(cvm, S.dataYear),
        gvaCurrent: at(current, S.dataYear),
        gStart: at(cvm, g0),
        gEnd: at(cvm, g1),
        jobs: jobs.get(`${code}|${def.gvaCode}|${S.dataYear}`) ?? null,
        jStart: bresSeries(parts, def.divisions, j0),
        jEnd: bresSeries(parts, def.divisions, j1),
      };
      const missing = Object.entries(v)
        .filter(([, x]) => x === null)
        .map(([k]) => k);
      if (missing.length > 0) {
        omitted.push({
          id: def.id,
          reason: `Not in the source tables for this area (missing or suppressed: ${missing.join(', ')}).`,
        });
        continue;
      }
      const n = v as { [K in keyof typeof v]: number };
      if (n.gStart <= 0 || n.gEnd <= 0 || n.jStart <= 0 || n.jEnd <= 0 || n.jobs <= 0 || n.gva <= 0) {
        omitted.push({
          id: def.id,
          reason:
            'A zero or negative value in the level or the growth window: no growth rate or productivity can be computed.',
        });
        continue;
      }
      const rec: LibrarySectorRecord = {
        id: def.id,
        gva: n.gva,
        gvaCurrent: n.gvaCurrent,
        gvaTrend: [n.gStart, n.gEnd],
        gvaGrowth: cagr(n.gStart, n.gEnd, g1 - g0),
        jobs: n.jobs,
        jobsTrend: [n.jStart, n.jEnd],
        jobsGrowth: cagr(n.jStart, n.jEnd, j1 - j0),
      };
      const flags: LibraryFlag[] = [];
      if (Math.abs(rec.gvaGrowth) > S.volatileGrowth) flags.push('volatile-gva-growth');
      if (Math.abs(rec.jobsGrowth) > S.volatileGrowth) flags.push('volatile-jobs-growth');
      if (rec.jobs < S.smallJobs || rec.gva < S.smallGva) flags.push('small-sector');
      if (flags.length > 0) rec.flags = flags;
      sectors.push(rec);
    }
    areas.push({
      code,
      name,
      level,
      ...(level === 'ITL2' ? { parent: code.slice(0, 3) } : {}),
      gvaMethod: level === 'ITL2' ? 'itl2-cvm' : 'sum-of-itl2-cvm',
      sectors,
      omitted,
    });
  }

  const national: NationalRecord[] = [];
  for (const def of LIBRARY_SECTORS) {
    const v = at(itl1Current('UK', def.gvaCode), S.dataYear);
    if (v !== null) national.push({ id: def.id, gvaCurrent: v });
  }
  return {
    areas,
    excludedAreas,
    national: { code: 'UK', name: itl1.names.get('UK') ?? 'United Kingdom', sectors: national },
  };
}
