/**
 * The arrows of the canvas: one per link between boxes on show, styled by evidence and by whether
 * the target's formula uses the source; and one per pair of groups (or a group and a box) standing
 * for all the links between their collapsed boxes, labelled with how many.
 */
import type { Edge } from '@xyflow/react';
import { isQuantifiedLink, type Diagnostic, type Link, type LogicNode, type ScenarioDocument } from '../engine.ts';
import { LABEL_LIMIT, SAME_STAGE_TARGET, type FlowCache } from './buildFlow.ts';

const EVIDENCE_STYLE: Record<string, { width: number; dash?: string }> = {
  strong: { width: 2.6 },
  moderate: { width: 1.8 },
  weak: { width: 1.4, dash: '6 4' },
  none: { width: 1.2, dash: '2 4' },
};

/**
 * Boxes in one stage sit in one lane, so a link between them drawn right-handle to left-handle
 * loops back across both boxes. Such links leave the source's right edge and come back into the
 * target's right edge in a bracket beside the column (see SameStageEdge).
 */
export function isSameStage(from: LogicNode | undefined, to: LogicNode | undefined): boolean {
  return !!from && !!to && from.id !== to.id && from.stage === to.stage;
}

function sameEdge(a: Edge, b: Edge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.type === b.type &&
    a.targetHandle === b.targetHandle &&
    a.label === b.label &&
    a.style?.stroke === b.style?.stroke &&
    a.style?.strokeWidth === b.style?.strokeWidth &&
    a.style?.strokeDasharray === b.style?.strokeDasharray &&
    a.ariaLabel === b.ariaLabel
  );
}

function kept(cache: FlowCache, edge: Edge): Edge {
  const previous = cache.edges.get(edge.id);
  const out = previous && sameEdge(previous, edge) ? previous : edge;
  cache.edges.set(edge.id, out);
  return out;
}

/** Index of nodes by id, built once per document. */
const indexes = new WeakMap<ScenarioDocument, Map<string, LogicNode>>();
function nodesById(doc: ScenarioDocument): Map<string, LogicNode> {
  let byId = indexes.get(doc);
  if (!byId) indexes.set(doc, (byId = new Map(doc.logicModel.nodes.map((n) => [n.id, n]))));
  return byId;
}

export function linkEdge(doc: ScenarioDocument, l: Link, problems: Map<string, Diagnostic[]>, cache: FlowCache): Edge {
  const byId = nodesById(doc);
  const target = byId.get(l.to);
  // The same rule as the "quantified link without evidence" warning (models/check/linkEvidence.ts).
  const quantified = isQuantifiedLink(doc, l);
  const evidence = l.evidence ?? 'none';
  const style = EVIDENCE_STYLE[evidence] ?? EVIDENCE_STYLE['none']!;
  const found = problems.get(`link:${l.id}`) ?? [];
  // An error (red) or only a warning such as a quantified link without evidence (amber); the label
  // says which in words ("no evidence"), so colour is never the only sign.
  const faulty = found.some((d) => d.severity === 'error');
  const warned = !faulty && found.length > 0;
  const colour = faulty ? '#b42318' : warned ? '#b54708' : quantified ? '#34445a' : '#98a2b3';
  // Labels are measured by the browser one by one; on a very large model they cost more than they
  // tell (line weight and dashes still show the evidence), so they go.
  const labelled = doc.logicModel.links.length <= LABEL_LIMIT;
  return kept(cache, {
    id: l.id,
    source: l.from,
    target: l.to,
    ...(isSameStage(byId.get(l.from), target)
      ? { type: 'stage', targetHandle: SAME_STAGE_TARGET }
      : { type: 'default' }),
    label: labelled ? `${quantified ? 'ƒ · ' : ''}${evidence === 'none' ? 'no evidence' : evidence}` : undefined,
    labelStyle: { fontSize: 10, fill: faulty ? '#b42318' : warned ? '#b54708' : '#4a5565' },
    labelBgStyle: { fill: '#ffffff', fillOpacity: 0.9 },
    labelBgPadding: [3, 1] as [number, number],
    style: { stroke: colour, strokeWidth: style.width, ...(style.dash ? { strokeDasharray: style.dash } : {}) },
    markerEnd: { type: 'arrowclosed' as const, color: colour, width: 16, height: 16 },
    ariaLabel: `${quantified ? 'Quantified' : 'Qualitative'} link from ${byId.get(l.from)?.label ?? l.from} to ${target?.label ?? l.to}, ${evidence === 'none' ? 'no evidence stated' : `${evidence} evidence`}${faulty ? ', with a problem' : warned ? ', with a warning' : ''}`,
    data: { quantified, evidence },
  });
}

/** One arrow per pair of drawn boxes that a collapsed group takes part in, counting its links. */
export function groupEdges(links: readonly Link[], drawnAs: Map<string, string>, cache: FlowCache): Edge[] {
  const counts = new Map<string, { source: string; target: string; count: number }>();
  for (const l of links) {
    const source = drawnAs.get(l.from);
    const target = drawnAs.get(l.to);
    if (!source || !target || source === target) continue;
    if (source === l.from && target === l.to) continue;
    const id = `grouped:${source}->${target}`;
    const entry = counts.get(id);
    if (entry) entry.count += 1;
    else counts.set(id, { source, target, count: 1 });
  }
  return [...counts].map(([id, { source, target, count }]) =>
    kept(cache, {
      id,
      source,
      target,
      type: 'default',
      selectable: false,
      label: `${count} link${count === 1 ? '' : 's'}`,
      labelStyle: { fontSize: 11, fill: '#34445a' },
      labelBgStyle: { fill: '#ffffff', fillOpacity: 0.9 },
      style: { stroke: '#5f6b7a', strokeWidth: Math.min(6, 1.2 + Math.log2(count)) },
      markerEnd: { type: 'arrowclosed' as const, color: '#5f6b7a', width: 16, height: 16 },
      ariaLabel: `${count} link${count === 1 ? '' : 's'} between grouped boxes`,
    }),
  );
}
