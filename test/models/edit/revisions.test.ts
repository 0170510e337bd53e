/**
 * Restoring a revision reads the saved file only (issue 11, item 1), and changes between revisions
 * are described in the names and units people use (item 6).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  commitRevision,
  describeChanges,
  describePath,
  loadScenario,
  restoreRevision,
  revisionOrNow,
  setAdditionality,
  setParameterValue,
  updateNode,
  type ScenarioDocument,
} from '../../../models/index.ts';

function example(): ScenarioDocument {
  const text = readFileSync(new URL('../../../renderer/fallbackExample.causeway.json', import.meta.url), 'utf8');
  return loadScenario(text).document!;
}

const firstParameter = (doc: ScenarioDocument) => Object.keys(doc.parameters)[0]!;

function withValue(doc: ScenarioDocument, id: string, value: number): ScenarioDocument {
  const out = setParameterValue(doc, id, value);
  if (!out.ok) throw new Error('edit failed');
  return out.value;
}

/** Revisions 1, 2, 3 with the first parameter at 10, 20, 30. */
function saved(): { doc: ScenarioDocument; id: string } {
  const base = example();
  const id = firstParameter(base);
  let doc: ScenarioDocument | null = null;
  for (const [k, value] of [10, 20, 30].entries())
    doc = commitRevision(doc, withValue(doc ?? base, id, value), {
      now: `2026-01-0${k + 1}T00:00:00Z`,
      retention: false,
    });
  return { doc: doc!, id };
}

describe('restoreRevision', () => {
  it('rebuilds from the saved file whatever the working document holds', () => {
    const { doc, id } = saved();
    for (const [revision, value] of [
      [1, 10],
      [3, 30],
      [2, 20],
    ] as const) {
      const out = restoreRevision(doc, revision);
      if (!out.ok) throw new Error(out.diagnostics[0]?.message);
      expect(out.value.parameters[id]!.value).toBe(value);
      // The saved revision number, time and history stay, so saving records revision 4.
      expect(out.value.meta.revision).toBe(3);
      expect(out.value.meta.updatedAt).toBe(doc.meta.updatedAt);
      expect(out.value.history).toEqual(doc.history);
    }
  });

  it('says why a revision cannot be rebuilt', () => {
    const { doc } = saved();
    const out = restoreRevision(doc, 9);
    expect(out.ok).toBe(false);
    expect(out.diagnostics[0]!.message).toMatch(/Revision 9 is not in the history/);
  });

  it('takes "now" as the working document and numbers from the saved file', () => {
    const { doc, id } = saved();
    const working = withValue(doc, id, 99);
    expect(revisionOrNow(doc, working, 'now')).toMatchObject({ ok: true, value: working });
    const three = revisionOrNow(doc, working, 3);
    expect(three.ok && three.value.parameters[id]!.value).toBe(30);
  });
});

describe('describeChanges and describePath', () => {
  it('names parameters by label with their unit', () => {
    const before = example();
    const id = firstParameter(before);
    const p = before.parameters[id]!;
    const [change] = describeChanges(before, withValue(before, id, 12.5));
    expect(change!.where).toBe(`Parameter “${p.label ?? id}”: value`);
    expect(change!.afterText).toBe(`12.5${p.unit ? ` ${p.unit}` : ''}`);
  });

  it('writes additionality factors as percentages of the intervention they belong to', () => {
    const before = example();
    const intervention = before.interventions[0]!;
    const after = setAdditionality(before, intervention.id, { displacement: 0.35 });
    const [change] = describeChanges(before, after);
    expect(change!.where).toBe(`Displacement of “${intervention.name}”`);
    expect(change!.afterText).toBe('35%');
    const before_ = intervention.additionality.displacement;
    const central = typeof before_ === 'number' ? before_ : before_.value;
    expect(change!.beforeText).toBe(`${Number((central * 100).toPrecision(10))}%`);
  });

  it('names boxes by label instead of JSON paths', () => {
    const before = example();
    const node = before.logicModel.nodes[3]!;
    const [change] = describeChanges(before, updateNode(before, node.id, { expr: '1 + 2' }));
    expect(change!.where).toBe(`Box “${node.label}”: formula`);
    expect(change!.afterText).toBe('1 + 2');
    expect(describePath(before, 'logicModel.nodes[3].expr')).toBe(`Box “${node.label}”: formula`);
    expect(describePath(before, 'appraisal.optimismBias')).toBe('Optimism bias');
  });
});
