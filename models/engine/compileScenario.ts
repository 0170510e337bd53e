import type { Expr, FormulaAnalysis } from '../formula/analyse.ts';
import { failure } from '../diagnostics.ts';
import {
  ADDITIONALITY_FACTORS,
  type BenefitKind,
  type Result,
  type Scenario,
  type ScenarioDocument,
} from '../types.ts';
import { discountFactors } from '../appraisal/discount.ts';
import { projectBaselines } from '../baseline/project.ts';
import { DEFLATOR_FIRST_YEAR, deflatorFactors } from '../prices/deflator.ts';
import { checkInheritance, resolveScenario, type AdditionalityFactor } from '../scenario/inheritance.ts';
import { analyseModel, checkScenarioActivity } from './analyseModel.ts';
import { NATIONAL_FIELDS, type NationalField } from './appraisalInputs.ts';
import { assessSocialValue, checkCashRoles, checkPersistArguments, checkRoleSectors } from './compileChecks.ts';
import { emitNode, simplify, type EmitTarget, type SlotResolver } from './emit.ts';
import { resolveParameters, type ResolvedParameter } from './resolveParameters.ts';
import { INSTRUCTION_WIDTH } from './vm.ts';

export type { ResolvedParameter } from './resolveParameters.ts';

export interface RoleNode {
  /** Index into CompiledScenario.nodeIds. */
  node: number;
  intervention: number;
  sector: number;
  /** gva nodes: the kind of benefit (docs/method.md section 11); absent when the node does not say. */
  benefit?: BenefitKind;
  /** cost and privateCost nodes in cash prices, deflated to the price base year (section 13). */
  cash: boolean;
}

/** A switched-on intervention's appraisal inputs, as indexes into CompiledScenario.parameters. */
export interface CompiledIntervention {
  id: string;
  factors: Record<AdditionalityFactor, number>;
  /** Null when the intervention has no national factors. */
  national: Record<NationalField, number> | null;
  /** Its UK social value is assessed: national factors and every gva node's benefit kind stated. */
  assessed: boolean;
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
  /** Nodes whose history delay() and persist() read: each year's value is copied to slot base + year. */
  historyCopies: { from: number; base: number }[];
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
  interventions: CompiledIntervention[];
  /** Index into `parameters` of optimism bias (an appraisal input, drawn like any parameter). */
  optimismBias: number;
  /** Role nodes by role; privateCost nodes enter only the UK social value (docs/method.md section 11). */
  roles: { cost: RoleNode[]; privateCost: RoleNode[]; gva: RoleNode[]; jobs: RoleNode[] };
  /** By horizon year, discounted to `presentValueYear` (docs/method.md sections 6 and 12). */
  discountFactors: number[];
  presentValueYear: number;
  /** D(price base year) / D(year) by horizon year, for cash-price costs; null when there are none. */
  deflators: number[] | null;
  /** Interventions whose UK social value is not assessed, and why (null when all are). */
  social: { notAssessed: string[]; reason: string | null };
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
  // Every result is a sector's GVA, jobs or productivity (totals divide GVA by jobs): with no
  // sectors they would all be 0/0, so say what is missing instead of listing undefined figures.
  if ((doc.baseline?.sectors ?? []).length === 0)
    return failure(
      'run.no-sectors',
      'baseline.sectors',
      'Add a sector in Assumptions (or import a baseline) before anything can be projected: the file has no sectors yet, and every result is a sector’s GVA, jobs or productivity.',
    );
  const model = analyseModel(doc);
  const inheritance = checkInheritance(doc);
  if (inheritance.some((d) => d.severity === 'error')) return { ok: false, diagnostics: inheritance };
  const view = resolveScenario(doc, scenario);
  const problems = [
    ...model.diagnostics,
    ...checkScenarioActivity(doc, scenario, scenarioIndex, model, view.interventions.value),
  ];
  const active = new Set(view.interventions.value);
  const resolved = resolveParameters(doc, view, scenarioIndex, active, options.set ?? {}, problems).byId;
  problems.push(...checkRoleSectors(doc), ...checkCashRoles(doc));
  const evaluated = [...model.byNode.values()].filter(
    ({ node }) => node.intervention === undefined || active.has(node.intervention),
  );
  problems.push(...checkPersistArguments(evaluated, resolved));
  const social = assessSocialValue(
    doc,
    scenario.id,
    active,
    evaluated.map((e) => e.node),
  );
  if (problems.some((d) => d.severity === 'error')) return { ok: false, diagnostics: problems };
  // What to set for UK social value: after any errors, and only for a scenario that can run.
  problems.push(...social.diagnostics);
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
  const historySlot = new Map<string, number>();
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
    history: (id) => {
      const existing = historySlot.get(id);
      if (existing !== undefined) return existing;
      historySlot.set(id, slotCount);
      slotCount += years.length;
      return historySlot.get(id)!;
    },
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

