import type { Expr, FormulaAnalysis } from '../formula/analyse.ts';
import { failure } from '../diagnostics.ts';
import type { Diagnostic, DistributionKind, Result, Scenario, ScenarioDocument } from '../types.ts';
import { discountFactors } from '../appraisal/discount.ts';
import { netFactor } from '../appraisal/additionality.ts';
import { centralValue, checkInheritance, resolveScenario, type ResolvedScenario } from '../scenario/inheritance.ts';
import { analyseModel, checkScenarioActivity } from './analyseModel.ts';
import { emitNode, simplify, type EmitTarget, type SlotResolver } from './emit.ts';
import { INSTRUCTION_WIDTH } from './vm.ts';

/** A parameter as one scenario sees it: overrides and command-line settings applied. */
export interface ResolvedParameter {
  id: string;
  value: number;
  low?: number;
  high?: number;
  distribution: DistributionKind;
  label?: string;
  unit?: string;
}

export interface RoleNode {
  /** Index into CompiledScenario.nodeIds. */
  node: number;
  intervention: number;
  sector: number;
}

/** One scenario's logic model, compiled once: the evaluation plan every run of it reuses. */
export interface CompiledScenario {
  scenario: Scenario;
  years: number[];
  /** Evaluated nodes in dependency order. */
  nodeIds: string[];
  nodeSlots: Int32Array;
  parameters: ResolvedParameter[];
  paramSlots: Int32Array;
  constants: { slot: number; value: number }[];
  timeSlots: { t: number; year: number };
  /** Year-varying baseline values formulas read through base_gva/base_jobs/base_prod. */
  baseSlots: { slot: number; measure: 'gva' | 'jobs' | 'prod'; sector: number }[];
  prevCopies: { from: number; to: number }[];
  /** Instructions that are the same in every lane: run once a year on the first lane. */
  uniformCode: Int32Array;
  /** Slots the uniform program fills that every lane reads. */
  broadcastSlots: Int32Array;
  /** Instructions run over every lane. */
  code: Int32Array;
  slotCount: number;
  sectorIds: string[];
  /** baseGva[sector][year], £m; baseJobs likewise, a count. */
  baseGva: number[][];
  baseJobs: number[][];
  interventions: { id: string; netFactor: number }[];
  /** Role nodes by role; privateCost nodes enter only the UK social value (docs/method.md section 11). */
  roles: { cost: RoleNode[]; privateCost: RoleNode[]; gva: RoleNode[]; jobs: RoleNode[] };
  discountFactors: number[];
  optimismBias: number;
}

export interface CompileOptions {
  /** Parameter values for this run only; they win over the scenario's overrides (`--set`). */
  set?: Record<string, number>;
}

const compiledCache = new WeakMap<ScenarioDocument, Map<string, Result<CompiledScenario>>>();
const COMPILED_PER_DOCUMENT = 64;

/**
 * Compile one scenario of a document. Never throws for bad input: problems come back as
 * diagnostics. Documents are values (an edit makes a new one), so results are cached per document
 * object, scenario and `set`: the tornado, switching values and repeated runs compile once.
 */
