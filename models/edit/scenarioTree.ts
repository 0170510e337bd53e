/**
 * The scenarios as a tree (issue 14): each scenario under the one it is `basedOn`, with the packages it
 * `alsoInheritsFrom` listed beside it; and new scenarios made as children of another. A scenario whose
 * parent is unknown or on an inheritance cycle is shown as a root with that fact, so no scenario is
 * ever hidden by a broken file (checkInheritance names the problem).
 */
import { error } from '../diagnostics.ts';
import type { Result, Scenario, ScenarioDocument } from '../types.ts';
import { addScenarioFromOverrides } from './assumptions.ts';
import { setScenarioValue } from './scenarioValues.ts';

export interface ScenarioTreeNode {
  scenario: Scenario;
  /** Its `alsoInheritsFrom` list, in lookup order. */
  packages: string[];
  children: ScenarioTreeNode[];
  /** Set on a root whose `basedOn` names no scenario or leads round a cycle. */
  broken?: 'unknown-parent' | 'cycle';
}

/** The scenarios as a forest in file order: roots are the scenarios based on none. */
export function scenarioTree(doc: ScenarioDocument): ScenarioTreeNode[] {
  const byId = new Map(doc.scenarios.map((s) => [s.id, s]));
  const children = new Map<string, Scenario[]>();
  for (const s of doc.scenarios)
    if (s.basedOn !== undefined && byId.has(s.basedOn) && s.basedOn !== s.id)
      children.set(s.basedOn, [...(children.get(s.basedOn) ?? []), s]);
  const placed = new Set<string>();
  const grow = (s: Scenario): ScenarioTreeNode => {
    placed.add(s.id);
    return {
      scenario: s,
      packages: [...(s.alsoInheritsFrom ?? [])],
      children: (children.get(s.id) ?? []).filter((c) => !placed.has(c.id)).map(grow),
    };
  };
  const roots: ScenarioTreeNode[] = [];
  for (const s of doc.scenarios) {
    if (placed.has(s.id)) continue;
    if (s.basedOn === undefined) roots.push(grow(s));
    else if (!byId.has(s.basedOn)) roots.push({ ...grow(s), broken: 'unknown-parent' });
  }
  // What is left hangs off a basedOn cycle: show each such scenario as a root, marked.
  for (const s of doc.scenarios) if (!placed.has(s.id)) roots.push({ ...grow(s), broken: 'cycle' });
  return roots;
}

/** Every scenario in the tree's reading order with its depth (0 for a root). */
export function flattenScenarioTree(
  nodes: readonly ScenarioTreeNode[],
  depth = 0,
): Array<{ node: ScenarioTreeNode; depth: number }> {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenScenarioTree(node.children, depth + 1)]);
}

/**
 * Adds a scenario based on `parentId`: it inherits everything (interventions, overrides, additionality,
 * optimism bias) and states as its own only the parameter `values` given, each set as
 * setScenarioValue does (an inherited range is kept). How the tree's "New scenario based on" and
 * workshop mode's "keep" make scenarios, so nothing the parent inherits is lost.
 */
export function addScenarioBasedOn(
  doc: ScenarioDocument,
  parentId: string,
  name: string,
  values: Record<string, number> = {},
  description?: string,
): Result<{ doc: ScenarioDocument; id: string }> {
  if (!doc.scenarios.some((s) => s.id === parentId))
    return {
      ok: false,
      diagnostics: [
        error(
          'edit.unknown-scenario',
          'scenarios',
          `There is no scenario "${parentId}" to base a new one on; use one of: ${doc.scenarios.map((s) => s.id).join(', ')}.`,
        ),
      ],
    };
  const added = addScenarioFromOverrides(doc, '', name, {}, description);
  let out: ScenarioDocument = {
    ...added.doc,
    scenarios: added.doc.scenarios.map((s) => {
      if (s.id !== added.id) return s;
      const { interventions: _none, ...rest } = s;
      return { ...rest, basedOn: parentId };
    }),
  };
  for (const [parameterId, value] of Object.entries(values)) {
    const set = setScenarioValue(out, added.id, parameterId, value);
    if (!set.ok) return set;
    out = set.value;
  }
  return { ok: true, value: { doc: out, id: added.id }, diagnostics: [] };
}
