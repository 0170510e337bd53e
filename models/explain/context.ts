/**
 * What a trace compares: the scenario asked about and a reference (docs/contracts.md section 5,
 * `causeway explain`), each read from the engine's own outputs (the projection's yearly node values
 * and baselines) and from the resolved scenario (parameter overrides and additionality through
 * models/scenario/inheritance.ts). Nothing here re-implements the engine: the trace re-evaluates only
 * single formulas, on values the projection already holds.
 *
 * The reference is, in this order: the scenario named with `against`; else the file's business as
 * usual (the first scenario that switches no intervention on); else the same scenario with every
 * intervention switched off.
 *
 * A box of an intervention that one side does not switch on has no value there. Comparing it with 0
 * would make every input of such a box "new" (and a ratio of two new boxes 0/0), so on that side it
 * takes its value in a companion run: the same scenario with the intervention switched on but given
 * no budget (its cost boxes at 0). Context that does not depend on the money (a population of firms,
 * say) then keeps its value and contributes nothing, and the budget's effects are what changes.
 */
import type { AdditionalityValues } from '../appraisal/additionality.ts';
import { failure } from '../diagnostics.ts';
import { projectScenario } from '../engine/index.ts';
import { analyseFormula, type Expr } from '../formula/analyse.ts';
import { ADDITIONALITY_FACTORS } from '../file/shape.ts';
import { centralValue, resolveScenario } from '../scenario/inheritance.ts';
import type { LogicNode, Projection, Result, Scenario, ScenarioDocument } from '../types.ts';

/** One side of the comparison: a projected scenario and the values it resolved. */
export interface Side {
  /** The scenario's name as people read it ("Business as usual"). */
  name: string;
  projection: Projection;
  /**
   * The companion run for boxes of interventions this side does not switch on: those interventions
   * switched on with no budget. Null when the other side switches on nothing this side lacks, or when
   * that run cannot be made (then such boxes count as 0).
   */
  withoutBudget: Projection | null;
  /** Every parameter's value in this scenario (overrides applied, central values). */
  parameters: Record<string, number>;
  /** Each intervention's additionality factors at their central values, scenario overrides applied. */
  additionality: Record<string, AdditionalityValues>;
  /** The interventions switched on. */
  active: ReadonlySet<string>;
}

/** How the reference was chosen, for the trace's heading. */
export interface Reference {
  /** 'scenario': another scenario of the file; 'interventions-off': this scenario with nothing switched on. */
  kind: 'scenario' | 'interventions-off';
  /** The reference scenario's id ('interventions-off': the scenario's own id). */
  id: string;
  name: string;
}

export interface ExplainContext {
  doc: ScenarioDocument;
  scenario: Side & { id: string };
  reference: Side;
  against: Reference;
  years: number[];
  nodes: ReadonlyMap<string, LogicNode>;
  /** Parsed formulas by node id (null when a node has none or it does not parse). */
  formulas: ReadonlyMap<string, Expr | null>;
}

/** The side's values as the scenario resolves them through inheritance. */
function sideOf(doc: ScenarioDocument, scenario: Scenario, projection: Projection, others: ReadonlySet<string>): Side {
  const view = resolveScenario(doc, scenario);
  const parameters: Record<string, number> = {};
  for (const [id, p] of Object.entries(doc.parameters)) parameters[id] = p.value;
  for (const [id, o] of Object.entries(view.overrides)) parameters[id] = centralValue(o.value);
  const additionality: Record<string, AdditionalityValues> = {};
  for (const [id, factors] of Object.entries(view.additionality)) {
    additionality[id] = Object.fromEntries(
      ADDITIONALITY_FACTORS.map((f) => [f, centralValue(factors[f].value)]),
    ) as AdditionalityValues;
  }
  const active = new Set(view.interventions.value);
  const missing = [...others].filter((id) => !active.has(id));
  return {
    name: scenario.name,
    projection,
    withoutBudget: missing.length === 0 ? null : projectWithoutBudget(doc, scenario, [...active], missing),
    parameters,
    additionality,
    active,
  };
}

/** The scenario with `missing` interventions also switched on, their public and private cost boxes at 0. */
function projectWithoutBudget(
  doc: ScenarioDocument,
  scenario: Scenario,
  active: string[],
  missing: string[],
): Projection | null {
  const zeroed = new Set(missing);
  const companion: Scenario = { ...scenario, interventions: [...active, ...missing] };
  const variant: ScenarioDocument = {
    ...doc,
    logicModel: {
      ...doc.logicModel,
      nodes: doc.logicModel.nodes.map((n) =>
        n.intervention !== undefined && zeroed.has(n.intervention) && (n.role === 'cost' || n.role === 'privateCost')
          ? { ...n, expr: '0' }
          : n,
      ),
    },
    scenarios: doc.scenarios.map((s) => (s.id === scenario.id ? companion : s)),
  };
  const run = projectScenario(variant, scenario.id);
  return run.ok ? run.value : null;
}

