import { analyseFormula, type FormulaAnalysis } from '../formula/analyse.ts';
import { RESERVED_NAMES } from '../formula/catalogue.ts';
import { error } from '../diagnostics.ts';
import type { Diagnostic, LogicNode, Scenario, ScenarioDocument } from '../types.ts';
import { boxLabel, boxName, parameterName, scenarioName } from '../format/names.ts';

/** Formula analyses of every node with a formula, and the scenario-independent problems found. */
export interface ModelAnalysis {
  byNode: Map<string, { index: number; node: LogicNode; analysis: FormulaAnalysis }>;
  diagnostics: Diagnostic[];
}

const cache = new WeakMap<ScenarioDocument, ModelAnalysis>();

/**
 * Analyses by the structure they depend on. Moving a slider makes a new document whose formulas,
 * links and names are unchanged, so its analysis is the previous one: a 2,000-node model need not
 * re-check 2,000 formulas for a change of value. Everything the analysis reads is in the key.
 */
const byStructure = new Map<string, ModelAnalysis>();
const STRUCTURES_KEPT = 8;

/** Forget analyses kept by structure (a benchmark of a cold compile needs this). */
export function clearAnalysisCache(): void {
  byStructure.clear();
}

function structureKey(doc: ScenarioDocument): string {
  return JSON.stringify([
    // Every node field read from the analysis (here and in compileScenario) must be in the key.
    (doc.logicModel?.nodes ?? []).map((n) => [
      n.id,
      n.expr ?? null,
      n.role ?? null,
      n.intervention ?? null,
      n.sector ?? null,
      n.benefit ?? null,
      n.prices ?? null,
      // Messages name boxes and parameters by label.
      n.label ?? null,
    ]),
    (doc.logicModel?.links ?? []).map((l) => [l.from, l.to]),
    Object.entries(doc.parameters ?? {}).map(([id, p]) => [id, p.label ?? null]),
    (doc.baseline?.sectors ?? []).map((s) => s.id),
  ]);
}

const nodePath = (index: number, field = 'expr') => `logicModel.nodes[${index}].${field}`;

/**
 * Analyse every formula once per document object (documents are immutable values, so the result
 * is cached by identity): whitelist, names, links, cycles, and what role nodes need.
 */
export function analyseModel(doc: ScenarioDocument): ModelAnalysis {
  const cached = cache.get(doc);
  if (cached) return cached;
  const key = structureKey(doc);
  const same = byStructure.get(key);
  if (same) {
    cache.set(doc, same);
    return same;
  }
  const result = analyseUncached(doc);
  if (byStructure.size >= STRUCTURES_KEPT) byStructure.delete(byStructure.keys().next().value!);
  byStructure.set(key, result);
  cache.set(doc, result);
  return result;
}

function analyseUncached(doc: ScenarioDocument): ModelAnalysis {
  const nodes = doc.logicModel?.nodes ?? [];
  const parameterIds = Object.keys(doc.parameters ?? {});
  const names = { nodes: new Set(nodes.map((n) => n.id)), parameters: new Set(parameterIds) };
  const diagnostics: Diagnostic[] = [];
  const byNode: ModelAnalysis['byNode'] = new Map();

  const parameterSet = new Set(parameterIds);
  const sectorIds = new Set((doc.baseline?.sectors ?? []).map((s) => s.id));
  parameterIds.forEach((id) => {
    if (RESERVED_NAMES.has(id))
      diagnostics.push(
        error(
          'ids.reserved',
          `parameters.${id}`,
          `Parameter ${parameterName(id, doc.parameters?.[id])} uses a reserved name (a function, t, year, pi or e); rename it.`,
        ),
      );
  });
  nodes.forEach((node, index) => {
    if (RESERVED_NAMES.has(node.id))
      diagnostics.push(
        error(
          'ids.reserved',
          nodePath(index, 'id'),
          `Box ${boxName(node)} uses a reserved name (a function, t, year, pi or e); rename it.`,
        ),
      );
    if (parameterSet.has(node.id))
      diagnostics.push(
        error(
          'ids.clash',
          nodePath(index, 'id'),
          `Box ${boxName(node)} has the same id as a parameter, so formulas cannot tell them apart; rename one.`,
        ),
      );
    if (node.role && !node.intervention) {
      diagnostics.push(
        error(
          'role.needs-intervention',
          nodePath(index, 'intervention'),
          `Box ${boxName(node)} has role "${node.role}" but belongs to no intervention; costs and impacts are counted per intervention, so choose one.`,
        ),
      );
    }
    if (node.role && (node.expr === undefined || node.expr.trim() === '')) {
      diagnostics.push(
        error(
          'role.needs-formula',
          nodePath(index),
          `Box ${boxName(node)} has role "${node.role}" but no formula; give it one or remove the role.`,
        ),
      );
    }
    if (node.expr === undefined) return;
    const analysis = analyseFormula(node.expr, names);
    byNode.set(node.id, { index, node, analysis });
    for (const sector of analysis.sectorRefs) {
      if (!sectorIds.has(sector))
        diagnostics.push(
          error(
            'formula.unknown-sector',
            nodePath(index),
            `Formula of box ${boxName(node)} names sector "${sector}", which is not in the baseline; use one of ${[...sectorIds].join(', ') || '(none yet)'}.`,
          ),
        );
    }
    for (const d of analysis.diagnostics)
      diagnostics.push({ ...d, path: nodePath(index), message: `Formula of box ${boxName(node)}: ${d.message}` });
  });

  // One at a time: a spread of hundreds of thousands of unlinked references overflows the stack.
  for (const d of checkLinks(doc, byNode)) diagnostics.push(d);
  for (const d of checkCycles(byNode)) diagnostics.push(d);
  return { byNode, diagnostics };
}

