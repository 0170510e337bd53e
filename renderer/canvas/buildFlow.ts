/**
 * Turns the domain logic model into React Flow nodes and edges. React Flow objects are a view: they
 * are rebuilt from the document and never saved; positions go back into `logicModel.layout`.
 *
 * Every box has a fixed size and declares where its handles are, so React Flow never has to measure
 * a box before it can draw links, fit the view, fill the minimap or skip boxes off screen: on a
 * 2,000-box model only the boxes in view are ever mounted.
 */
import type { Edge, Node } from '@xyflow/react';
import {
  LANE_TOP,
  STAGES,
  laneColumn,
  laneGeometry,
  COLUMN_PITCH,
  type Diagnostic,
  type Lane,
  type Layout,
  type LogicNode,
  type ScenarioDocument,
  type Stage,
  paletteColour,
} from '../engine.ts';
import { STAGE_LABELS } from '../format.ts';
import { groupId, interventionKey, isCollapsed, isShown, type CanvasView } from './canvasView.ts';
import { groupEdges, linkEdge } from './buildEdges.ts';

export interface LogicNodeData extends Record<string, unknown> {
  node: LogicNode;
  colour: string;
  interventionName: string | null;
  problems: Diagnostic[];
  active: boolean;
  dimmed: boolean;
}
export interface GroupNodeData extends Record<string, unknown> {
  intervention: string;
  interventionName: string;
  stage: Stage;
  count: number;
  colour: string;
  problems: number;
  active: boolean;
}
export interface LaneData extends Record<string, unknown> {
  label: string;
  stage: string;
  height: number;
}

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 76;
/** Above this many links the canvas drops edge labels (see buildEdges). */
export const LABEL_LIMIT = 400;
/** Above this many boxes the canvas opens at a readable zoom instead of fitting everything. */
export const LARGE_MODEL = 300;

/** Id of the card's right-hand target anchor used by links within a stage. */
export const SAME_STAGE_TARGET = 'in-right';

/** Where a box's handles are, so React Flow can draw links without measuring the box. */
const HANDLES: NonNullable<Node['handles']> = [
  { type: 'target', position: 'left' as never, x: -5, y: NODE_HEIGHT / 2 - 5, width: 10, height: 10 },
  { type: 'source', position: 'right' as never, x: NODE_WIDTH - 5, y: NODE_HEIGHT / 2 - 5, width: 10, height: 10 },
  {
    id: SAME_STAGE_TARGET,
    type: 'target',
    position: 'right' as never,
    x: NODE_WIDTH - 5,
    y: NODE_HEIGHT / 2 - 5,
    width: 10,
    height: 10,
  },
];
const SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT } as const;

export interface FlowInput {
  doc: ScenarioDocument;
  layout: Layout;
  problems: Map<string, Diagnostic[]>;
  activeInterventions: Set<string>;
  search: string;
  view: CanvasView;
}

/**
 * Node and edge objects from the previous build, by id. Reusing an unchanged object lets React Flow
 * skip it (it compares user nodes by identity) and lets the memoised card skip rendering, so an edit
 * to one box of a 2,000-box model costs one box, not 2,000.
 */
export interface FlowCache {
  nodes: Map<string, Node>;
  edges: Map<string, Edge>;
}
export function createFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map() };
}

const NO_PROBLEMS: Diagnostic[] = [];

function sameProblems(a: Diagnostic[], b: Diagnostic[]): boolean {
  return (
    a === b ||
    (a.length === b.length && a.every((d, k) => d.message === b[k]!.message && d.severity === b[k]!.severity))
  );
}

function sameData(x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  for (const key of Object.keys(x)) {
    const a = x[key];
    const b = y[key];
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b) && sameProblems(a as Diagnostic[], b as Diagnostic[])) continue;
    return false;
  }
  return true;
}

function sameNode(a: Node, b: Node): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    sameData(a.data, b.data)
  );
}

/** The previous build's object when nothing about it changed, else the new one (see FlowCache). */
function reuse<T extends Node | Edge>(map: Map<string, T>, next: T, same: (a: T, b: T) => boolean): T {
  const previous = map.get(next.id);
  const kept = previous && same(previous, next) ? previous : next;
  map.set(next.id, kept);
  return kept;
}

