/**
 * Gross to net, UK social value, and costs with optimism bias: the one place where role nodes become
 * the totals that are projected and appraised (docs/method.md sections 4-6, 10, 11 and 13), and the
 * only place additionality and optimism bias are applied. Every run goes through here, lane by
 * lane: the deterministic projection (one lane, with the breakdowns it reports), each Monte Carlo
 * batch and each tornado or switching-value pass. The factors are per lane, read from the appraisal
 * inputs' slots, so a draw of deadweight or optimism bias changes only its own lane.
 *
 * The order of summation is fixed, so that a one-lane run and a lane of a batch agree to the last
 * bit: a sector's net sums its role nodes in model order, the totals sum the sectors in baseline
 * order, and total cost sums the interventions' costs in file order.
 */
import { netFactor } from '../appraisal/additionality.ts';
import type { RoleNode } from './compileScenario.ts';
import { nodeOffset, parameterOffset, type Machine } from './machine.ts';

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
  /** Public cost with optimism bias by intervention, £m real. */
  interventionCost: Float64Array;
  /** Private cost with optimism bias by intervention, £m real. */
  interventionPrivateCost: Float64Array;
  /** UK social value of each intervention's GVA, £m (0 for one not assessed). */
  interventionSocial: Float64Array;
}

/** The appraisal inputs of every lane, read once per run from their slots. */
export interface LaneFactors {
  /** Gross-to-net factor by intervention: [i * lanes + l]. */
  net: Float64Array;
  /** 1 + optimism bias, by lane. */
  bias: Float64Array;
  /** (1 - national displacement) by intervention, and (1 - displacement) x labour-supply share. */
  socialProductivity: Float64Array;
  socialOutput: Float64Array;
}

/** One year's totals, one value per lane, overwritten by each year. */
export interface YearTotals {
  readonly lanes: number;
  /** Net additional GVA (£m) and jobs of all interventions. */
  readonly netGva: Float64Array;
  readonly netJobs: Float64Array;
  /** Public cost with optimism bias, £m. */
  readonly cost: Float64Array;
  /** Private cost with optimism bias, £m (UK social value only). */
  readonly privateCost: Float64Array;
  /** UK social value of the assessed interventions' GVA, £m (docs/method.md section 11). */
  readonly socialGva: Float64Array;
  readonly factors: LaneFactors;
  readonly detail: TotalsDetail | null;
  /** How to walk the role nodes: fixed per compiled scenario. */
  readonly plan: Plan;
  /** One group's sum, when the breakdowns are not kept. */
  readonly scratch: Float64Array;
}

type Groups = { group: number; roles: RoleNode[] }[];

/** Role nodes grouped for summing: by sector (GVA, jobs) or intervention (costs), groups in order. */
interface Plan {
  gva: Groups;
  jobs: Groups;
  cost: Groups;
  privateCost: Groups;
}

/** Groups in index order, each group's roles in model order; groups without roles are left out (they add 0). */
function groupRoles(roles: RoleNode[], groupOf: (role: RoleNode) => number): Groups {
  const byGroup = new Map<number, RoleNode[]>();
  for (const role of roles) {
    const list = byGroup.get(groupOf(role));
    if (list) list.push(role);
    else byGroup.set(groupOf(role), [role]);
  }
  return [...byGroup].sort(([a], [b]) => a - b).map(([group, list]) => ({ group, roles: list }));
}

/** Each lane's net factors, optimism bias and national weights, from the machine's filled parameters. */
export function readLaneFactors(machine: Machine): LaneFactors {
  const { compiled, lanes, mem } = machine;
  const count = compiled.interventions.length;
  const at = (p: number, l: number) => mem[parameterOffset(machine, p) + l]!;
  const factors: LaneFactors = {
    net: new Float64Array(count * lanes),
    bias: new Float64Array(lanes),
    socialProductivity: new Float64Array(count * lanes),
    socialOutput: new Float64Array(count * lanes),
  };
  compiled.interventions.forEach(({ factors: f, national }, i) => {
    for (let l = 0; l < lanes; l++) {
      factors.net[i * lanes + l] = netFactor({
        deadweight: at(f.deadweight, l),
        leakage: at(f.leakage, l),
        displacement: at(f.displacement, l),
        substitution: at(f.substitution, l),
        multiplier: at(f.multiplier, l),
      });
      if (!national) continue;
      const kept = 1 - at(national.displacement, l);
      factors.socialProductivity[i * lanes + l] = kept;
      factors.socialOutput[i * lanes + l] = kept * at(national.labourSupply, l);
    }
  });
  for (let l = 0; l < lanes; l++) factors.bias[l] = 1 + at(compiled.optimismBias, l);
  return factors;
}

