/**
 * Which parameters workshop mode shows as sliders. The facilitator's choice, in their order, is kept
 * in the file (`meta.workshop.parameters`); without one the workshop starts from the parameters
 * that set a cost (the budget), then those that move NPV most (tornado swing), six in all.
 */
import { runTornado, type ScenarioDocument } from '../engine.ts';

const DEFAULT_COUNT = 6;

/** Parameters that cost boxes' formulas use: the budget of each intervention, first. */
function costParameters(doc: ScenarioDocument): string[] {
  const ids = Object.keys(doc.parameters);
  const out: string[] = [];
  for (const n of doc.logicModel.nodes) {
    if (n.role !== 'cost' || !n.expr) continue;
    for (const name of n.expr.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])
      if (ids.includes(name) && !out.includes(name) && doc.parameters[name]!.low !== undefined) out.push(name);
  }
  return out;
}

export function workshopParameters(doc: ScenarioDocument, scenarioId: string): { ids: string[]; chosen: boolean } {
  const chosen = (doc.meta.workshop?.parameters ?? []).filter((id) => doc.parameters[id]);
  if (chosen.length > 0) return { ids: chosen, chosen: true };
  const tornado = runTornado(doc, scenarioId, { metric: 'npv' });
  // The ranking also covers appraisal inputs (additionality, optimism bias) by their own ids: only
  // parameters can be what-if values, so only they become sliders.
  const ranked = tornado.ok
    ? tornado.value.parameters.filter((p) => p.swing > 0 && doc.parameters[p.id]).map((p) => p.id)
    : [];
  const ranged = Object.entries(doc.parameters)
    .filter(([, p]) => p.low !== undefined && p.high !== undefined)
    .map(([id]) => id);
  return { ids: [...new Set([...costParameters(doc), ...ranked, ...ranged])].slice(0, DEFAULT_COUNT), chosen: false };
}

/** The interventions whose boxes' formulas use parameter `id`. */
function interventionsUsing(doc: ScenarioDocument, id: string): string[] {
  const word = new RegExp(`(^|[^A-Za-z0-9_])${id}([^A-Za-z0-9_]|$)`);
  const ids = new Set<string>();
  for (const n of doc.logicModel.nodes) if (n.intervention && n.expr && word.test(n.expr)) ids.add(n.intervention);
  return [...ids];
}

/**
 * A slider's name: the parameter's label, and where another parameter has the same label (each
 * intervention of a mix has its "Programme budget a year"), the intervention it belongs to, or its
 * id when no single intervention uses it.
 */
export function sliderLabel(doc: ScenarioDocument, id: string): string {
  const label = doc.parameters[id]?.label ?? id;
  const shared = Object.entries(doc.parameters).some(([other, p]) => other !== id && (p.label ?? other) === label);
  if (!shared) return label;
  const [only, ...more] = interventionsUsing(doc, id);
  const name = only && more.length === 0 ? doc.interventions.find((i) => i.id === only)?.name : undefined;
  return `${label} (${name ?? id})`;
}
