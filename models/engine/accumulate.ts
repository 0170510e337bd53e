/**
 * Gross to net, and costs with optimism bias: the one place where role nodes become the totals
 * that are projected and appraised (docs/method.md sections 4-6). Every run goes through here, lane by
 * lane: the deterministic projection (one lane, with the breakdowns it reports), each Monte Carlo
 * batch and each tornado or switching-value pass.
 *
 * The order of summation is fixed, so that a one-lane run and a lane of a batch agree to the last
 * bit: a sector's net sums its role nodes in model order, the totals sum the sectors in baseline
 * order, and total cost sums the interventions' costs in file order.
 */
import type { CompiledScenario, RoleNode } from './compileScenario.ts';
import { nodeOffset, type Machine } from './machine.ts';

/** GVA (£m) and jobs by group (sector or intervention): group g, lane l at [g * lanes + l]. */
export interface GroupedGvaJobs {
  gva: Float64Array;
  jobs: Float64Array;
}

/** The breakdowns only the projection reports; Monte Carlo and the tornado go without them. */
export interface TotalsDetail {
  sectorNet: GroupedGvaJobs;
  sectorGross: GroupedGvaJobs;
  interventionNet: GroupedGvaJobs;
  interventionGross: GroupedGvaJobs;
  /** Cost with optimism bias by intervention, £m. */
  interventionCost: Float64Array;
}

/** One year's totals, one value per lane, overwritten by each year. */
export interface YearTotals {
  readonly lanes: number;
  /** Net additional GVA (£m) and jobs of all interventions. */
  readonly netGva: Float64Array;
  readonly netJobs: Float64Array;
  /** Public cost with optimism bias, £m. */
  readonly cost: Float64Array;
  readonly detail: TotalsDetail | null;
  /** How to walk the role nodes: fixed per compiled scenario. */
  readonly plan: Plan;
  /** One group's sum, when the breakdowns are not kept. */
  readonly scratch: Float64Array;
}

/** Role nodes grouped for summing: by sector (GVA, jobs) or intervention (cost), groups in order. */
interface Plan {
  gva: { group: number; roles: RoleNode[] }[];
  jobs: { group: number; roles: RoleNode[] }[];
  cost: { group: number; roles: RoleNode[] }[];
}

/** Groups in index order, each group's roles in model order; groups without roles are left out (they add 0). */
function groupRoles(roles: RoleNode[], groupOf: (role: RoleNode) => number): { group: number; roles: RoleNode[] }[] {
  const byGroup = new Map<number, RoleNode[]>();
  for (const role of roles) {
    const list = byGroup.get(groupOf(role));
    if (list) list.push(role);
    else byGroup.set(groupOf(role), [role]);
  }
  return [...byGroup].sort(([a], [b]) => a - b).map(([group, list]) => ({ group, roles: list }));
}

export function createYearTotals(compiled: CompiledScenario, lanes: number, withDetail: boolean): YearTotals {
  const grouped = (groups: number): GroupedGvaJobs => ({
    gva: new Float64Array(groups * lanes),
    jobs: new Float64Array(groups * lanes),
  });
  const sectors = compiled.sectorIds.length;
  const interventions = compiled.interventions.length;
  const bySector = (role: RoleNode) => role.sector;
  return {
    lanes,
    netGva: new Float64Array(lanes),
    netJobs: new Float64Array(lanes),
    cost: new Float64Array(lanes),
    detail: withDetail
      ? {
          sectorNet: grouped(sectors),
          sectorGross: grouped(sectors),
          interventionNet: grouped(interventions),
          interventionGross: grouped(interventions),
          interventionCost: new Float64Array(interventions * lanes),
        }
      : null,
    plan: {
      gva: groupRoles(compiled.roles.gva, bySector),
      jobs: groupRoles(compiled.roles.jobs, bySector),
      cost: groupRoles(compiled.roles.cost, (role) => role.intervention),
    },
    scratch: new Float64Array(lanes),
  };
}

/** Sum the role nodes of the machine's current year into `totals` (every lane). */
export function accumulateYear(machine: Machine, totals: YearTotals): void {
  const { compiled } = machine;
  const { detail, plan } = totals;
  const withBias = 1 + compiled.optimismBias;
  const netFactor = (role: RoleNode) => compiled.interventions[role.intervention]!.netFactor;
  sumGroups(machine, totals, plan.gva, netFactor, detail?.sectorNet.gva, totals.netGva);
  sumGroups(machine, totals, plan.jobs, netFactor, detail?.sectorNet.jobs, totals.netJobs);
  sumGroups(machine, totals, plan.cost, () => withBias, detail?.interventionCost, totals.cost);
  if (detail) addGross(machine, detail);
}

/**
 * For each group in order: the sum over its roles in model order of value x factor, kept in
 * `keep` (the group's slice) or in the scratch lanes, and added to `total`.
 */
function sumGroups(
  machine: Machine,
  totals: YearTotals,
  groups: Plan['gva'],
  factorOf: (role: RoleNode) => number,
  keep: Float64Array | undefined,
  total: Float64Array,
): void {
  const { lanes, mem } = machine;
  total.fill(0);
  for (const { group, roles } of groups) {
    const sum = keep ? keep.subarray(group * lanes, (group + 1) * lanes) : totals.scratch;
    sum.fill(0);
    for (const role of roles) {
      const factor = factorOf(role);
      const offset = nodeOffset(machine, role.node);
      for (let l = 0; l < lanes; l++) sum[l] = sum[l]! + mem[offset + l]! * factor;
    }
    for (let l = 0; l < lanes; l++) total[l] = total[l]! + sum[l]!;
  }
}

/** Gross impacts by sector and by intervention, and net impacts by intervention, roles in model order. */
function addGross(machine: Machine, detail: TotalsDetail): void {
  const { compiled, lanes, mem } = machine;
  for (const measure of ['gva', 'jobs'] as const) {
    const sectorGross = detail.sectorGross[measure];
    const gross = detail.interventionGross[measure];
    const net = detail.interventionNet[measure];
    sectorGross.fill(0);
    gross.fill(0);
    net.fill(0);
    for (const role of compiled.roles[measure]) {
      const factor = compiled.interventions[role.intervention]!.netFactor;
      const offset = nodeOffset(machine, role.node);
      const s = role.sector * lanes;
      const i = role.intervention * lanes;
      for (let l = 0; l < lanes; l++) {
        const value = mem[offset + l]!;
        sectorGross[s + l] = sectorGross[s + l]! + value;
        gross[i + l] = gross[i + l]! + value;
        net[i + l] = net[i + l]! + value * factor;
      }
    }
  }
}
