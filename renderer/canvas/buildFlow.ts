/**
 * Turns the domain logic model into React Flow nodes and edges. React Flow objects are a view: they
 * are rebuilt from the document and never saved; positions go back into `logicModel.layout`.
 */
import type { Edge, Node } from '@xyflow/react';
import {
  LANE_TOP,
  LANE_WIDTH,
  STAGES,
  analyseFormula,
  laneX,
  type Diagnostic,
  type Layout,
  type LogicNode,
  type ScenarioDocument,
} from '../engine.ts';
import { interventionColour } from '../colours.ts';
import { STAGE_LABELS } from '../format.ts';

export interface LogicNodeData extends Record<string, unknown> {
  node: LogicNode;
  colour: string;
  interventionName: string | null;
  problems: Diagnostic[];
  active: boolean;
  dimmed: boolean;
}
export interface LaneData extends Record<string, unknown> {
  label: string;
  stage: string;
  height: number;
}

export const NODE_WIDTH = 200;
/** Above this many links the canvas drops edge labels (see buildFlow). */
export const LABEL_LIMIT = 400;
/** Above this many boxes the canvas opens at a readable zoom instead of fitting everything. */
export const LARGE_MODEL = 300;

/** Which formula names an expression uses; memoised per expression text because layouts rebuild often. */
const referenceCache = new Map<string, Set<string>>();
export function formulaReferences(expr: string, nodeIds: string[], parameterIds: string[]): Set<string> {
  const key = expr;
  let refs = referenceCache.get(key);
  if (!refs) {
    const analysed = analyseFormula(expr, { nodes: nodeIds, parameters: parameterIds });
    refs = new Set(analysed.expr ? analysed.nodeRefs : (expr.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []));
    if (referenceCache.size > 5000) referenceCache.clear();
    referenceCache.set(key, refs);
  }
  return refs;
}

const EVIDENCE_STYLE: Record<string, { width: number; dash?: string }> = {
  strong: { width: 2.6 },
  moderate: { width: 1.8 },
  weak: { width: 1.4, dash: '6 4' },
  none: { width: 1.2, dash: '2 4' },
};

export interface FlowInput {
  doc: ScenarioDocument;
  layout: Layout;
  problems: Map<string, Diagnostic[]>;
  activeInterventions: Set<string>;
  search: string;
}

/**
 * Node and edge objects from the previous build, by id. Reusing an unchanged object lets React Flow
 * skip it (it compares user nodes by identity) and lets the memoised card skip rendering, so an edit
 * to one box of a 2,000-box model costs one box, not 2,000.
 */
export interface FlowCache {
  nodes: Map<string, Node<LogicNodeData>>;
  edges: Map<string, Edge>;
}
export function createFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map() };
}

const NO_PROBLEMS: Diagnostic[] = [];

/** Stores React Flow's measured copies of unchanged boxes in the cache (see FlowCache). */
export function rememberMeasured(cache: FlowCache, nodes: Node[]): void {
  for (const n of nodes) {
    if (n.type !== 'logic' || n.selected || n.dragging) continue;
    const cached = cache.nodes.get(n.id);
    if (
      cached &&
      cached !== n &&
      cached.data === n.data &&
      cached.position.x === n.position.x &&
      cached.position.y === n.position.y
    )
      cache.nodes.set(n.id, n as Node<LogicNodeData>);
  }
}

function sameProblems(a: Diagnostic[], b: Diagnostic[]): boolean {
  return (
    a === b ||
    (a.length === b.length && a.every((d, k) => d.message === b[k]!.message && d.severity === b[k]!.severity))
  );
}

function sameNode(a: Node<LogicNodeData>, b: Node<LogicNodeData>): boolean {
  const x = a.data;
  const y = b.data;
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    x.node === y.node &&
    x.colour === y.colour &&
    x.interventionName === y.interventionName &&
    x.active === y.active &&
    x.dimmed === y.dimmed &&
    sameProblems(x.problems, y.problems)
  );
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

/**
 * Boxes in one stage sit in one column, so a link between them drawn right-handle to left-handle
 * loops back across both boxes. Such links leave the source's right edge and come back into the
 * target's right edge in a bracket beside the column (see SameStageEdge).
 */
export function isSameStage(from: LogicNode | undefined, to: LogicNode | undefined): boolean {
  return !!from && !!to && from.id !== to.id && from.stage === to.stage;
}

/** Id of the card's right-hand target anchor used by links within a stage. */
export const SAME_STAGE_TARGET = 'in-right';

