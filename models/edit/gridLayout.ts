/**
 * Tidy layout for large models: a grid with one band (row) per intervention, shared context first,
 * and one lane (column) per stage; each lane wraps into as many sub-columns as keep the whole model
 * about as wide as a screen is (aspect near 16:10), so "Fit to window" shows every box at a size
 * where the structure reads, instead of a sliver 40,000 units tall. Within a band and stage, boxes
 * follow their inputs (barycentre of the rows of the boxes linked into them).
 */
import { STAGES, type Layout, type LogicNode, type ScenarioDocument } from '../types.ts';
import { COLUMN_PITCH, LANE_GAP, LANE_TOP, LANE_WIDTH, NODE_SPACING, laneX } from './layout.ts';

/** Width over height the grid aims at: a wide screen, a little less wide than 16:9. */
const TARGET_ASPECT = 1.6;
/** Extra space between two intervention bands. */
export const BAND_GAP = 60;

/** Band keys in order: shared context (''), then the file's interventions, then unknown ones. */
function bandsOf(doc: ScenarioDocument): string[] {
  const known = doc.interventions.map((i) => i.id);
  const used = new Set(doc.logicModel.nodes.map((n) => n.intervention ?? ''));
  const unknown = [...used].filter((id) => id !== '' && !known.includes(id)).sort();
  return ['', ...known, ...unknown].filter((id) => used.has(id));
}

function size(counts: number[][], columns: number[]): { width: number; height: number } {
  const width = columns.reduce((sum, k) => sum + LANE_WIDTH + (k - 1) * COLUMN_PITCH + LANE_GAP, 0);
  const rows = counts.reduce((sum, band) => sum + Math.max(1, ...band.map((c, s) => Math.ceil(c / columns[s]!))), 0);
  return { width, height: rows * NODE_SPACING + counts.length * BAND_GAP };
}

/** Sub-columns per stage: the choice whose overall shape is nearest TARGET_ASPECT. */
function chooseColumns(counts: number[][]): number[] {
  const most = Math.max(1, ...counts.flat());
  let best: number[] = STAGES.map(() => 1);
  let bestScore = Infinity;
  for (let rows = 1; rows <= most; rows++) {
    const columns = STAGES.map((_, s) => Math.max(1, ...counts.map((band) => Math.ceil(band[s]! / rows))));
    const { width, height } = size(counts, columns);
    const score = Math.abs(Math.log(width / height / TARGET_ASPECT));
    if (score < bestScore) [best, bestScore] = [columns, score];
  }
  return best;
}

export function gridLayout(doc: ScenarioDocument): Layout {
  const { nodes, links } = doc.logicModel;
  const bands = bandsOf(doc);
  const cells = bands.map((band) =>
    STAGES.map((stage) => nodes.filter((n) => (n.intervention ?? '') === band && n.stage === stage)),
  );
  const columns = chooseColumns(cells.map((band) => band.map((cell) => cell.length)));
  const lefts: number[] = [];
  let left = laneX(0);
  for (const k of columns) {
    lefts.push(left);
    left += LANE_WIDTH + (k - 1) * COLUMN_PITCH + LANE_GAP;
  }
  const incoming = new Map<string, string[]>();
  for (const l of links) incoming.set(l.to, [...(incoming.get(l.to) ?? []), l.from]);
  const row = new Map<string, number>();
  const layout: Layout = {};
  let top = LANE_TOP;
  cells.forEach((band) => {
    let bandRows = 1;
    band.forEach((cell: LogicNode[], s) => {
      const k = columns[s]!;
      const keyed = cell.map((n, i) => {
        const parents = (incoming.get(n.id) ?? []).map((p) => row.get(p)).filter((r): r is number => r !== undefined);
        return { n, i, bary: parents.length ? parents.reduce((a, b) => a + b, 0) / parents.length : Infinity };
      });
      keyed.sort((a, b) => (a.bary === b.bary ? a.i - b.i : a.bary - b.bary));
      keyed.forEach(({ n }, i) => {
        const r = Math.floor(i / k);
        row.set(n.id, top / NODE_SPACING + r);
        layout[n.id] = { x: lefts[s]! + (i % k) * COLUMN_PITCH, y: top + r * NODE_SPACING };
      });
      bandRows = Math.max(bandRows, Math.ceil(cell.length / k));
    });
    top += bandRows * NODE_SPACING + BAND_GAP;
  });
  return layout;
}
