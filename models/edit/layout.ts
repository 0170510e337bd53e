/**
 * Automatic layout of the logic model: one column per Magenta Book stage, nodes in each column ordered
 * to reduce crossings (one barycentre pass from left to right) and grouped by intervention. Simple and
 * predictable on purpose: officers rearrange boxes by hand and expect "tidy" to be repeatable.
 */
import { STAGES, type Layout, type ScenarioDocument } from '../types.ts';
import { gridLayout } from './gridLayout.ts';

/** Width of a stage lane and vertical spacing of nodes, in canvas units. */
export const LANE_WIDTH = 260;
export const LANE_GAP = 40;
export const NODE_SPACING = 96;
export const LANE_TOP = 70;
/** Distance between the sub-columns of a wide lane (a box is 200 wide). */
export const COLUMN_PITCH = 220;
/** Above this many boxes in one stage, tidying wraps each stage into several columns. */
export const WRAP_ABOVE = 15;

/** The x position of the left edge of a node placed in the given stage's lane. */
export function laneX(stageIndex: number): number {
  return stageIndex * (LANE_WIDTH + LANE_GAP) + 20;
}

/** A stage's lane on the canvas: where its first column of boxes starts, and how many columns it has. */
export interface Lane {
  /** x of the left edge of a box in the lane's first column. */
  left: number;
  columns: number;
  /** Width of the lane's background, from 20 left of its first column. */
  width: number;
}

/**
 * The stage lanes a layout implies, left to right. A lane is one column wide unless the layout puts
 * its boxes in further columns (tidying a large model does): each box's column is its distance from
 * the lane's start in COLUMN_PITCH steps, so a one-column layout (x = laneX(stage)) gives exactly
 * the fixed lanes of laneX.
 */
export function laneGeometry(doc: ScenarioDocument, layout: Layout): Lane[] {
  const xs: number[][] = STAGES.map(() => []);
  for (const n of doc.logicModel.nodes) {
    const at = layout[n.id];
    const k = STAGES.indexOf(n.stage);
    if (at && k >= 0) xs[k]!.push(at.x);
  }
  const lanes: Lane[] = [];
  let left = laneX(0);
  for (let k = 0; k < STAGES.length; k++) {
    let columns = 1;
    for (const x of xs[k]!) columns = Math.max(columns, 1 + Math.max(0, Math.round((x - left) / COLUMN_PITCH)));
    const width = LANE_WIDTH + (columns - 1) * COLUMN_PITCH;
    lanes.push({ left, columns, width });
    left += width + LANE_GAP;
  }
  return lanes;
}

/** The column of a lane an x position falls in (clamped to the lane's columns). */
export function laneColumn(lane: Lane, x: number): number {
  return Math.min(lane.columns - 1, Math.max(0, Math.round((x - lane.left) / COLUMN_PITCH)));
}

/** Which lane (stage index) an x position is nearest to: the one it falls in, else the closest edge. */
export function laneAt(lanes: readonly Lane[], x: number): number {
  let best = 0;
  let bestDistance = Infinity;
  lanes.forEach((lane, k) => {
    const from = lane.left - 20;
    const to = from + lane.width;
    const distance = x < from ? from - x : x > to ? x - to : 0;
    if (distance < bestDistance) [best, bestDistance] = [k, distance];
  });
  return best;
}

/**
 * Tidies the logic model: one lane per stage, boxes ordered to reduce crossings and grouped by
 * intervention. A large model (more than WRAP_ABOVE boxes in some stage) is laid out as a grid
 * instead (gridLayout.ts), so that fitting it to the window shows a readable overview, not a sliver.
 */
export function autoLayout(doc: ScenarioDocument): Layout {
  const perStage = STAGES.map((s) => doc.logicModel.nodes.filter((n) => n.stage === s).length);
  if (Math.max(...perStage) > WRAP_ABOVE) return gridLayout(doc);
  return columnLayout(doc);
}

/** One column per stage (small models, and the examples). */
function columnLayout(doc: ScenarioDocument): Layout {
  const { nodes, links } = doc.logicModel;
  const interventionOrder = new Map(doc.interventions.map((i, k) => [i.id, k]));
  const incoming = new Map<string, string[]>();
  for (const l of links) incoming.set(l.to, [...(incoming.get(l.to) ?? []), l.from]);
  const rank = new Map<string, number>();
  const layout: Layout = {};
  STAGES.forEach((stage, stageIndex) => {
    const column = nodes.filter((n) => n.stage === stage);
    const keyed = column.map((n, k) => {
      const parents = (incoming.get(n.id) ?? []).map((p) => rank.get(p)).filter((r): r is number => r !== undefined);
      const bary = parents.length ? parents.reduce((a, b) => a + b, 0) / parents.length : Number.POSITIVE_INFINITY;
      const group = n.intervention !== undefined ? (interventionOrder.get(n.intervention) ?? 999) : -1;
      return { n, k, group, bary };
    });
    keyed.sort(
      (a, b) =>
        a.group - b.group || (Number.isFinite(a.bary) && Number.isFinite(b.bary) ? a.bary - b.bary : 0) || a.k - b.k,
    );
    keyed.forEach(({ n }, row) => {
      rank.set(n.id, row);
      layout[n.id] = { x: laneX(stageIndex), y: LANE_TOP + row * NODE_SPACING };
    });
  });
  return layout;
}

/** Positions for nodes the layout does not place yet, below whatever is already in their lane. */
export function fillMissingLayout(doc: ScenarioDocument): Layout {
  const existing = doc.logicModel.layout ?? {};
  const missing = doc.logicModel.nodes.filter((n) => !existing[n.id]);
  if (missing.length === 0) return existing;
  if (Object.keys(existing).length === 0) return autoLayout(doc);
  const result: Layout = { ...existing };
  for (const n of missing) {
    const stageIndex = STAGES.indexOf(n.stage);
    const x = laneX(stageIndex);
    const inLane = doc.logicModel.nodes.filter((m) => m.stage === n.stage && result[m.id]).map((m) => result[m.id]!.y);
    const y = inLane.length ? Math.max(...inLane) + NODE_SPACING : LANE_TOP;
    result[n.id] = { x, y };
  }
  return result;
}

/**
 * Moves a node to another stage. The canvas derives a box's column from its stage, so only its
 * height can clash: it keeps its height when that spot in the new lane is free, and otherwise goes
 * below the lane's lowest box, never on top of another.
 */
export function changeNodeStage(doc: ScenarioDocument, id: string, stage: (typeof STAGES)[number]): ScenarioDocument {
  const index = doc.logicModel.nodes.findIndex((n) => n.id === id);
  const node = doc.logicModel.nodes[index];
  if (!node || node.stage === stage) return doc;
  const nodes = doc.logicModel.nodes.slice();
  nodes[index] = { ...node, stage };
  const layout = doc.logicModel.layout ?? {};
  const here = layout[id];
  const others = nodes.filter((n) => n.id !== id && n.stage === stage && layout[n.id]).map((n) => layout[n.id]!.y);
  const free = here !== undefined && others.every((y) => Math.abs(y - here.y) >= NODE_SPACING * 0.75);
  const y = free ? here!.y : others.length > 0 ? Math.max(...others) + NODE_SPACING : LANE_TOP;
  const x = laneX(STAGES.indexOf(stage));
  return { ...doc, logicModel: { ...doc.logicModel, nodes, layout: { ...layout, [id]: { x, y } } } };
}
