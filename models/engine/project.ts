import { laneResult } from '../appraisal/laneAppraisal.ts';
import { checkFiniteResults } from '../check/finiteResults.ts';
import type {
  Diagnostic,
  InterventionProjection,
  Projection,
  Result,
  ScenarioDocument,
  SectorProjection,
  SeriesGvaJobs,
} from '../types.ts';
import type { GroupedGvaJobs, YearTotals } from './accumulate.ts';
import { compileScenario, type CompileOptions, type CompiledScenario } from './compileScenario.ts';
import { createMachine, fillParameter, nodeOffset } from './machine.ts';
import { runLanes } from './runLanes.ts';
import { DEFLATOR_NOTE } from '../prices/deflator.ts';
import { boxName, scenarioName } from '../format/names.ts';

/** Ids of the cost and private-cost nodes in cash prices, in model order. */
function cashNodes(compiled: CompiledScenario): string[] {
  return [...compiled.roles.cost, ...compiled.roles.privateCost]
    .filter((r) => r.cash)
    .map((r) => r.node)
    .sort((a, b) => a - b)
    .map((n) => compiled.nodeIds[n]!);
}

/**
 * Project one scenario deterministically (every parameter at its value): baseline, gross and net
 * impacts by intervention and sector, totals, productivity and the appraisal (docs/method.md 2-6).
 * It is a one-lane run of the machinery Monte Carlo runs in batches, so a draw with every
 * parameter at its value gives these numbers to the last bit.
 * Never throws for bad input; problems come back as diagnostics with paths.
 */
export function projectScenario(
  doc: ScenarioDocument,
  scenarioId?: string,
  options: CompileOptions = {},
): Result<Projection> {
  const compiled = compileScenario(doc, scenarioId, options);
  if (!compiled.ok) return compiled;
  const run = runOneLane(compiled.value);
  const nonFinite = findNonFinite(compiled.value, run.nodes, doc);
  if (nonFinite) return { ok: false, diagnostics: [nonFinite, ...compiled.diagnostics] };
  const projection = assembleProjection(compiled.value, run);
  const overflow = checkFiniteResults(projection);
  if (overflow.length > 0) return { ok: false, diagnostics: [...overflow, ...compiled.diagnostics] };
  return { ok: true, value: projection, diagnostics: compiled.diagnostics };
}

/** What one lane gives, year by year: every evaluated node, the totals and their breakdowns. */
interface OneLane {
  nodes: Record<string, number[]>;
  netImpact: SeriesGvaJobs;
  cost: number[];
  privateCost: number[];
  socialGva: number[];
  interventionPrivateCost: number[][];
  interventionSocial: number[][];
  sectorNet: SeriesGvaJobs[];
  sectorGross: SeriesGvaJobs[];
  interventionNet: SeriesGvaJobs[];
  interventionGross: SeriesGvaJobs[];
  interventionCost: number[][];
  appraisal: Projection['appraisal'];
}

const zeros = (n: number) => new Array<number>(n).fill(0);
const emptySeries = (n: number): SeriesGvaJobs => ({ gva: zeros(n), jobs: zeros(n) });
const productivity = (gva: number[], jobs: number[]) => gva.map((g, y) => (g * 1e6) / jobs[y]!);

function runOneLane(compiled: CompiledScenario): OneLane {
  const years = compiled.years.length;
  const machine = createMachine(compiled, 1);
  compiled.parameters.forEach((p, i) => fillParameter(machine, i, p.value));
  const series = compiled.nodeIds.map(() => new Array<number>(years));
  const offsets = compiled.nodeIds.map((_, n) => nodeOffset(machine, n));
  const bySector = () => compiled.sectorIds.map(() => emptySeries(years));
  const byIntervention = () => compiled.interventions.map(() => emptySeries(years));
  const out: Omit<OneLane, 'nodes' | 'appraisal'> = {
    netImpact: emptySeries(years),
    cost: zeros(years),
    privateCost: zeros(years),
    socialGva: zeros(years),
    interventionPrivateCost: compiled.interventions.map(() => zeros(years)),
    interventionSocial: compiled.interventions.map(() => zeros(years)),
    sectorNet: bySector(),
    sectorGross: bySector(),
    interventionNet: byIntervention(),
    interventionGross: byIntervention(),
    interventionCost: compiled.interventions.map(() => zeros(years)),
  };
  // With one lane, group g of a grouped total is at index g.
  const record = (to: SeriesGvaJobs[], from: GroupedGvaJobs, y: number) =>
    to.forEach((s, g) => ((s.gva[y] = from.gva[g]!), (s.jobs[y] = from.jobs[g]!)));
  const onYear = (y: number, totals: YearTotals) => {
    for (let n = 0; n < offsets.length; n++) series[n]![y] = machine.mem[offsets[n]!]!;
    out.netImpact.gva[y] = totals.netGva[0]!;
    out.netImpact.jobs[y] = totals.netJobs[0]!;
    out.cost[y] = totals.cost[0]!;
    out.privateCost[y] = totals.privateCost[0]!;
    out.socialGva[y] = totals.socialGva[0]!;
    const detail = totals.detail!;
    record(out.sectorNet, detail.sectorNet, y);
    record(out.sectorGross, detail.sectorGross, y);
    record(out.interventionNet, detail.interventionNet, y);
    record(out.interventionGross, detail.interventionGross, y);
    out.interventionCost.forEach((c, i) => (c[y] = detail.interventionCost[i]!));
    out.interventionPrivateCost.forEach((c, i) => (c[y] = detail.interventionPrivateCost[i]!));
    out.interventionSocial.forEach((c, i) => (c[y] = detail.interventionSocial[i]!));
  };
  const appraisal = runLanes(machine, { detail: true, onYear });
  return {
    ...out,
    nodes: Object.fromEntries(compiled.nodeIds.map((id, n) => [id, series[n]!])),
    appraisal: laneResult(appraisal, 0, {
      discountFactors: compiled.discountFactors,
      presentValueYear: compiled.presentValueYear,
      notAssessed: compiled.social.notAssessed,
      socialReason: compiled.social.reason,
    }),
  };
}