  // The appraisal inputs after the formula parameters: a file whose factors are plain numbers draws
  // nothing for them, so its Monte Carlo stream is what it was before they could be ranged.
  const appraisalIds = [...resolved.keys()].filter((id) => id.includes('.'));
  for (const id of appraisalIds) slots.param(id);
  const usedParameters = [...paramSlot.keys()].map((id) => resolved.get(id)!);
  const parameterIndex = new Map(usedParameters.map((p, i) => [p.id, i]));
  const position = new Map(order.map((id, i) => [id, i]));
  const roles: CompiledScenario['roles'] = { cost: [], privateCost: [], gva: [], jobs: [] };
  for (const { node } of evaluated) {
    if (!node.role) continue;
    roles[node.role].push({
      node: position.get(node.id)!,
      intervention: interventionIndex.get(node.intervention!)!,
      sector: node.sector === undefined ? -1 : (sectorIndex.get(node.sector) ?? -1),
      ...(node.role === 'gva' && node.benefit ? { benefit: node.benefit } : {}),
      cash: (node.role === 'cost' || node.role === 'privateCost') && node.prices === 'cash',
    });
  }
  const presentValueYear = doc.appraisal.presentValueYear ?? startYear;
  const discountOffset = Math.max(0, startYear - presentValueYear);
  const anyCash = roles.cost.some((r) => r.cash) || roles.privateCost.some((r) => r.cash);
  const deflators = anyCash ? deflatorFactors(doc.prices.baseYear, years) : null;
  if (deflators?.some(Number.isNaN))
    return failure(
      'prices.deflator-range',
      'prices.baseYear',
      `Costs in cash prices are deflated with the GDP deflator, which starts in ${DEFLATOR_FIRST_YEAR}; the price base year ${doc.prices.baseYear} and the horizon ${startYear}-${endYear} must be ${DEFLATOR_FIRST_YEAR} or later.`,
    );

  const baseline = projectBaselines(sectors, years);
  if (!baseline.ok) return { ok: false, diagnostics: [...problems, ...baseline.diagnostics] };
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
    historyCopies: [...historySlot].map(([id, base]) => ({ from: nodeSlot.get(id)!, base })),
    uniformCode: relocate(program.uniform),
    broadcastSlots: Int32Array.from(program.broadcast),
    code: relocate(program.varying),
    slotCount,
    sectorIds: sectors.map((s) => s.id),
    baseGva: baseline.value.gva,
    baseJobs: baseline.value.jobs,
    interventions: interventions.map((i) => {
      const index = (id: string) => parameterIndex.get(id)!;
      return {
        id: i.id,
        factors: Object.fromEntries(
          ADDITIONALITY_FACTORS.map((f) => [f, index(`additionality.${i.id}.${f}`)]),
        ) as Record<AdditionalityFactor, number>,
        national: i.national
          ? (Object.fromEntries(NATIONAL_FIELDS.map((f) => [f, index(`national.${i.id}.${f}`)])) as Record<
              NationalField,
              number
            >)
          : null,
        assessed: !social.notAssessed.includes(i.id),
      };
    }),
    optimismBias: parameterIndex.get('appraisal.optimismBias')!,
    roles,
    discountFactors: discountFactors(years.length + discountOffset, doc.appraisal.discountRate).slice(discountOffset),
    presentValueYear,
    deflators,
    social: { notAssessed: social.notAssessed, reason: social.reason },
  };
  return { ok: true, value: compiled, diagnostics: problems };
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
