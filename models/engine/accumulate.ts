/**
 * Gross to net, and costs with optimism bias: the one place where role nodes become the totals
 * that are projected and appraised (method.md sections 4-6). Every run goes through here, lane by
 * lane: the deterministic projection (one lane, with the breakdowns it reports), each Monte Carlo
 * batch and each tornado or switching-value pass.
 *
 * The order of summation is fixed, so that a one-lane run and a lane of a batch agree to the last
 * bit: a sector's net sums its role nodes in model order, the totals sum the sectors in baseline
 * order, and total cost sums the interventions in file order.
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
  sectorGross: GroupedGvaJobs;
  interventionGross: GroupedGvaJobs;
  interventionNet: GroupedGvaJobs;
}

/** One year's totals, one value per lane, overwritten by each year. */
export interface YearTotals {
  readonly lanes: number;
  /** Net additional GVA (£m) and jobs of all interventions. */
  readonly netGva: Float64Array;
  readonly netJobs: Float64Array;
  /** Public cost with optimism bias, £m. */
  readonly cost: Float64Array;
  /** Net additional GVA and jobs by sector. */
  readonly sectorNet: GroupedGvaJobs;
  /** Cost with optimism bias by intervention. */
  readonly interventionCost: Float64Array;
  readonly detail: TotalsDetail | null;
}

export function createYearTotals(compiled: CompiledScenario, lanes: number, withDetail: boolean): YearTotals {
  const grouped = (groups: number): GroupedGvaJobs => ({
    gva: new Float64Array(groups * lanes),
    jobs: new Float64Array(groups * lanes),
  });
  const sectors = compiled.sectorIds.length;
  const interventions = compiled.interventions.length;
  return {
    lanes,
    netGva: new Float64Array(lanes),
    netJobs: new Float64Array(lanes),
    cost: new Float64Array(lanes),
    sectorNet: grouped(sectors),
    interventionCost: new Float64Array(interventions * lanes),
    detail: withDetail
      ? {
          sectorGross: grouped(sectors),
          interventionGross: grouped(interventions),
          interventionNet: grouped(interventions),
        }
      : null,
  };
}

/** Sum the role nodes of the machine's current year into `totals` (every lane). */
export function accumulateYear(machine: Machine, totals: YearTotals): void {
  const { compiled, mem } = machine;
  const { lanes, sectorNet, detail } = totals;
  const sectors = compiled.sectorIds.length;
  for (const measure of ['gva', 'jobs'] as const) {
    const net = sectorNet[measure];
    net.fill(0);
    detail?.sectorGross[measure].fill(0);
    detail?.interventionGross[measure].fill(0);
    detail?.interventionNet[measure].fill(0);
    for (const role of compiled.roles[measure]) {
      const factor = compiled.interventions[role.intervention]!.netFactor;
      const offset = nodeOffset(machine, role.node);
      const s = role.sector * lanes;
      for (let l = 0; l < lanes; l++) net[s + l] = net[s + l]! + mem[offset + l]! * factor;
      if (detail) addDetail(detail, measure, role, mem, offset, lanes, factor);
    }
    sumGroups(net, sectors, lanes, measure === 'gva' ? totals.netGva : totals.netJobs);
  }
  const cost = totals.interventionCost;
  cost.fill(0);
  const withBias = 1 + compiled.optimismBias;
  for (const role of compiled.roles.cost) {
    const offset = nodeOffset(machine, role.node);
    const i = role.intervention * lanes;
    for (let l = 0; l < lanes; l++) cost[i + l] = cost[i + l]! + mem[offset + l]! * withBias;
  }
  sumGroups(cost, compiled.interventions.length, lanes, totals.cost);
}

function addDetail(
  detail: TotalsDetail,
  measure: 'gva' | 'jobs',
  role: RoleNode,
  mem: Float64Array,
  offset: number,
  lanes: number,
  factor: number,
): void {
  const sectorGross = detail.sectorGross[measure];
  const gross = detail.interventionGross[measure];
  const net = detail.interventionNet[measure];
  const s = role.sector * lanes;
  const i = role.intervention * lanes;
  for (let l = 0; l < lanes; l++) {
    const value = mem[offset + l]!;
    sectorGross[s + l] = sectorGross[s + l]! + value;
    gross[i + l] = gross[i + l]! + value;
    net[i + l] = net[i + l]! + value * factor;
  }
}

/** out[l] = the sum over groups, in group order, of grouped[g * lanes + l]. */
function sumGroups(grouped: Float64Array, groups: number, lanes: number, out: Float64Array): void {
  out.fill(0);
  for (let g = 0; g < groups; g++) {
    const at = g * lanes;
    for (let l = 0; l < lanes; l++) out[l] = out[l]! + grouped[at + l]!;
  }
}
