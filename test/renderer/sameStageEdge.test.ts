/** Links within a stage are drawn as a bracket beside the column, not a loop back across the boxes. */
import { describe, expect, it } from 'vitest';
import { fillMissingLayout } from '../../models/index.ts';
import { buildFlow, SAME_STAGE_TARGET } from '../../renderer/canvas/buildFlow.ts';
import { bracketPath } from '../../renderer/canvas/SameStageEdge.tsx';
import { DEFAULT_VIEW } from '../../renderer/canvas/canvasView.ts';
import { exampleDoc } from './helpers.tsx';

describe('links within a stage', () => {
  it('use the bracket edge into the target’s right-hand anchor; other links stay plain', () => {
    const doc = exampleDoc();
    const { edges } = buildFlow({
      doc,
      layout: fillMissingLayout(doc),
      problems: new Map(),
      activeInterventions: new Set(),
      search: '',
      view: DEFAULT_VIEW,
    });
    const stage = new Map(doc.logicModel.nodes.map((n) => [n.id, n.stage]));
    const same = edges.filter((e) => stage.get(e.source) === stage.get(e.target));
    const across = edges.filter((e) => stage.get(e.source) !== stage.get(e.target));
    expect(same.length).toBeGreaterThan(0);
    for (const e of same) expect(e).toMatchObject({ type: 'stage', targetHandle: SAME_STAGE_TARGET });
    for (const e of across) expect(e.type).toBe('default');
    expect(across.every((e) => e.targetHandle === undefined)).toBe(true);
  });

  it('bulges to the right of the column, further for boxes further apart', () => {
    const near = bracketPath(200, 100, 200, 170);
    const far = bracketPath(200, 100, 200, 400);
    const bulge = (p: string) => Number(/C ([\d.]+),/.exec(p)![1]);
    expect(bulge(near.path)).toBeGreaterThan(200);
    expect(bulge(far.path)).toBeGreaterThan(bulge(near.path));
    expect(near.labelY).toBe(135);
  });
});
