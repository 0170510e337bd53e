/**
 * Pure edit operations on the logic model: each takes a document and returns a new one (structural
 * sharing, never mutation), so the renderer's undo history can keep every version cheaply and the
 * CLI can reuse the same rules. Unknown ids leave the document unchanged: the UI only offers ids that
 * exist, and a no-op is safer than a throw inside a keystroke handler.
 */
import type { Layout, Link, LogicNode, ScenarioDocument, Stage } from '../types.ts';

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

/** True when `id` is a valid formula name (docs/contracts.md: nodes and parameters share this pattern). */
export function isValidNameId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Every name a formula can see: node ids and parameter ids share one namespace. */
function takenNames(doc: ScenarioDocument): Set<string> {
  return new Set([...doc.logicModel.nodes.map((n) => n.id), ...Object.keys(doc.parameters)]);
}

/** A readable, unused formula name derived from a label ("Firms supported" -> "firms_supported"). */
export function uniqueNodeId(doc: ScenarioDocument, label: string): string {
  let stem = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(stem)) stem = `node_${stem}`.replace(/_+$/, '');
  stem = stem.slice(0, 40) || 'node';
  const taken = takenNames(doc);
  if (!taken.has(stem)) return stem;
  for (let i = 2; ; i++) if (!taken.has(`${stem}_${i}`)) return `${stem}_${i}`;
}

function uniqueLinkId(doc: ScenarioDocument, from: string, to: string): string {
  const taken = new Set(doc.logicModel.links.map((l) => l.id));
  const stem = `${from}-${to}`.replace(/_/g, '-');
  if (!taken.has(stem)) return stem;
  for (let i = 2; ; i++) if (!taken.has(`${stem}-${i}`)) return `${stem}-${i}`;
}

function withModel(doc: ScenarioDocument, patch: Partial<ScenarioDocument['logicModel']>): ScenarioDocument {
  return { ...doc, logicModel: { ...doc.logicModel, ...patch } };
}

export interface NewNode {
  stage: Stage;
  label: string;
  intervention?: string;
  id?: string;
  position?: { x: number; y: number };
}

/** Adds a node (with an id derived from its label unless given) and returns the document and the id. */
export function addNode(doc: ScenarioDocument, spec: NewNode): { doc: ScenarioDocument; id: string } {
  const id =
    spec.id && isValidNameId(spec.id) && !takenNames(doc).has(spec.id) ? spec.id : uniqueNodeId(doc, spec.label);
  const node: LogicNode = { id, stage: spec.stage, label: spec.label };
  if (spec.intervention) node.intervention = spec.intervention;
  const layout: Layout | undefined = spec.position
    ? { ...(doc.logicModel.layout ?? {}), [id]: spec.position }
    : doc.logicModel.layout;
  const next = withModel(doc, { nodes: [...doc.logicModel.nodes, node], ...(layout ? { layout } : {}) });
  return { doc: next, id };
}

/**
 * Changes a node's fields. Optional fields set to `undefined` or '' are removed, so the saved file
 * does not carry empty keys that would show up as noise in a diff.
 */
export function updateNode(doc: ScenarioDocument, id: string, patch: Partial<Omit<LogicNode, 'id'>>): ScenarioDocument {
  const index = doc.logicModel.nodes.findIndex((n) => n.id === id);
  if (index < 0) return doc;
  const node: LogicNode = { ...doc.logicModel.nodes[index]!, ...patch };
  for (const key of Object.keys(patch)) {
    const value = (node as Record<string, unknown>)[key];
    if (value === undefined || (value === '' && key !== 'label')) delete (node as Record<string, unknown>)[key];
  }
  const nodes = doc.logicModel.nodes.slice();
  nodes[index] = node;
  return withModel(doc, { nodes });
}

/** Replaces whole-word uses of a formula name, leaving string literals such as "ck" alone. */
export function renameInFormula(expr: string, from: string, to: string): string {
  return expr
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(new RegExp(`(?<![A-Za-z0-9_.])${from}(?![A-Za-z0-9_])`, 'g'), to),
    )
    .join('');
}

/**
 * Renames a node's id (its formula name) and every reference to it: formulas, links and layout.
 * Returns the document unchanged when the new id is invalid or taken.
 */
