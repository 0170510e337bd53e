/**
 * Pure construction of the local part of the library (councils and combined authorities) from the CSV
 * texts in ../shared/data/local (see LOCAL-AND-DEFLATORS.md there). Every number is read from the
 * files or is a plain sum of them; suppressed cells stay null.
 */
import { parseCsv, parseCsvRecords, parseNumber } from './csv.ts';
import { readBresLong } from './baselines.ts';
import { toCouncil2023 } from '../councilCodes.ts';
import { LOCAL_SECTORS, LOCAL_SETTINGS, type LocalSectorId } from '../localSectors.ts';
import type {
  Cell,
  Commuting,
  LocalCombinedAuthority,
  LocalCouncil,
  LocalLibrary,
  LocalNational,
} from '../localTypes.ts';

export interface LocalInputs {
  /** local/gva_la_by_industry_itl1_2025.csv */
  gvaLa: string;
  /** local/bres_employment_la_sic_section_west_north_yorkshire_2015_2021.csv */
  bresLa: string;
  /** local/lookup_lad_to_combined_authority.csv */
  caLookup: string;
  /** local/lookup_lad23_lau1_itl3_itl2_itl1_2021.csv */
  itlLookup: string;
  /** local/census2021_odwp01ew_ltla_flows.csv */
  commuting: string;
  /** ons/jobs/bres_itl2_2digit_2015_2021_long.csv */
  bresLong: string;
}

const S = LOCAL_SETTINGS;
const CA_VINTAGE = 'May 2025';
const CVM = 'cvm_2022_money_gbp_m';
const CURRENT = 'current_prices_gbp_m';

/** Council GVA by sector: the CVM years, then current prices in the latest year. */
function readCouncilGva(text: string): Map<string, LocalCouncil> {
  const councils = new Map<string, LocalCouncil>();
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('empty local GVA table');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`local GVA table has no column "${name}"`);
    return i;
  };
  const [iItl1, iCode, iName, iSic, iMeasure] = ['itl1_code', 'lad_code', 'lad_name', 'sic07_code', 'measure'].map(col);
  const cvmCols = S.gvaYears.map((y) => col(`y${y}`));
  const latestCol = col(`y${S.latestYear}`);
  for (const row of rows) {
    const code = row[iCode!]!;
    if (!code) continue;
    let council = councils.get(code);
    if (!council) councils.set(code, (council = { code, name: row[iName!]!, itl1: row[iItl1!]!, gva: {} }));
    const def = LOCAL_SECTORS.find((d) => d.gvaCode === row[iSic!]);
    if (!def) continue;
    const cells = (council.gva[def.id] ??= [...S.gvaYears.map((): Cell => null), null]);
    if (row[iMeasure!] === CVM) cvmCols.forEach((c, k) => (cells[k] = parseNumber(row[c])));
    else if (row[iMeasure!] === CURRENT) cells[S.gvaYears.length] = parseNumber(row[latestCol]);
  }
  return councils;
}

/** Council BRES by section summed into the local sectors; 2021 districts added into their 2023 council. */
function readCouncilJobs(text: string): Map<string, Partial<Record<LocalSectorId, Cell[]>>> {
  const out = new Map<string, Partial<Record<LocalSectorId, Cell[]>>>();
  for (const r of parseCsvRecords(text)) {
    const k = (S.jobsYears as readonly number[]).indexOf(Number(r['year']));
    if (k < 0) continue;
    const code = toCouncil2023(r['lad_code'] ?? '');
    const value = parseNumber(r['employment']);
    const byId = out.get(code) ?? {};
    out.set(code, byId);
    for (const def of LOCAL_SECTORS) {
      if (!def.sections?.includes(r['sic07_section'] ?? '?')) continue;
      const cells = (byId[def.id] ??= S.jobsYears.map((): Cell => 0));
      const prev = cells[k];
      cells[k] = prev === null || prev === undefined || value === null ? null : prev + value;
    }
  }
  return out;
}

/** BRES employment summed over ITL2 areas and a division range; null if any cell is suppressed. */
function bresSum(bres: Map<string, number | null>, areas: string[], [lo, hi]: readonly [number, number], year: number) {
  let total = 0;
  for (const a of areas) {
    for (let d = lo; d <= hi; d++) {
      const key = `${a}|${d}|${year}`;
      if (!bres.has(key)) continue;
      const v = bres.get(key);
      if (v === null || v === undefined) return null;
      total += v;
    }
  }
  return total;
}

/** Census 2021 flows for one CA: by workplace council, where the workers live (inside by council, or outside). */
function commutingFor(members: string[], flowsByWorkplace: Map<string, Map<string, number>>): Commuting {
  const index = new Map(members.map((c, i) => [c, i]));
  const flows = members.map(() => members.map(() => 0));
  const outside = members.map(() => 0);
  members.forEach((w, i) => {
    for (const [r, n] of flowsByWorkplace.get(w) ?? []) {
      const j = index.get(r);
      if (j === undefined) outside[i]! += n;
      else flows[i]![j]! += n;
    }
  });
  return { councils: members, flows, outside };
}

