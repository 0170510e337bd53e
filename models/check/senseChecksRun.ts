/**
 * Sense checks that need the model's numbers: links whose source only scales the formula it feeds,
 * costs per output against a stated benchmark, and delivery that starts before the budget. Each
 * intervention is read in the first scenario that switches it on (shared boxes in the first scenario);
 * see senseChecks.ts for why each check matters.
 */
import type { Expr } from '../formula/analyse.ts';
import { analyseFormula } from '../formula/analyse.ts';
import { nearlyEqual } from '../formula/functions.ts';
import { formatGbp } from '../format/index.ts';
import { resolveScenario } from '../scenario/inheritance.ts';
import type { LogicNode, Projection, Result, ScenarioDocument } from '../types.ts';
import type { Finding } from './senseChecks.ts';

type Project = (doc: ScenarioDocument, scenarioId: string) => Result<Projection>;

export function runChecks(doc: ScenarioDocument, project: Project): Finding[] {
  const runs = new Map<string, Projection | null>();
  // The projection that evaluates an intervention's boxes (or the shared ones): null if none can.
  const runFor = (intervention: string | undefined): Projection | null => {
    const key = intervention ?? '';
    if (runs.has(key)) return runs.get(key)!;
    const scenario = doc.scenarios.find(
      (s) => intervention === undefined || resolveScenario(doc, s).interventions.value.includes(intervention),
    );
    const result = scenario ? project(doc, scenario.id) : null;
    const run = result?.ok ? result.value : null;
    runs.set(key, run);
    return run;
  };
  return [...scalingLinks(doc, runFor), ...costPerOutput(doc, runFor), ...deliveryBeforeBudget(doc, runFor)];
}

/**
 * Whether every use of `id` in the formula multiplies or divides something else (directly, or
 * through further products and quotients): a unit conversion or a scale, not a term of its own.
 */
export function onlyScales(expr: Expr, id: string): boolean {
  let found = false;
  let scaling = true;
  const walk = (e: Expr, state: 'root' | 'scale' | 'other') => {
    switch (e.kind) {
      case 'node':
        if (e.id === id) {
          found = true;
          if (state !== 'scale') scaling = false;
        }
        return;
      case 'binary': {
        const inner = (e.op === 'multiply' || e.op === 'divide') && state !== 'other' ? 'scale' : 'other';
        walk(e.left, inner);
        walk(e.right, inner);
        return;
      }
      case 'unary':
        return walk(e.arg, e.op === 'not' ? 'other' : state);
      case 'cond':
        return [e.test, e.then, e.otherwise].forEach((x) => walk(x, 'other'));
      case 'call':
        return e.args.forEach((x) => walk(x, 'other'));
      case 'prev':
        return walk(e.init, 'other');
      default:
        return;
    }
  };
  walk(expr, 'root');
  return found && scaling;
}

/** Boxes whose values depend, through formulas in the same year or through prev(), on a cost box. */
function drivenByBudget(doc: ScenarioDocument, refs: Map<string, string[]>): Set<string> {
  const users = new Map<string, string[]>();
  for (const [id, deps] of refs) for (const dep of deps) users.set(dep, [...(users.get(dep) ?? []), id]);
  const driven = new Set<string>();
  const queue = doc.logicModel.nodes.filter((n) => n.role === 'cost' || n.role === 'privateCost').map((n) => n.id);
  queue.forEach((id) => driven.add(id));
  while (queue.length > 0) {
    for (const user of users.get(queue.pop()!) ?? []) {
      if (!driven.has(user)) {
        driven.add(user);
        queue.push(user);
      }
    }
  }
  return driven;
}

function scalingLinks(doc: ScenarioDocument, runFor: (iv: string | undefined) => Projection | null): Finding[] {
  const names = {
    nodes: new Set(doc.logicModel.nodes.map((n) => n.id)),
    parameters: new Set(Object.keys(doc.parameters)),
  };
  const parsed = new Map<string, { expr: Expr; nodeRefs: string[] }>();
  const refs = new Map<string, string[]>();
  for (const n of doc.logicModel.nodes) {
    if (!n.expr) continue;
    const a = analyseFormula(n.expr, names);
    if (!a.expr) continue;
    parsed.set(n.id, { expr: a.expr, nodeRefs: a.nodeRefs });
    refs.set(n.id, [...a.nodeRefs, ...a.prevRefs]);
  }
  const driven = drivenByBudget(doc, refs);
  const byId = new Map(doc.logicModel.nodes.map((n) => [n.id, n]));
  return doc.logicModel.links.flatMap((l, k) => {
    const target = parsed.get(l.to);
    const source = byId.get(l.from);
    if (!target || !source || driven.has(l.from) || !target.nodeRefs.includes(l.from)) return [];
    if (!onlyScales(target.expr, l.from)) return [];
    const values = runFor(byId.get(l.to)!.intervention)?.nodes[l.from];
    if (!values || values.some((v) => !nearlyEqual(v, values[0]!))) return [];
    return [
      {
        check: 'logic.scaling-link' as const,
        subject: l.id,
        path: `logicModel.links[${k}]`,
        message: `"${byId.get(l.to)!.label}" uses "${source.label}" only to scale or convert: it is the same every year and the budget does not change it, so this link is context, not a cause. Show it as context, or dismiss this note saying why it belongs in the chain.`,
      },
    ];
  });
}