/** A formula may use only nodes linked into it (docs/method.md section 3); prev() needs no link. */
function checkLinks(doc: ScenarioDocument, byNode: ModelAnalysis['byNode']): Diagnostic[] {
  const linked = new Set((doc.logicModel?.links ?? []).map((l) => `${l.from}\u0000${l.to}`));
  const nodesById = new Map((doc.logicModel?.nodes ?? []).map((n) => [n.id, n]));
  const out: Diagnostic[] = [];
  for (const [id, { index, node, analysis }] of byNode) {
    for (const ref of analysis.nodeRefs) {
      if (!linked.has(`${ref}\u0000${id}`)) {
        out.push(
          error(
            'formula.unlinked',
            nodePath(index),
            `Formula of box ${boxName(node)} uses box ${boxName(nodesById.get(ref), ref)}, but there is no link from ${boxLabel(nodesById.get(ref), ref)} to ${boxLabel(node)}; add the link (with its rationale) or use prev(${ref}, ...) for last year's value.`,
          ),
        );
      }
    }
  }
  return out;
}

/** Same-year references must form no cycle; each cycle found is reported once, naming its nodes. */
function checkCycles(byNode: ModelAnalysis['byNode']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const found of findCycles(byNode)) {
    // The search follows "uses"; people read links the other way ("feeds"), so reverse it and
    // start from the node that comes first in the file.
    const flow = [...found].reverse();
    const start = flow.reduce((best, id, k) => (byNode.get(id)!.index < byNode.get(flow[best]!)!.index ? k : best), 0);
    const cycle = [...flow.slice(start), ...flow.slice(0, start)];
    const first = byNode.get(cycle[0]!)!;
    const loop = [...cycle, cycle[0]].map((id) => `"${id}"`).join(' -> ');
    out.push(
      error(
        'graph.cycle',
        nodePath(first.index),
        `Formulas form a cycle: ${loop}. Each needs the others in the same year; break it with prev() or remove one of the references.`,
      ),
    );
  }
  return out;
}

/** Iterative depth-first search (a 2,000-node chain must not overflow the stack). */
export function findCycles(byNode: ModelAnalysis['byNode']): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  const cycles: string[][] = [];
  const depsOf = (id: string) => byNode.get(id)?.analysis.nodeRefs.filter((r) => byNode.has(r)) ?? [];
  for (const start of byNode.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    // Each frame lists its dependencies once: recomputing them per step was quadratic in a node's references.
    const stack: { id: string; next: number; deps: string[] }[] = [{ id: start, next: 0, deps: depsOf(start) }];
    state.set(start, 1);
    path.push(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const deps = frame.deps;
      if (frame.next < deps.length) {
        const dep = deps[frame.next++]!;
        const seen = state.get(dep);
        if (seen === 1) cycles.push(path.slice(path.indexOf(dep)));
        else if (seen === undefined) {
          state.set(dep, 1);
          path.push(dep);
          stack.push({ id: dep, next: 0, deps: depsOf(dep) });
        }
      } else {
        state.set(frame.id, 2);
        path.pop();
        stack.pop();
      }
    }
  }
  return cycles;
}

/** Problems that depend on which interventions a scenario switches on (checkModel drops repeats across scenarios). */
export function checkScenarioActivity(
  doc: ScenarioDocument,
  scenario: Scenario,
  scenarioIndex: number,
  model: ModelAnalysis,
  switchedOn: readonly string[],
): Diagnostic[] {
  const active = new Set(switchedOn);
  const isActive = (node: LogicNode) => node.intervention === undefined || active.has(node.intervention);
  const nodesById = new Map((doc.logicModel?.nodes ?? []).map((n) => [n.id, n]));
  const out: Diagnostic[] = [];
  for (const [, { index, node, analysis }] of model.byNode) {
    if (!isActive(node)) continue;
    for (const ref of [...analysis.nodeRefs, ...analysis.prevRefs]) {
      const target = nodesById.get(ref);
      if (!target) continue;
      if (!isActive(target)) {
        out.push(
          error(
            'scenario.inactive-reference',
            `scenarios[${scenarioIndex}].interventions`,
            `In scenario ${scenarioName(scenario)}, box ${boxName(node)} uses box ${boxName(target)} of intervention “${doc.interventions?.find((i) => i.id === target.intervention)?.name ?? target.intervention}”, which this scenario does not switch on; switch it on or change the formula.`,
          ),
        );
      } else if (target.expr === undefined) {
        out.push(
          error(
            'formula.qualitative-reference',
            nodePath(index),
            `Formula of box ${boxName(node)} uses box ${boxName(target)}, which has no formula; give ${boxLabel(target)} a formula or remove the reference.`,
          ),
        );
      }
    }
  }
  return out;
}