/** workplace council -> residence council -> count (codes 1 and 3; 2021 districts mapped to 2023 councils). */
function readFlows(text: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of parseCsvRecords(text)) {
    const kind = r['place_of_work_indicator_code'];
    if (kind !== '1' && kind !== '3') continue;
    const residence = toCouncil2023(r['residence_ltla21_code'] ?? '');
    const workplace = kind === '1' ? residence : toCouncil2023(r['workplace_code'] ?? '');
    const n = parseNumber(r['count']) ?? 0; // flows are published for every pair listed; absent pairs are zero flows
    const byResidence = out.get(workplace) ?? new Map<string, number>();
    out.set(workplace, byResidence);
    byResidence.set(residence, (byResidence.get(residence) ?? 0) + n);
  }
  return out;
}

export function buildLocal(inputs: LocalInputs): Omit<LocalLibrary, 'vintage'> {
  const councils = readCouncilGva(inputs.gvaLa);
  const jobs = readCouncilJobs(inputs.bresLa);
  for (const [code, j] of jobs) {
    const c = councils.get(code);
    if (!c) throw new Error(`BRES council ${code} is not in the GVA release`);
    c.jobs = j;
  }
  const itl2Of = new Map<string, Set<string>>();
  for (const r of parseCsvRecords(inputs.itlLookup)) {
    const set = itl2Of.get(r['lad23cd']!) ?? new Set<string>();
    set.add(r['itl221cd']!);
    itl2Of.set(r['lad23cd']!, set);
  }
  for (const c of councils.values()) {
    const set = itl2Of.get(c.code);
    if (set?.size === 1) c.itl2 = [...set][0];
  }

  const caMembers = new Map<string, { name: string; councils: string[] }>();
  for (const r of parseCsvRecords(inputs.caLookup)) {
    if (r['lookup_vintage'] !== CA_VINTAGE) continue;
    const code = toCouncil2023(r['lad_code']!);
    if (!councils.has(code)) throw new Error(`CA lookup council ${r['lad_code']} is not in the GVA release`);
    const ca = caMembers.get(r['cauth_code']!) ?? { name: r['cauth_name']!, councils: [] };
    ca.councils.push(code);
    caMembers.set(r['cauth_code']!, ca);
    councils.get(code)!.ca = r['cauth_code']!;
  }

  const bres = readBresLong(inputs.bresLong);
  const flows = readFlows(inputs.commuting);
  const combinedAuthorities: LocalCombinedAuthority[] = [...caMembers]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, { name, councils: members }]) => {
      members.sort();
      const itl2s = new Set(members.map((m) => councils.get(m)!.itl2));
      const [only] = [...itl2s];
      const exact =
        itl2s.size === 1 &&
        only !== undefined &&
        [...councils.values()].filter((c) => c.itl2 === only).length === members.length;
      const ca: LocalCombinedAuthority = { code, name, councils: members, commuting: commutingFor(members, flows) };
      if (exact) {
        ca.itl2 = only;
        ca.jobs = Object.fromEntries(
          LOCAL_SECTORS.map((d) => [d.id, S.jobsYears.map((y) => bresSum(bres, [only], d.divisions, y))]),
        );
      }
      return ca;
    });

  const gbItl2 = [...new Set([...bres.keys()].map((k) => k.split('|')[0]!))];
  const [w0, w1] = S.growthWindow;
  const k0 = (S.gvaYears as readonly number[]).indexOf(w0);
  const k1 = (S.gvaYears as readonly number[]).indexOf(w1);
  const national: LocalNational[] = LOCAL_SECTORS.map((d) => {
    const gva: [number, number] = [0, 0];
    const gvaLeftOut: string[] = [];
    for (const c of councils.values()) {
      if (c.code.startsWith('N')) continue; // Great Britain: BRES has no Northern Ireland
      const cells = c.gva[d.id];
      const a = cells?.[k0];
      const b = cells?.[k1];
      if (a === null || a === undefined || b === null || b === undefined) gvaLeftOut.push(c.code);
      else {
        gva[0] += a;
        gva[1] += b;
      }
    }
    const jobsGb = [w0, w1].map((y) => bresSum(bres, gbItl2, d.divisions, y));
    if (jobsGb.some((v) => v === null)) throw new Error(`GB BRES for ${d.id} has a suppressed cell`);
    return { id: d.id, gva, gvaLeftOut, jobs: jobsGb as [number, number] };
  });

  return {
    sectors: LOCAL_SECTORS.map(({ id, name, sic, gvaCode }) => ({ id, name, sic, gvaCode })),
    national,
    councils: [...councils.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
    combinedAuthorities,
  };
}