export function createYearTotals(machine: Machine, withDetail: boolean): YearTotals {
  const { compiled, lanes } = machine;
  const grouped = (groups: number): GroupedGvaJobs => ({
    gva: new Float64Array(groups * lanes),
    jobs: new Float64Array(groups * lanes),
  });
  const sectors = compiled.sectorIds.length;
  const interventions = compiled.interventions.length;
  const bySector = (role: RoleNode) => role.sector;
  const byIntervention = (role: RoleNode) => role.intervention;
  return {
    lanes,
    netGva: new Float64Array(lanes),
    netJobs: new Float64Array(lanes),
    cost: new Float64Array(lanes),
    privateCost: new Float64Array(lanes),
    socialGva: new Float64Array(lanes),
    factors: readLaneFactors(machine),
    detail: withDetail
      ? {
          sectorNet: grouped(sectors),
          sectorGross: grouped(sectors),
          interventionNet: grouped(interventions),
          interventionGross: grouped(interventions),
          interventionCost: new Float64Array(interventions * lanes),
          interventionPrivateCost: new Float64Array(interventions * lanes),
          interventionSocial: new Float64Array(interventions * lanes),
        }
      : null,
    plan: {
      gva: groupRoles(compiled.roles.gva, bySector),
      jobs: groupRoles(compiled.roles.jobs, bySector),
      cost: groupRoles(compiled.roles.cost, byIntervention),
      privateCost: groupRoles(compiled.roles.privateCost, byIntervention),
    },
    scratch: new Float64Array(lanes),
  };
}

/** Sum the role nodes of the machine's current year (index `year`) into `totals` (every lane). */
export function accumulateYear(machine: Machine, totals: YearTotals, year: number): void {
  const { compiled, lanes } = machine;
  const { detail, plan, factors } = totals;
  const net = (role: RoleNode) => role.intervention * lanes;
  const bias = () => 0;
  // Cash costs are deflated to the price base year first: real(y) = cash(y) x D(base) / D(y).
  const deflate = (role: RoleNode) => (role.cash ? compiled.deflators![year]! : 1);
  const one = () => 1;
  sumGroups(machine, totals, plan.gva, factors.net, net, one, detail?.sectorNet.gva, totals.netGva);
  sumGroups(machine, totals, plan.jobs, factors.net, net, one, detail?.sectorNet.jobs, totals.netJobs);
  sumGroups(machine, totals, plan.cost, factors.bias, bias, deflate, detail?.interventionCost, totals.cost);
  sumGroups(
    machine,
    totals,
    plan.privateCost,
    factors.bias,
    bias,
    deflate,
    detail?.interventionPrivateCost,
    totals.privateCost,
  );
  addSocial(machine, totals);
  if (detail) addGross(machine, detail, factors);
}

/**
 * For each group in order: the sum over its roles in model order of value x scale x factor (the
 * factor per lane, from `factors` at `base(role) + lane`), kept in `keep` (the group's slice) or in
 * the scratch lanes, and added to `total`. A scale of 1 is exact, so real values are value x factor.
 */
function sumGroups(
  machine: Machine,
  totals: YearTotals,
  groups: Groups,
  factors: Float64Array,
  base: (role: RoleNode) => number,
  scale: (role: RoleNode) => number,
  keep: Float64Array | undefined,
  total: Float64Array,
): void {
  const { lanes, mem } = machine;
  total.fill(0);
  for (const { group, roles } of groups) {
    const sum = keep ? keep.subarray(group * lanes, (group + 1) * lanes) : totals.scratch;
    sum.fill(0);
    for (const role of roles) {
      const f = base(role);
      const s = scale(role);
      const offset = nodeOffset(machine, role.node);
      for (let l = 0; l < lanes; l++) sum[l] = sum[l]! + mem[offset + l]! * s * factors[f + l]!;
    }
    for (let l = 0; l < lanes; l++) total[l] = total[l]! + sum[l]!;
  }
}

/**
 * UK social value (docs/method.md section 11): for each assessed intervention, (1 - Dn) x its net
 * productivity GVA plus (1 - Dn) x Ls x its net output GVA, gva nodes in model order.
 */
function addSocial(machine: Machine, totals: YearTotals): void {
  const { compiled, lanes, mem } = machine;
  const { socialGva, factors, detail } = totals;
  socialGva.fill(0);
  detail?.interventionSocial.fill(0);
  for (const role of compiled.roles.gva) {
    if (!compiled.interventions[role.intervention]!.assessed) continue;
    const i = role.intervention * lanes;
    const weights = role.benefit === 'productivity' ? factors.socialProductivity : factors.socialOutput;
    const offset = nodeOffset(machine, role.node);
    for (let l = 0; l < lanes; l++) {
      const value = mem[offset + l]! * factors.net[i + l]! * weights[i + l]!;
      socialGva[l] = socialGva[l]! + value;
      if (detail) detail.interventionSocial[i + l] = detail.interventionSocial[i + l]! + value;
    }
  }
}

/** Gross impacts by sector and by intervention, and net impacts by intervention, roles in model order. */
function addGross(machine: Machine, detail: TotalsDetail, factors: LaneFactors): void {
  const { compiled, lanes, mem } = machine;
  for (const measure of ['gva', 'jobs'] as const) {
    const sectorGross = detail.sectorGross[measure];
    const gross = detail.interventionGross[measure];
    const net = detail.interventionNet[measure];
    sectorGross.fill(0);
    gross.fill(0);
    net.fill(0);
    for (const role of compiled.roles[measure]) {
      const offset = nodeOffset(machine, role.node);
      const s = role.sector * lanes;
      const i = role.intervention * lanes;
      for (let l = 0; l < lanes; l++) {
        const value = mem[offset + l]!;
        sectorGross[s + l] = sectorGross[s + l]! + value;
        gross[i + l] = gross[i + l]! + value;
        net[i + l] = net[i + l]! + value * factors.net[i + l]!;
      }
    }
  }
}
