/**
 * Results by council for a combined authority (docs/method.md section 14): the file states the rule
 * (`baseline.councils`, gross impacts split by each council's share of the sector's GVA, shares
 * editable), and commuting from Census 2021 gives a residence view of net jobs: where the people who
 * fill the jobs live, and the share living outside the authority.
 */
import {
  combinedAuthorityOf,
  councilGvaShares,
  findLocalArea,
  LOCAL_GROUP_OF,
  LOCAL_MANUFACTURING_SUBSECTORS,
  LOCAL_VINTAGE,
  listLocalAreas,
  type Commuting,
  type LocalArea,
  type LocalSectorId,
} from '../library/index.ts';
import type { CouncilAllocation, Projection, ScenarioDocument, SectorBaseline } from '../types.ts';

/** The combined authority a file's area is, or coincides with (an ITL2 area made of exactly its councils). */
export function combinedAuthorityFor(areaCode: string): LocalArea | undefined {
  const local = findLocalArea(areaCode);
  if (local?.level === 'CA') return local;
  const code = areaCode.trim().toUpperCase();
  return listLocalAreas().find((a) => a.level === 'CA' && a.ca?.itl2 === code);
}

/** The shares rule for a file's sectors, or undefined when the area is not a combined authority. */
export function councilAllocationFor(
  areaCode: string,
  sectors: readonly SectorBaseline[],
): CouncilAllocation | undefined {
  const ca = combinedAuthorityFor(areaCode);
  if (!ca) return undefined;
  const localIds = new Set(sectors.map((s) => s.id));
  const notes: string[] = [];
  const shares = new Map<string, Map<string, number>>();
  for (const s of sectors) {
    let by: ReturnType<typeof councilGvaShares>;
    if (s.id === 'non_c') by = councilGvaShares(ca, 'non_c');
    else if (s.id === 'c_other') {
      const parts = LOCAL_MANUFACTURING_SUBSECTORS.filter((p) => localIds.has(p));
      by = councilGvaShares(ca, parts.length > 0 ? 'c_other' : 'c', parts);
      if (parts.length === 0) notes.push(`${s.id} uses manufacturing's shares`);
    } else {
      const group = LOCAL_GROUP_OF[s.id] as LocalSectorId | undefined;
      if (!group) continue;
      by = councilGvaShares(ca, group);
      if (group !== s.id) notes.push(`${s.id} uses the shares of ${group}`);
    }
    if (!by) continue;
    for (const c of by) {
      const m = shares.get(c.code) ?? new Map<string, number>();
      m.set(s.id, Math.round(c.share * 1e6) / 1e6);
      shares.set(c.code, m);
    }
  }
  return {
    rule: 'gva-share',
    year: LOCAL_VINTAGE.latestYear,
    source: `Each council's share of the sector's GVA in ${LOCAL_VINTAGE.latestYear} at current prices (${LOCAL_VINTAGE.gvaRelease}, table 3), ${ca.name} (${ca.code}).${notes.length > 0 ? ` The release has no finer industries for councils, so ${notes.join('; ')}.` : ''} Edit a share to change the split; the shares of a sector should add up to 1.`,
    councils: ca.councils.map((c) => ({
      code: c.code,
      name: c.name,
      shares: Object.fromEntries(shares.get(c.code) ?? []),
    })),
  };
}

export interface CouncilResult {
  code: string;
  name: string;
  /** By year, in the projection's years. */
  grossGva: number[];
  grossJobs: number[];
  netGva: number[];
  netJobs: number[];
  /** Net jobs by where the people filling them live (undefined without commuting data). */
  residentNetJobs?: number[];
}

export interface CouncilResults {
  years: number[];
  councils: CouncilResult[];
  /** Net jobs filled by people living outside the authority, by year (undefined without commuting data). */
  outsideNetJobs?: number[];
  /** outsideNetJobs as a share of all net jobs, by year (null in a year without net jobs). */
  outsideShare?: (number | null)[];
  rule: string;
  commutingSource?: string;
}

/** The commuting matrix of the combined authority whose councils the allocation lists, if the library has it. */
export function commutingFor(allocation: CouncilAllocation): Commuting | undefined {
  const first = allocation.councils[0];
  const ca = first && combinedAuthorityOf(first.code);
  if (!ca) return undefined;
  const codes = new Set(allocation.councils.map((c) => c.code));
  return ca.councils.length === codes.size && ca.councils.every((c) => codes.has(c)) ? ca.commuting : undefined;
}

/** Gross and net impacts split by the file's council rule, and net jobs by residence. */
export function councilResults(doc: ScenarioDocument, projection: Projection): CouncilResults | undefined {
  const allocation = doc.baseline.councils;
  if (!allocation) return undefined;
  const n = projection.years.length;
  const zeros = () => Array.from({ length: n }, () => 0);
  const councils: CouncilResult[] = allocation.councils.map((c) => {
    const r = { code: c.code, name: c.name, grossGva: zeros(), grossJobs: zeros(), netGva: zeros(), netJobs: zeros() };
    for (const [sector, p] of Object.entries(projection.sectors)) {
      const share = c.shares[sector] ?? 0;
      for (let k = 0; k < n; k++) {
        r.grossGva[k]! += share * p.grossImpact.gva[k]!;
        r.grossJobs[k]! += share * p.grossImpact.jobs[k]!;
        r.netGva[k]! += share * p.netImpact.gva[k]!;
        r.netJobs[k]! += share * p.netImpact.jobs[k]!;
      }
    }
    return r;
  });
  const out: CouncilResults = {
    years: projection.years,
    councils,
    rule: allocation.source ?? "Each council's share of the sector's GVA.",
  };
  const commuting = commutingFor(allocation);
  if (!commuting) return out;
  const index = new Map(councils.map((c, i) => [c.code, i]));
  const resident = councils.map(() => zeros());
  const outside = zeros();
  commuting.councils.forEach((w, i) => {
    const workplace = councils[index.get(w)!]!;
    const row = commuting.flows[i]!;
    const workers = row.reduce((s, x) => s + x, 0) + commuting.outside[i]!;
    if (!(workers > 0)) return;
    for (let k = 0; k < n; k++) {
      const jobs = workplace.netJobs[k]!;
      commuting.councils.forEach((r, j) => (resident[index.get(r)!]![k]! += (jobs * row[j]!) / workers));
      outside[k]! += (jobs * commuting.outside[i]!) / workers;
    }
  });
  councils.forEach((c, i) => (c.residentNetJobs = resident[i]));
  return {
    ...out,
    outsideNetJobs: outside,
    outsideShare: outside.map((x, k) => {
      const net = councils.reduce((sum, c) => sum + c.netJobs[k]!, 0);
      return net === 0 ? null : x / net;
    }),
    commutingSource: `${LOCAL_VINTAGE.commutingRelease}: people working in each council by council of residence (home workers in their own council), applied to the net jobs allocated to each council.`,
  };
}
