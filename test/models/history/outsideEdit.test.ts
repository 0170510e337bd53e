/**
 * A file changed outside Causeway since its last save (issue 9: nothing altered silently): the next
 * save must not certify the outside edit as the previous revision. The edit is kept as a revision of
 * its own, the revision it replaced is listed but no longer restorable (nobody knows what the edit
 * changed), and the sentence says so instead of calling it tampering.
 */
import { describe, expect, it } from 'vitest';
import {
  commitRevision,
  contentHashOf,
  cutHistory,
  editedOutside,
  listRevisions,
  outsideEditNotice,
  reconstructRevision,
  revisionContent,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { at, sampleDocument } from './fixture.ts';

/** Revisions 1..n, revision i saved with q = i / 10 at minute i. */
function history(n: number): ScenarioDocument {
  let doc = commitRevision(null, sampleDocument(), { now: at(1), retention: false });
  for (let i = 2; i <= n; i++) {
    const next = structuredClone(doc);
    next.parameters['q']!.value = i / 10;
    doc = commitRevision(doc, next, { now: at(i), retention: false });
  }
  return doc;
}

/** The saved file of revision 3, then q changed from 0.3 to 9999 in a text editor. */
function handEdited(): ScenarioDocument {
  const doc = history(3);
  doc.parameters['q']!.value = 9999;
  return doc;
}

/** The hand-edited file opened and saved with p_support changed (the outside edit is not undone). */
function savedOver(opened: ScenarioDocument, now = at(60)): ScenarioDocument {
  const next = structuredClone(opened);
  next.parameters['p_support']!.value = 0.02;
  return commitRevision(opened, next, { now, retention: false });
}

const q = (doc: ScenarioDocument) => doc.parameters['q']!.value;

describe('editedOutside', () => {
  it('names the revision a file was changed after, and nothing for an untouched or hashless file', () => {
    expect(editedOutside(history(3))).toBeNull();
    expect(editedOutside(handEdited())).toBe(3);
    const hashless = handEdited();
    for (const r of hashless.history!.revisions) delete r.contentHash; // saved by an older release
    expect(editedOutside(hashless)).toBeNull();
    expect(editedOutside(sampleDocument())).toBeNull(); // never saved: no history
  });
});

describe('saving over a file changed outside Causeway', () => {
  it('keeps the outside edit as revision N+1 and the save as N+2, never under N', () => {
    const saved = savedOver(handEdited());
    expect(saved.meta.revision).toBe(5);
    expect(saved.history!.revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5]);
    const four = saved.history!.revisions[3]!;
    expect(four.note).toBe('Changed outside Causeway after revision 3');
    expect(four.changedOutside).toBe(true);
    expect(editedOutside(saved)).toBeNull();

    // Revision 4 is the hand-edited file (numbered as 4), revision 5 the new save.
    const r4 = reconstructRevision(saved, 4);
    expect(r4.ok).toBe(true);
    if (r4.ok) {
      expect(q(r4.value)).toBe(9999);
      expect(r4.value.parameters['p_support']!.value).toBe(0.03);
      expect(r4.value.meta.revision).toBe(4);
      const expected = handEdited();
      // Numbered and dated as revision 4 (found at the save, at minute 60); everything else as edited.
      expected.meta = { ...expected.meta, revision: 4, updatedAt: at(60) };
      expect(revisionContent(r4.value)).toEqual(revisionContent(expected));
      expect(four.contentHash).toBe(contentHashOf(revisionContent(expected)));
    }
    const r5 = reconstructRevision(saved, 5);
    expect(r5.ok && [q(r5.value), r5.value.parameters['p_support']!.value]).toEqual([9999, 0.02]);

    // Revision 3 was saved with q = 0.3: it is never given back with the edited value under its number.
    const r3 = reconstructRevision(saved, 3);
    expect(r3.ok).toBe(false);
    if (!r3.ok) {
      expect(r3.diagnostics[0]!.message).toBe(
        'Revision 3 cannot be restored: the file was changed outside Causeway after it was saved (that change is kept as revision 4), and what that change altered was not recorded, so revision 3 and every earlier revision cannot be rebuilt.',
      );
      expect(r3.diagnostics[0]!.message).not.toMatch(/tamper|damaged|by hand/);
    }
    expect(reconstructRevision(saved, 1).ok).toBe(false);
  });

  it('keeps revision N hashed as it was saved and lists N and older as not restorable, with why', () => {
    const opened = handEdited();
    const hashOfThree = opened.history!.revisions[2]!.contentHash;
    const saved = savedOver(opened);
    const three = saved.history!.revisions[2]!;
    expect(three.contentHash).toBe(hashOfThree);
    expect(three.reversePatch).toBeUndefined();
    const listed = listRevisions(saved);
    expect(listed.map((r) => [r.revision, r.restorable, r.verified])).toEqual([
      [5, true, true],
      [4, true, true],
      [3, false, false],
      [2, false, false],
      [1, false, false],
    ]);
    expect(listed[2]!.problem).toMatch(/^Revision 3 cannot be restored: the file was changed outside Causeway/);
    expect(listed[3]!.problem).toMatch(/older than/);
  });

  it('dates the outside edit by the file when the editor moved updatedAt on, else by the save', () => {
    expect(savedOver(handEdited()).history!.revisions[3]!.savedAt).toBe(at(60));
    const opened = handEdited();
    opened.meta.updatedAt = at(30);
    expect(savedOver(opened).history!.revisions[3]!.savedAt).toBe(at(30));
  });

  it('says so in a sentence on the saved document, and only then', () => {
    expect(outsideEditNotice(savedOver(handEdited()))).toBe(
      'The file had been changed outside Causeway since revision 3; that change is kept as revision 4, and revision 3 and older can no longer be restored.',
    );
    const plain = history(3);
    expect(outsideEditNotice(commitRevision(plain, structuredClone(plain), { now: at(60) }))).toBeNull();
  });

  it('survives retention, and a cut keeps the outside edit and what came after', () => {
    const saved = savedOver(handEdited(), at(60));
    // A year on: daily and weekly thinning would drop revision 4 (same day as 5) but must not.
    let doc = saved;
    for (let i = 1; i <= 3; i++) {
      const next = structuredClone(doc);
      next.parameters['p_support']!.value = 0.02 + i / 1000;
      doc = commitRevision(doc, next, { now: at(60 + i * 60 * 24 * 120) });
    }
    const kept = doc.history!.revisions.map((r) => r.revision);
    expect(kept).toContain(4);
    const r4 = reconstructRevision(doc, 4);
    expect(r4.ok && q(r4.value)).toBe(9999);
    const cut = cutHistory(saved);
    expect(cut.kept).toEqual([4, 5]);
    expect(cut.dropped).toEqual([1, 2, 3]);
    expect(cut.damage?.message).toMatch(/changed outside Causeway/);
  });
});
