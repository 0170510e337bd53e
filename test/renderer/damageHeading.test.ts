/**
 * The History banner's heading: a file changed outside Causeway (seen at open, or kept as its own
 * revision by the next save) is said to be that, not "damaged"; a patch edited by hand is damage.
 */
import { describe, expect, it } from 'vitest';
import { commitRevision, cutHistory, type ScenarioDocument } from '../../models/index.ts';
import { damageHeading } from '../../renderer/history/damage.ts';
import { at, sampleDocument } from '../models/history/fixture.ts';

/** Revisions 1..3, revision i saved with q = i / 10. */
function history(): ScenarioDocument {
  let doc = commitRevision(null, sampleDocument(), { now: at(1), retention: false });
  for (let i = 2; i <= 3; i++) {
    const next = structuredClone(doc);
    next.parameters['q']!.value = i / 10;
    doc = commitRevision(doc, next, { now: at(i), retention: false });
  }
  return doc;
}

describe('damageHeading', () => {
  it('calls a hand-edited patch damage', () => {
    const doc = history();
    const patch = doc.history!.revisions[1]!.reversePatch as { path: string; value?: unknown }[];
    patch.find((op) => op.path === '/parameters/q/value')!.value = 7;
    expect(damageHeading(cutHistory(doc))).toBe('This file’s history is damaged');
  });

  it('calls a file edited outside Causeway that, before and after the next save', () => {
    const opened = history();
    opened.parameters['q']!.value = 9999; // a text editor, after revision 3
    expect(damageHeading(cutHistory(opened))).toBe('This file was changed outside Causeway');
    const next = structuredClone(opened);
    next.parameters['p_support']!.value = 0.02;
    const saved = commitRevision(opened, next, { now: at(60), retention: false });
    expect(damageHeading(cutHistory(saved))).toBe('This file was changed outside Causeway');
  });
});