/** A box's values added up over the horizon. */
const total = (run: Projection, id: string) => (run.nodes[id] ?? []).reduce((a, b) => a + b, 0);

const costBoxes = (doc: ScenarioDocument, intervention: string): LogicNode[] =>
  doc.logicModel.nodes.filter((n) => n.intervention === intervention && n.role === 'cost');

function costPerOutput(doc: ScenarioDocument, runFor: (iv: string | undefined) => Projection | null): Finding[] {
  return (doc.logicModel.context?.costPerOutput ?? []).flatMap((b, k) => {
    const path = `logicModel.context.costPerOutput[${k}]`;
    const finding = (message: string): Finding[] => [
      { check: 'logic.cost-per-output', subject: b.node, path, message },
    ];
    const node = doc.logicModel.nodes.find((n) => n.id === b.node);
    if (!node)
      return finding(
        `The cost benchmark names box "${b.node}", which is not in the logic model; choose an output box.`,
      );
    if (node.intervention === undefined)
      return finding(
        `The cost benchmark's box "${node.label}" belongs to no intervention, so it has no cost to compare; choose an output of an intervention.`,
      );
    const run = runFor(node.intervention);
    if (!run || !(node.id in run.nodes)) return [];
    const output = total(run, node.id);
    const cost = costBoxes(doc, node.intervention).reduce((sum, c) => sum + total(run, c.id), 0) * 1e6;
    if (output <= 0)
      return finding(
        `"${node.label}" adds up to no output over the horizon, so its cost per unit cannot be compared with the benchmark of ${formatGbp(b.gbpPerUnit)}.`,
      );
    const perUnit = cost / output;
    const tolerance = b.tolerance ?? 0.5;
    if (Math.abs(perUnit - b.gbpPerUnit) <= tolerance * Math.abs(b.gbpPerUnit)) return [];
    return finding(
      `Each unit of "${node.label}" costs ${formatGbp(perUnit)} of public money (cost boxes over the horizon before optimism bias, divided by the box's yearly values added up), ${perUnit > b.gbpPerUnit ? 'above' : 'below'} the stated benchmark of ${formatGbp(b.gbpPerUnit)} by more than ${Math.round(tolerance * 100)}%: check the unit costs or the targets.`,
    );
  });
}

function deliveryBeforeBudget(doc: ScenarioDocument, runFor: (iv: string | undefined) => Projection | null): Finding[] {
  return doc.interventions.flatMap((iv, k) => {
    const costs = costBoxes(doc, iv.id);
    if (costs.length === 0) return [];
    const run = runFor(iv.id);
    if (!run) return [];
    const firstNonZero = (ids: string[]) => {
      const y = run.years.findIndex((_, y) => ids.some((id) => (run.nodes[id]?.[y] ?? 0) !== 0));
      return y < 0 ? Number.POSITIVE_INFINITY : y;
    };
    const budgetFrom = firstNonZero(costs.map((c) => c.id));
    const early = doc.logicModel.nodes
      .filter((n) => n.intervention === iv.id && (n.stage === 'activity' || n.stage === 'output'))
      .map((n) => ({ n, from: firstNonZero([n.id]) }))
      .filter(({ from }) => from < budgetFrom);
    if (early.length === 0) return [];
    const boxes = early.map(({ n, from }) => `"${n.label}" from ${run.years[from]}`).join(', ');
    const budget = Number.isFinite(budgetFrom)
      ? `the budget starts in ${run.years[budgetFrom]}`
      : 'it has no budget in any year';
    return [
      {
        check: 'logic.delivery-before-budget' as const,
        subject: iv.id,
        path: `interventions[${k}]`,
        message: `"${iv.name}" delivers before it is paid for: ${boxes}, but ${budget}. Start delivery with (or after) the money, allowing for procurement and recruitment.`,
      },
    ];
  });
}
