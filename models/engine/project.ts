import { appraise } from '../appraisal/appraise.ts';
import type {
  Diagnostic,
  InterventionProjection,
  Projection,
  Result,
  ScenarioDocument,
  SectorProjection,
  SeriesGvaJobs,
} from '../types.ts';
import { compileScenario, type CompileOptions, type CompiledScenario } from './compileScenario.ts';
import { createMachine, fillParameter, nodeOffset, runYears } from './machine.ts';

/**
 * Project one scenario deterministically (every parameter at its value): baseline, gross and net
 * impacts by intervention and sector, totals, productivity and the appraisal (method.md 2-6).
 * Never throws for bad input; problems come back as diagnostics with paths.
 */
export function projectScenario(
  doc: ScenarioDocument,
  scenarioId?: string,
  options: CompileOptions = {},
): Result<Projection> {
  const compiled = compileScenario(doc, scenarioId, options);
  if (!compiled.ok) return compiled;
  const nodes = evaluateNodes(compiled.value);
  const nonFinite = findNonFinite(compiled.value, nodes, doc);
  if (nonFinite) return { ok: false, diagnostics: [...compiled.diagnostics, nonFinite] };
  return { ok: true, value: assembleProjection(compiled.value, nodes), diagnostics: compiled.diagnostics };
}

/** One deterministic lane: every evaluated node's value in every year. */
export function evaluateNodes(compiled: CompiledScenario): Record<string, number[]> {
  const machine = createMachine(compiled, 1);
  compiled.parameters.forEach((p, i) => fillParameter(machine, i, p.value));
  const series = compiled.nodeIds.map(() => new Array<number>(compiled.years.length));
  const offsets = compiled.nodeIds.map((_, n) => nodeOffset(machine, n));
  runYears(machine, (y) => {
    for (let n = 0; n < offsets.length; n++) series[n]![y] = machine.mem[offsets[n]!]!;
  });
  return Object.fromEntries(compiled.nodeIds.map((id, n) => [id, series[n]!]));
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
      message: `Node "${id}" evaluates to ${Number.isNaN(value) ? 'an undefined number (NaN)' : 'infinity'} in ${compiled.years[y]} (t = ${y}) in scenario "${compiled.scenario.id}"; check for a division by zero or a logarithm of a number <= 0.`,
    };
  }
  return null;
}

const zeros = (n: number) => new Array<number>(n).fill(0);
const emptySeries = (n: number): SeriesGvaJobs => ({ gva: zeros(n), jobs: zeros(n) });
const productivity = (gva: number[], jobs: number[]) => gva.map((g, y) => (g * 1e6) / jobs[y]!);

/** Sums node values into the run --json shape; the same arithmetic as the lane totals of Monte Carlo. */
export function assembleProjection(compiled: CompiledScenario, nodes: Record<string, number[]>): Projection {
  const years = compiled.years.length;
  const series = (n: number) => nodes[compiled.nodeIds[n]!]!;
  const interventions: Record<string, InterventionProjection> = {};
  for (const i of compiled.interventions)
    interventions[i.id] = { grossImpact: emptySeries(years), netImpact: emptySeries(years), cost: zeros(years) };
  const sectorGross = compiled.sectorIds.map(() => emptySeries(years));
  const sectorNet = compiled.sectorIds.map(() => emptySeries(years));

  for (const measure of ['gva', 'jobs'] as const) {
    for (const role of compiled.roles[measure]) {
      const { id, netFactor } = compiled.interventions[role.intervention]!;
      const values = series(role.node);
      for (let y = 0; y < years; y++) {
        interventions[id]!.grossImpact[measure][y]! += values[y]!;
        interventions[id]!.netImpact[measure][y]! += values[y]! * netFactor;
        sectorGross[role.sector]![measure][y]! += values[y]!;
        sectorNet[role.sector]![measure][y]! += values[y]! * netFactor;
      }
    }
  }
  for (const role of compiled.roles.cost) {
    const values = series(role.node);
    const cost = interventions[compiled.interventions[role.intervention]!.id]!.cost;
    for (let y = 0; y < years; y++) cost[y]! += values[y]! * (1 + compiled.optimismBias);
  }

  const sectors: Record<string, SectorProjection> = {};
  compiled.sectorIds.forEach((id, s) => {
    const baseGva = compiled.baseGva[s]!;
    const baseJobs = compiled.baseJobs[s]!;
    const gva = baseGva.map((v, y) => v + sectorNet[s]!.gva[y]!);
    const jobs = baseJobs.map((v, y) => v + sectorNet[s]!.jobs[y]!);
    sectors[id] = {
      baseline: { gva: baseGva, jobs: baseJobs, productivity: productivity(baseGva, baseJobs) },
      projected: { gva, jobs, productivity: productivity(gva, jobs) },
      grossImpact: sectorGross[s]!,
      netImpact: sectorNet[s]!,
    };
  });

  const sum = (pick: (s: SectorProjection) => number[]) =>
    zeros(years).map((_, y) => Object.values(sectors).reduce((acc, s) => acc + pick(s)[y]!, 0));
  const baseline = { gva: sum((s) => s.baseline.gva), jobs: sum((s) => s.baseline.jobs) };
  const projected = { gva: sum((s) => s.projected.gva), jobs: sum((s) => s.projected.jobs) };
  const netImpact = { gva: sum((s) => s.netImpact.gva), jobs: sum((s) => s.netImpact.jobs) };
  const cost = zeros(years).map((_, y) => Object.values(interventions).reduce((acc, i) => acc + i.cost[y]!, 0));

  return {
    scenario: compiled.scenario.id,
    years: compiled.years,
    total: {
      baseline: { ...baseline, productivity: productivity(baseline.gva, baseline.jobs) },
      projected: { ...projected, productivity: productivity(projected.gva, projected.jobs) },
      grossImpact: { gva: sum((s) => s.grossImpact.gva), jobs: sum((s) => s.grossImpact.jobs) },
      netImpact,
      cost,
    },
    sectors,
    interventions,
    nodes,
    appraisal: appraise({
      netGva: netImpact.gva,
      netJobs: netImpact.jobs,
      cost,
      discountFactors: compiled.discountFactors,
    }),
  };
}