export function buildFlow(
  { doc, layout, problems, activeInterventions, search }: FlowInput,
  cache: FlowCache = createFlowCache(),
): { nodes: Node[]; edges: Edge[] } {
  const { nodes: domainNodes, links } = doc.logicModel;
  const interventionIndex = new Map(doc.interventions.map((i, k) => [i.id, k]));
  const interventionName = new Map(doc.interventions.map((i) => [i.id, i.name]));
  const needle = search.trim().toLowerCase();
  let maxY = LANE_TOP + 200;
  for (const n of domainNodes) maxY = Math.max(maxY, (layout[n.id]?.y ?? 0) + 120);

  const lanes: Node<LaneData>[] = STAGES.map((stage, k) => ({
    id: `lane:${stage}`,
    type: 'lane',
    position: { x: laneX(k) - 20, y: 0 },
    data: { label: STAGE_LABELS[stage]!, stage, height: maxY },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    zIndex: -1,
    style: { width: LANE_WIDTH, height: maxY },
  }));

  const nodes: Node<LogicNodeData>[] = domainNodes
    .map((n) => {
      const index = n.intervention !== undefined ? (interventionIndex.get(n.intervention) ?? -1) : -1;
      const matches = needle === '' || n.label.toLowerCase().includes(needle) || n.id.includes(needle);
      return {
        id: n.id,
        type: 'logic',
        // Lanes are the stages: a box always sits in its stage's lane; only its height is free.
        position: { x: laneX(Math.max(0, STAGES.indexOf(n.stage))), y: layout[n.id]?.y ?? 0 },
        data: {
          node: n,
          colour: n.intervention ? interventionColour(index) : '#8a94a3',
          interventionName: n.intervention ? (interventionName.get(n.intervention) ?? n.intervention) : null,
          problems: problems.get(`node:${n.id}`) ?? NO_PROBLEMS,
          active: !n.intervention || activeInterventions.has(n.intervention),
          dimmed: !matches,
        },
        style: { width: NODE_WIDTH },
      };
    })
    .map((node) => {
      const previous = cache.nodes.get(node.id);
      const kept = previous && sameNode(previous, node) ? previous : node;
      cache.nodes.set(node.id, kept);
      return kept;
    });

  const nodeIds = domainNodes.map((n) => n.id);
  const parameterIds = Object.keys(doc.parameters);
  const byId = new Map(domainNodes.map((n) => [n.id, n]));
  // Labels are measured by the browser one by one; on a very large model they cost more than they
  // tell (line weight and dashes still show the evidence), so they go.
  const labelled = links.length <= LABEL_LIMIT;
  const edges: Edge[] = links
    .map((l) => {
      const target = byId.get(l.to);
      const quantified = !!target?.expr && formulaReferences(target.expr, nodeIds, parameterIds).has(l.from);
      const evidence = l.evidence ?? 'none';
      const style = EVIDENCE_STYLE[evidence] ?? EVIDENCE_STYLE['none']!;
      const faulty = (problems.get(`link:${l.id}`) ?? []).length > 0;
      const colour = faulty ? '#b42318' : quantified ? '#34445a' : '#98a2b3';
      return {
        id: l.id,
        source: l.from,
        target: l.to,
        ...(isSameStage(byId.get(l.from), target)
          ? { type: 'stage', targetHandle: SAME_STAGE_TARGET }
          : { type: 'default' }),
        label: labelled ? `${quantified ? 'ƒ · ' : ''}${evidence === 'none' ? 'no evidence' : evidence}` : undefined,
        labelStyle: { fontSize: 10, fill: faulty ? '#b42318' : '#4a5565' },
        labelBgStyle: { fill: '#ffffff', fillOpacity: 0.9 },
        labelBgPadding: [3, 1] as [number, number],
        style: { stroke: colour, strokeWidth: style.width, ...(style.dash ? { strokeDasharray: style.dash } : {}) },
        markerEnd: { type: 'arrowclosed' as const, color: colour, width: 16, height: 16 },
        ariaLabel: `${quantified ? 'Quantified' : 'Qualitative'} link from ${byId.get(l.from)?.label ?? l.from} to ${target?.label ?? l.to}, ${evidence} evidence`,
        data: { quantified, evidence },
      };
    })
    .map((edge) => {
      const previous = cache.edges.get(edge.id);
      const kept = previous && sameEdge(previous, edge) ? previous : edge;
      cache.edges.set(edge.id, kept);
      return kept;
    });
  if (cache.nodes.size > nodes.length * 2 + 100)
    for (const id of [...cache.nodes.keys()]) if (!byId.has(id)) cache.nodes.delete(id);

  return { nodes: [...lanes, ...nodes], edges };
}
