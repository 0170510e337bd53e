/**
 * Tidy layout on a large model (issue 11, item 4): a grid of intervention bands by stage lanes whose
 * shape is near a screen's, with every box in its own place and inside its stage's lane.
 */
import { describe, expect, it } from 'vitest';
import {
  STAGES,
  autoLayout,
  laneAt,
  laneColumn,
  laneGeometry,
  laneX,
  type LogicNode,
  type ScenarioDocument,
} from '../../../models/index.ts';

/** A document with `perCell` boxes for each of `bands` interventions in each stage, no links. */
function large(bands: number, perCell: number): ScenarioDocument {
  const nodes: LogicNode[] = [];
  for (let b = 0; b < bands; b++)
    for (const stage of STAGES)
      for (let k = 0; k < perCell; k++)
        nodes.push({ id: `n${b}_${stage}_${k}`, stage, label: 'Box', intervention: `iv${b}` });
  return {
    interventions: Array.from({ length: bands }, (_, b) => ({ id: `iv${b}`, name: `Intervention ${b}` })),
    logicModel: { nodes, links: [] },
  } as unknown as ScenarioDocument;
}

describe('grid layout', () => {
  it('lays 2,000 boxes out about as wide as a screen, each box in its own place', () => {
    const doc = large(5, 80);
    const layout = autoLayout(doc);
    const xs = Object.values(layout).map((p) => p.x);
    const ys = Object.values(layout).map((p) => p.y);
    const aspect = (Math.max(...xs) + 200 - Math.min(...xs)) / (Math.max(...ys) + 76 - Math.min(...ys));
    expect(aspect).toBeGreaterThan(1);
    expect(aspect).toBeLessThan(2.5);
    expect(new Set(Object.values(layout).map((p) => `${p.x},${p.y}`)).size).toBe(2000);
  });

  it('keeps every box in its stage’s lane, and intervention bands apart', () => {
    const doc = large(3, 40);
    const layout = autoLayout(doc);
    const lanes = laneGeometry(doc, layout);
    for (const n of doc.logicModel.nodes) expect(laneAt(lanes, layout[n.id]!.x + 100)).toBe(STAGES.indexOf(n.stage));
    const band = (b: number) =>
      doc.logicModel.nodes.filter((n) => n.intervention === `iv${b}`).map((n) => layout[n.id]!.y);
    expect(Math.max(...band(0))).toBeLessThan(Math.min(...band(1)));
    expect(Math.max(...band(1))).toBeLessThan(Math.min(...band(2)));
  });

  it('leaves a small model in one column per stage, where laneX puts it', () => {
    const doc = large(2, 3);
    const layout = autoLayout(doc);
    for (const n of doc.logicModel.nodes) expect(layout[n.id]!.x).toBe(laneX(STAGES.indexOf(n.stage)));
    const lanes = laneGeometry(doc, layout);
    expect(lanes.map((l) => l.columns)).toEqual([1, 1, 1, 1, 1]);
    expect(laneColumn(lanes[2]!, laneX(2) + 500)).toBe(0);
  });
});