function laneNodes(lanes: readonly Lane[], height: number): Node<LaneData>[] {
  return STAGES.map((stage, k) => ({
    id: `lane:${stage}`,
    type: 'lane',
    position: { x: lanes[k]!.left - 20, y: 0 },
    data: { label: STAGE_LABELS[stage]!, stage, height },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    zIndex: -1,
    width: lanes[k]!.width,
    height,
    measured: { width: lanes[k]!.width, height },
    handles: [],
    style: { width: lanes[k]!.width, height },
  }));
}

export function buildFlow(
  { doc, layout, problems, activeInterventions, search, view }: FlowInput,
  cache: FlowCache = createFlowCache(),
  selectedId: string | null = null,
): { nodes: Node[]; edges: Edge[]; lanes: Lane[] } {
  const { nodes: domainNodes } = doc.logicModel;
  const interventionIndex = new Map(doc.interventions.map((i, k) => [i.id, k]));
  const interventionName = new Map(doc.interventions.map((i) => [i.id, i.name]));
  const needle = search.trim().toLowerCase();
  const lanes = laneGeometry(doc, layout);
  const colour = (key: string) => (key ? paletteColour(interventionIndex.get(key) ?? -1) : '#8a94a3');
  let maxY = LANE_TOP + 200;

  // Where each domain box is drawn: itself, a group standing for it, or nowhere (filtered out).
  const drawnAs = new Map<string, string>();
  const groups = new Map<string, { data: GroupNodeData; x: number; y: number }>();
  const boxes: Node[] = [];
  for (const n of domainNodes) {
    const own = problems.get(`node:${n.id}`) ?? NO_PROBLEMS;
    if (!isShown(view, n, own.length > 0)) continue;
    const stageIndex = Math.max(0, STAGES.indexOf(n.stage));
    const lane = lanes[stageIndex]!;
    const at = layout[n.id] ?? { x: lane.left, y: LANE_TOP };
    // Lanes are the stages: a box always sits in a column of its stage's lane; its height is free.
    const x = lane.left + laneColumn(lane, at.x) * COLUMN_PITCH;
    maxY = Math.max(maxY, at.y + NODE_HEIGHT + 40);
    const key = interventionKey(n);
    const active = !n.intervention || activeInterventions.has(n.intervention);
    if (isCollapsed(view, n)) {
      const id = groupId(key, n.stage);
      drawnAs.set(n.id, id);
      const group = groups.get(id);
      if (group) {
        group.data.count += 1;
        group.data.problems += own.length;
        if (at.y < group.y) [group.x, group.y] = [x, at.y];
      } else {
        const name = key ? (interventionName.get(key) ?? key) : 'Shared context';
        groups.set(id, {
          x,
          y: at.y,
          data: {
            intervention: key,
            interventionName: name,
            stage: n.stage,
            count: 1,
            colour: colour(key),
            problems: own.length,
            active,
          },
        });
      }
      continue;
    }
    drawnAs.set(n.id, n.id);
    const matches = needle === '' || n.label.toLowerCase().includes(needle) || n.id.includes(needle);
    boxes.push(
      reuse(
        cache.nodes,
        {
          id: n.id,
          type: 'logic',
          position: { x, y: at.y },
          data: {
            node: n,
            colour: colour(key),
            interventionName: n.intervention ? (interventionName.get(n.intervention) ?? n.intervention) : null,
            problems: own,
            active,
            dimmed: !matches,
          } satisfies LogicNodeData,
          selected: n.id === selectedId,
          ...SIZE,
          measured: SIZE,
          handles: HANDLES,
        },
        sameNode,
      ),
    );
  }
  for (const [id, g] of groups)
    boxes.push(
      reuse(
        cache.nodes,
        {
          id,
          type: 'groupBox',
          position: { x: g.x, y: g.y },
          data: g.data,
          selected: false,
          draggable: false,
          selectable: false,
          ...SIZE,
          measured: SIZE,
          handles: HANDLES,
        },
        sameNode,
      ),
    );

  const edges = [
    ...doc.logicModel.links
      .filter((l) => drawnAs.get(l.from) === l.from && drawnAs.get(l.to) === l.to)
      .map((l) => linkEdge(doc, l, problems, cache)),
    ...groupEdges(doc.logicModel.links, drawnAs, cache),
  ];
  if (cache.nodes.size > boxes.length * 2 + 100) {
    const live = new Set(boxes.map((b) => b.id));
    for (const id of [...cache.nodes.keys()]) if (!live.has(id)) cache.nodes.delete(id);
  }
  return { nodes: [...laneNodes(lanes, maxY), ...boxes], edges, lanes };
}