function findNonFinite(
  compiled: CompiledScenario,
  nodes: Record<string, number[]>,
  doc: ScenarioDocument,
): Diagnostic | null {
  for (const id of compiled.nodeIds) {
    const y = nodes[id]!.findIndex((v) => !Number.isFinite(v));
    if (y < 0) continue;
    const index = doc.logicModel.nodes.findIndex((n) => n.id === id);
    const value = nodes[id]![y];
    return {
      severity: 'error',
      code: 'run.non-finite',
      path: `logicModel.nodes[${index}].expr`,
      message: `Box ${boxName(doc.logicModel.nodes[index], id)} evaluates to ${Number.isNaN(value) ? 'an undefined number (NaN)' : 'infinity'} in ${compiled.years[y]} (t = ${y}) in scenario ${scenarioName(compiled.scenario)}; check for a division by zero or a logarithm of a number <= 0.`,
    };
  }
  return null;
}

/** The run --json shape of one lane's results: baselines and projections added, sectors totalled. */
function assembleProjection(compiled: CompiledScenario, run: OneLane): Projection {
  const years = compiled.years.length;
  const interventions: Record<string, InterventionProjection> = {};
  compiled.interventions.forEach(({ id }, i) => {
    interventions[id] = {
      grossImpact: run.interventionGross[i]!,
      netImpact: run.interventionNet[i]!,
      cost: run.interventionCost[i]!,
      privateCost: run.interventionPrivateCost[i]!,
      socialGva: compiled.interventions[i]!.assessed ? run.interventionSocial[i]! : null,
    };
  });

  const sectors: Record<string, SectorProjection> = {};
  compiled.sectorIds.forEach((id, s) => {
    const baseGva = compiled.baseGva[s]!;
    const baseJobs = compiled.baseJobs[s]!;
    const gva = baseGva.map((v, y) => v + run.sectorNet[s]!.gva[y]!);
    const jobs = baseJobs.map((v, y) => v + run.sectorNet[s]!.jobs[y]!);
    sectors[id] = {
      baseline: { gva: baseGva, jobs: baseJobs, productivity: productivity(baseGva, baseJobs) },
      projected: { gva, jobs, productivity: productivity(gva, jobs) },
      grossImpact: run.sectorGross[s]!,
      netImpact: run.sectorNet[s]!,
    };
  });

  // Sectors in baseline order, as the lane totals sum them.
  const bySector = compiled.sectorIds.map((id) => sectors[id]!);
  const sum = (pick: (s: SectorProjection) => number[]) =>
    zeros(years).map((_, y) => bySector.reduce((acc, s) => acc + pick(s)[y]!, 0));
  const baseline = { gva: sum((s) => s.baseline.gva), jobs: sum((s) => s.baseline.jobs) };
  const projected = { gva: sum((s) => s.projected.gva), jobs: sum((s) => s.projected.jobs) };

  return {
    scenario: compiled.scenario.id,
    years: compiled.years,
    total: {
      baseline: { ...baseline, productivity: productivity(baseline.gva, baseline.jobs) },
      projected: { ...projected, productivity: productivity(projected.gva, projected.jobs) },
      grossImpact: { gva: sum((s) => s.grossImpact.gva), jobs: sum((s) => s.grossImpact.jobs) },
      netImpact: run.netImpact,
      cost: run.cost,
      privateCost: run.privateCost,
      socialGva: compiled.social.notAssessed.length === 0 ? run.socialGva : null,
    },
    sectors,
    interventions,
    nodes: run.nodes,
    appraisal: run.appraisal,
    ...(compiled.deflators ? { prices: { cashNodes: cashNodes(compiled), deflator: DEFLATOR_NOTE } } : {}),
  };
}