export function renameNodeId(doc: ScenarioDocument, from: string, to: string): ScenarioDocument {
  if (from === to || !isValidNameId(to) || takenNames(doc).has(to)) return doc;
  if (!doc.logicModel.nodes.some((n) => n.id === from)) return doc;
  const nodes = doc.logicModel.nodes.map((n) => {
    const renamed = n.id === from ? { ...n, id: to } : n;
    return renamed.expr ? { ...renamed, expr: renameInFormula(renamed.expr, from, to) } : renamed;
  });
  const links = doc.logicModel.links.map((l) =>
    l.from === from || l.to === from ? { ...l, from: l.from === from ? to : l.from, to: l.to === from ? to : l.to } : l,
  );
  let layout = doc.logicModel.layout;
  if (layout && layout[from]) {
    const { [from]: position, ...rest } = layout;
    layout = { ...rest, [to]: position! };
  }
  return withModel(doc, { nodes, links, ...(layout ? { layout } : {}) });
}

/** Deletes nodes together with every link into or out of them, and their layout entries. */
export function deleteNodes(doc: ScenarioDocument, ids: readonly string[]): ScenarioDocument {
  const gone = new Set(ids);
  if (!doc.logicModel.nodes.some((n) => gone.has(n.id))) return doc;
  const nodes = doc.logicModel.nodes.filter((n) => !gone.has(n.id));
  const links = doc.logicModel.links.filter((l) => !gone.has(l.from) && !gone.has(l.to));
  let layout = doc.logicModel.layout;
  if (layout) layout = Object.fromEntries(Object.entries(layout).filter(([id]) => !gone.has(id)));
  return withModel(doc, { nodes, links, ...(layout ? { layout } : {}) });
}

export function deleteNode(doc: ScenarioDocument, id: string): ScenarioDocument {
  return deleteNodes(doc, [id]);
}

/** Copies a node (not its links: a copy's formula usually needs new inputs) next to the original. */
export function duplicateNode(doc: ScenarioDocument, id: string): { doc: ScenarioDocument; id: string } {
  const source = doc.logicModel.nodes.find((n) => n.id === id);
  if (!source) return { doc, id };
  const newId = uniqueNodeId(doc, `${source.id}_copy`);
  const copy: LogicNode = { ...source, id: newId, label: `${source.label} (copy)` };
  const at = doc.logicModel.layout?.[id];
  const layout = at ? { ...doc.logicModel.layout, [newId]: { x: at.x + 30, y: at.y + 90 } } : doc.logicModel.layout;
  return { doc: withModel(doc, { nodes: [...doc.logicModel.nodes, copy], ...(layout ? { layout } : {}) }), id: newId };
}

/** Adds a link unless it would duplicate one or join a node to itself; returns the link's id. */
export function addLink(
  doc: ScenarioDocument,
  from: string,
  to: string,
  extra: Partial<Omit<Link, 'id' | 'from' | 'to'>> = {},
): { doc: ScenarioDocument; id: string | null } {
  if (from === to) return { doc, id: null };
  const ids = new Set(doc.logicModel.nodes.map((n) => n.id));
  if (!ids.has(from) || !ids.has(to)) return { doc, id: null };
  const existing = doc.logicModel.links.find((l) => l.from === from && l.to === to);
  if (existing) return { doc, id: existing.id };
  const id = uniqueLinkId(doc, from, to);
  const link: Link = { id, from, to, ...extra };
  return { doc: withModel(doc, { links: [...doc.logicModel.links, link] }), id };
}

export function updateLink(
  doc: ScenarioDocument,
  id: string,
  patch: Partial<Omit<Link, 'id' | 'from' | 'to'>>,
): ScenarioDocument {
  const index = doc.logicModel.links.findIndex((l) => l.id === id);
  if (index < 0) return doc;
  const link: Link = { ...doc.logicModel.links[index]!, ...patch };
  for (const key of Object.keys(patch)) {
    const value = (link as Record<string, unknown>)[key];
    if (value === undefined || value === '') delete (link as Record<string, unknown>)[key];
  }
  const links = doc.logicModel.links.slice();
  links[index] = link;
  return withModel(doc, { links });
}

export function deleteLinks(doc: ScenarioDocument, ids: readonly string[]): ScenarioDocument {
  const gone = new Set(ids);
  if (!doc.logicModel.links.some((l) => gone.has(l.id))) return doc;
  return withModel(doc, { links: doc.logicModel.links.filter((l) => !gone.has(l.id)) });
}

export function deleteLink(doc: ScenarioDocument, id: string): ScenarioDocument {
  return deleteLinks(doc, [id]);
}

/** Stores canvas positions (domain coordinates) for the given nodes, merging with the rest. */
export function setLayout(doc: ScenarioDocument, positions: Layout): ScenarioDocument {
  return withModel(doc, { layout: { ...(doc.logicModel.layout ?? {}), ...positions } });
}