export function compileScenario(
  doc: ScenarioDocument,
  scenarioId?: string,
  options: CompileOptions = {},
): Result<CompiledScenario> {
  const key = JSON.stringify([
    scenarioId ?? null,
    Object.entries(options.set ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);
  let perDocument = compiledCache.get(doc);
  const cached = perDocument?.get(key);
  if (cached) return cached;
  const result = compileUncached(doc, scenarioId, options);
  if (!perDocument) compiledCache.set(doc, (perDocument = new Map()));
  if (perDocument.size >= COMPILED_PER_DOCUMENT) perDocument.delete(perDocument.keys().next().value!);
  perDocument.set(key, result);
  return result;
}

function compileUncached(
  doc: ScenarioDocument,
  scenarioId: string | undefined,
  options: CompileOptions,
): Result<CompiledScenario> {
  const scenarios = doc.scenarios ?? [];
  const scenarioIndex = scenarioId === undefined ? 0 : scenarios.findIndex((s) => s.id === scenarioId);
  const scenario = scenarios[scenarioIndex];
  if (!scenario) {
    const known = scenarios.map((s) => `"${s.id}"`).join(', ') || 'none';
    return failure(
      'scenario.not-found',
      'scenarios',
      scenarioId === undefined
        ? 'The file has no scenarios; add one.'
        : `There is no scenario "${scenarioId}"; the file has ${known}.`,
    );
  }
  const model = analyseModel(doc);
  const inheritance = checkInheritance(doc);
  if (inheritance.some((d) => d.severity === 'error')) return { ok: false, diagnostics: inheritance };
  const view = resolveScenario(doc, scenario);
  const problems = [
    ...model.diagnostics,
    ...checkScenarioActivity(doc, scenario, scenarioIndex, model, view.interventions.value),
  ];
  const resolved = resolveParameters(doc, view, scenarioIndex, options.set ?? {}, problems);
  problems.push(...checkRoleSectors(doc));
  if (problems.some((d) => d.severity === 'error')) return { ok: false, diagnostics: problems };

  const active = new Set(view.interventions.value);
  const evaluated = [...model.byNode.values()].filter(
    ({ node }) => node.intervention === undefined || active.has(node.intervention),
  );
  const order = topologicalOrder(evaluated.map(({ node, analysis }) => ({ id: node.id, deps: analysis.nodeRefs })));
  const sectors = doc.baseline.sectors;
  const sectorIndex = new Map(sectors.map((s, i) => [s.id, i]));
  const interventions = doc.interventions.filter((i) => active.has(i.id));
  const interventionIndex = new Map(interventions.map((i, k) => [i.id, k]));
  const { startYear, endYear } = doc.horizon;
  const years = Array.from({ length: endYear - startYear + 1 }, (_, k) => startYear + k);

  // Slot layout: constants, t, year, baselines, parameters, nodes, prev copies, then temporaries.
  let slotCount = 0;
  // By value, except that -0 gets a slot of its own: a Map would merge it with 0 (SameValueZero), and
  // ceil(-0.5) must stay -0, as the function table's scalar implementation has it.
  const constants = new Map<number | 'negative zero', { slot: number; value: number }>();
  const baseSlots = new Map<string, { slot: number; measure: 'gva' | 'jobs' | 'prod'; sector: number }>();
  const paramSlot = new Map<string, number>();
  const nodeSlot = new Map<string, number>();
  const prevSlot = new Map<string, number>();
  const timeSlots = { t: slotCount++, year: slotCount++ };
  order.forEach((id) => nodeSlot.set(id, slotCount++));
  const slots: SlotResolver = {
    constant: (value) => {
      const key = Object.is(value, -0) ? 'negative zero' : value;
      const existing = constants.get(key);
      if (existing) return existing.slot;
      constants.set(key, { slot: slotCount, value });
      return slotCount++;
    },
    time: (name) => timeSlots[name],
    base: (measure, sector) => {
      const key = `${measure}:${sector}`;
      const existing = baseSlots.get(key);
      if (existing) return existing.slot;
      const entry = { slot: slotCount++, measure, sector: sectorIndex.get(sector)! };
      baseSlots.set(key, entry);
      return entry.slot;
    },
    param: (id) => paramSlot.get(id) ?? (paramSlot.set(id, slotCount), slotCount++),
    node: (id) => nodeSlot.get(id)!,
    prev: (id) => prevSlot.get(id) ?? (prevSlot.set(id, slotCount), slotCount++),
    fresh: () => slotCount++,
  };

  const program: EmitTarget = { uniform: [], varying: [], broadcast: [] };
  const isRanged = (id: string) => {
    const p = resolved.get(id);
    return p !== undefined && p.low !== undefined && p.high !== undefined && p.low !== p.high;
  };
  const varyingNodes = nodesReaching(
    evaluated.map(({ node, analysis }) => ({ id: node.id, analysis })),
    isRanged,
  );
  const uniformity = { param: (id: string) => !isRanged(id), node: (id: string) => !varyingNodes.has(id) };
  let temporaries = 0;
  const analysisById = new Map(evaluated.map((e) => [e.node.id, e.analysis]));
  for (const id of order) {
    const expr = simplify(analysisById.get(id)!.expr as Expr);
    temporaries = Math.max(temporaries, emitNode(expr, nodeSlot.get(id)!, slots, program, uniformity));
  }
  const tempBase = slotCount;
  slotCount += temporaries;
  const relocate = (code: number[]) => {
    for (let pc = 0; pc < code.length; pc += INSTRUCTION_WIDTH) {
      for (let k = 1; k < INSTRUCTION_WIDTH; k++) if (code[pc + k]! < 0) code[pc + k] = tempBase - code[pc + k]! - 1;
    }
    return Int32Array.from(code);
  };

  const usedParameters = [...paramSlot.keys()].map((id) => resolved.get(id)!);
  const position = new Map(order.map((id, i) => [id, i]));
  const roles: CompiledScenario['roles'] = { cost: [], privateCost: [], gva: [], jobs: [] };
  for (const { node } of evaluated) {
    if (!node.role) continue;
    roles[node.role].push({
      node: position.get(node.id)!,
      intervention: interventionIndex.get(node.intervention!)!,
      sector: node.sector === undefined ? -1 : (sectorIndex.get(node.sector) ?? -1),
    });
  }

  const compiled: CompiledScenario = {
    scenario,
    years,
    nodeIds: order,
    nodeSlots: Int32Array.from(order.map((id) => nodeSlot.get(id)!)),
    parameters: usedParameters,
    paramSlots: Int32Array.from(usedParameters.map((p) => paramSlot.get(p.id)!)),
    constants: [...constants.values()],
    timeSlots,
    baseSlots: [...baseSlots.values()],
    prevCopies: [...prevSlot].map(([id, to]) => ({ from: nodeSlot.get(id)!, to })),
    uniformCode: relocate(program.uniform),
    broadcastSlots: Int32Array.from(program.broadcast),
    code: relocate(program.varying),
    slotCount,
    sectorIds: sectors.map((s) => s.id),
    baseGva: sectors.map((s) => years.map((y) => s.gva * Math.pow(1 + s.gvaGrowth, y - s.dataYear))),
    baseJobs: sectors.map((s) => years.map((y) => s.jobs * Math.pow(1 + s.jobsGrowth, y - s.dataYear))),
    interventions: interventions.map((i) => {
      const factors = view.additionality[i.id]!;
      return {
        id: i.id,
        netFactor: netFactor({
          deadweight: centralValue(factors.deadweight.value),
          leakage: centralValue(factors.leakage.value),
          displacement: centralValue(factors.displacement.value),
          substitution: centralValue(factors.substitution.value),
          multiplier: centralValue(factors.multiplier.value),
        }),
      };
    }),
    roles,
    discountFactors: discountFactors(years.length, doc.appraisal.discountRate),
    optimismBias: centralValue(view.optimismBias.value),
  };
  return { ok: true, value: compiled, diagnostics: problems };
}

/**
 * Each parameter's value, range and distribution for this scenario (docs/method.md section 7): a number
 * override replaces the value only; an object override brings its own range and distribution.
 */
function resolveParameters(
  doc: ScenarioDocument,
  view: ResolvedScenario,
  scenarioIndex: number,
  set: Record<string, number>,
  problems: Diagnostic[],
): Map<string, ResolvedParameter> {
  const out = new Map<string, ResolvedParameter>();
  for (const [id, p] of Object.entries(doc.parameters ?? {})) {
    out.set(id, {
      id,
      value: p.value,
      low: p.low,
      high: p.high,
      distribution: p.distribution ?? 'triangular',
      label: p.label,
      unit: p.unit,
    });
  }
  const { scenario } = view;
  for (const [id, { value: override, from }] of Object.entries(view.overrides)) {
    const base = out.get(id);
    if (!base) {
      const owner = from ?? scenario.id;
      const ownerIndex = doc.scenarios.findIndex((s) => s.id === owner);
      problems.push({
        severity: 'error',
        code: 'ref.dangling',
        path: `scenarios[${ownerIndex < 0 ? scenarioIndex : ownerIndex}].overrides.${id}`,
        message:
          owner === scenario.id
            ? `Scenario "${scenario.id}" overrides parameter "${id}", which does not exist.`
            : `Scenario "${scenario.id}" inherits from "${owner}" an override of parameter "${id}", which does not exist.`,
      });
      continue;
    }
    if (typeof override === 'number') out.set(id, { ...base, value: override });
    else
      out.set(id, {
        ...base,
        value: override.value,
        low: override.low,
        high: override.high,
        distribution: override.distribution ?? 'triangular',
      });
  }
  for (const [id, value] of Object.entries(set)) {
    const base = out.get(id);
    if (!base) {
      const known = [...out.keys()].join(', ');
      problems.push({
        severity: 'error',
        code: 'set.unknown-parameter',
        path: `parameters.${id}`,
        message: `Cannot set "${id}": the file has no such parameter (it has ${known || 'none'}).`,
      });
    } else if (!Number.isFinite(value)) {
      problems.push({
        severity: 'error',
        code: 'set.not-a-number',
        path: `parameters.${id}`,
        message: `Cannot set "${id}": the value must be a finite number.`,
      });
    } else out.set(id, { ...base, value });
  }
  return out;
}

/**
 * Nodes whose value can differ between lanes: those that use, in the same year or through prev(),
 * a ranged parameter (the ones Monte Carlo samples and the tornado moves) or such a node.
 */
function nodesReaching(
  nodes: { id: string; analysis: FormulaAnalysis }[],
  isRanged: (id: string) => boolean,
): Set<string> {
  const users = new Map<string, string[]>();
  const varying = new Set<string>();
  const queue: string[] = [];
  for (const { id, analysis } of nodes) {
    for (const dep of [...analysis.nodeRefs, ...analysis.prevRefs]) {
      const list = users.get(dep);
      if (list) list.push(id);
      else users.set(dep, [id]);
    }
    if (analysis.parameterRefs.some(isRanged)) {
      varying.add(id);
      queue.push(id);
    }
  }
  while (queue.length > 0) {
    for (const user of users.get(queue.pop()!) ?? []) {
      if (!varying.has(user)) {
        varying.add(user);
        queue.push(user);
      }
    }
  }
  return varying;
}

/** Kahn's algorithm in file order (stable, so runs and diffs are reproducible); cycles were refused earlier. */
function topologicalOrder(items: { id: string; deps: string[] }[]): string[] {
  const ids = new Set(items.map((i) => i.id));
  const pending = new Map(items.map((i) => [i.id, i.deps.filter((d) => ids.has(d)).length]));
  const dependents = new Map<string, string[]>();
  for (const item of items) {
    for (const dep of item.deps) {
      if (!ids.has(dep)) continue;
      const list = dependents.get(dep);
      if (list) list.push(item.id);
      else dependents.set(dep, [item.id]);
    }
  }
  const ready = items.filter((i) => pending.get(i.id) === 0).map((i) => i.id);
  const order: string[] = [];
  for (let k = 0; k < ready.length; k++) {
    const id = ready[k]!;
    order.push(id);
    for (const next of dependents.get(id) ?? []) {
      const left = pending.get(next)! - 1;
      pending.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return order;
}

/** The engine refuses to count an impact it cannot place in a baseline sector. */
function checkRoleSectors(doc: ScenarioDocument): Diagnostic[] {
  const sectors = new Set(doc.baseline.sectors.map((s) => s.id));
  return doc.logicModel.nodes.flatMap((node, index) =>
    (node.role === 'gva' || node.role === 'jobs') && (node.sector === undefined || !sectors.has(node.sector))
      ? [
          {
            severity: 'error' as const,
            code: 'role.sector',
            path: `logicModel.nodes[${index}].sector`,
            message: `Node "${node.id}" has role "${node.role}" but ${node.sector === undefined ? 'names no sector' : `names sector "${node.sector}", which is not in the baseline`}; choose one of ${[...sectors].join(', ')}.`,
          },
        ]
      : [],
  );
}