/** The interventions a scenario switches on. */
function activeIn(doc: ScenarioDocument, scenario: Scenario): Set<string> {
  return new Set(resolveScenario(doc, scenario).interventions.value);
}

/** The scenario that stands for business as usual: the first that switches nothing on. */
export function businessAsUsual(doc: ScenarioDocument): Scenario | undefined {
  return doc.scenarios.find((s) => resolveScenario(doc, s).interventions.value.length === 0);
}

/**
 * Projects the scenario and its reference and gathers what a trace reads. Fails with the engine's
 * diagnostics when either cannot be projected, or with a sentence when an id is unknown.
 */
export function explainContext(doc: ScenarioDocument, scenarioId: string, against?: string): Result<ExplainContext> {
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  const known = doc.scenarios.map((s) => `"${s.id}"`).join(', ');
  if (!scenario)
    return failure('scenario.not-found', 'scenarios', `There is no scenario "${scenarioId}"; the file has ${known}.`);
  const projected = projectScenario(doc, scenarioId);
  if (!projected.ok) return projected;

  let referenceDoc = doc;
  let referenceScenario: Scenario;
  let reference: Reference;
  const chosen = against === undefined ? businessAsUsual(doc) : doc.scenarios.find((s) => s.id === against);
  if (against !== undefined && !chosen)
    return failure(
      'scenario.not-found',
      'scenarios',
      `There is no scenario "${against}" to compare with; the file has ${known}.`,
    );
  if (chosen) {
    referenceScenario = chosen;
    reference = { kind: 'scenario', id: chosen.id, name: chosen.name };
  } else {
    // No business as usual in the file: the same scenario with every intervention switched off.
    referenceScenario = { ...scenario, interventions: [] };
    referenceDoc = { ...doc, scenarios: doc.scenarios.map((s) => (s.id === scenarioId ? referenceScenario : s)) };
    reference = { kind: 'interventions-off', id: scenarioId, name: `${scenario.name} with every intervention off` };
  }
  const referenceProjection = projectScenario(referenceDoc, referenceScenario.id);
  if (!referenceProjection.ok) return referenceProjection;

  const nodes = new Map(doc.logicModel.nodes.map((n) => [n.id, n]));
  const names = { nodes: new Set(nodes.keys()), parameters: new Set(Object.keys(doc.parameters)) };
  const formulas = new Map<string, Expr | null>();
  for (const n of doc.logicModel.nodes) formulas.set(n.id, n.expr ? analyseFormula(n.expr, names).expr : null);

  const activeS = activeIn(doc, scenario);
  const activeR = activeIn(referenceDoc, referenceScenario);
  return {
    ok: true,
    value: {
      doc,
      scenario: { id: scenarioId, ...sideOf(doc, scenario, projected.value, activeR) },
      reference: {
        ...sideOf(referenceDoc, referenceScenario, referenceProjection.value, activeS),
        name: reference.name,
      },
      against: reference,
      years: projected.value.years,
      nodes,
      formulas,
    },
    diagnostics: [...projected.diagnostics, ...referenceProjection.diagnostics],
  };
}

/** Whether the side's own run evaluates the box (its intervention is switched on there, or it has none). */
export function evaluates(side: Side, id: string): boolean {
  return id in side.projection.nodes;
}

/**
 * A box's value in a year on one side: from the side's own run, else from its no-budget companion,
 * else 0 (the box does not exist there).
 */
export function nodeValue(side: Side, id: string, yearIndex: number): number {
  const series = side.projection.nodes[id] ?? side.withoutBudget?.nodes[id];
  return series === undefined ? 0 : series[yearIndex]!;
}

/** A sector's baseline (gva £m, jobs, or productivity in GBP per job) in a year. */
export function baselineValue(side: Side, measure: 'gva' | 'jobs' | 'prod', sector: string, yearIndex: number): number {
  const baseline = side.projection.sectors[sector]?.baseline;
  if (!baseline) return Number.NaN;
  const series = measure === 'gva' ? baseline.gva : measure === 'jobs' ? baseline.jobs : baseline.productivity;
  return series[yearIndex]!;
}
