/**
 * Histories are untrusted input (issue 9, failure 2): a patch from a file must not be able to make
 * rebuilding a revision grow without bound, nest without bound, run unknown operations, reach
 * object prototypes or leave the revision's content; a revision that does not match what was saved
 * as it (a changed value, a deleted record) must be reported, never rebuilt silently; and a file
 * with a damaged history must still save.
 */
import { describe, expect, it } from 'vitest';
import {
  commitRevision,
  listRevisions,
  loadScenario,
  prepareSave,
  reconstructRevision,
  serialiseScenario,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { at, sampleDocument } from './fixture.ts';

/** Revisions 1..n of the sample, revision i setting q to i / 10 unless `edit` says otherwise. */
function saved(n: number, edit = (doc: ScenarioDocument, i: number) => void (doc.parameters['q']!.value = i / 10)) {
  let doc = commitRevision(null, sampleDocument(), { now: at(0), retention: false });
  for (let i = 2; i <= n; i++) {
    const next = structuredClone(doc);
    edit(next, i);
    doc = commitRevision(doc, next, { now: at(i), retention: false });
  }
  return doc;
}

function withPatch(doc: ScenarioDocument, index: number, patch: unknown[]): ScenarioDocument {
  const out = structuredClone(doc);
  out.history!.revisions[index]!.reversePatch = patch as never;
  return out;
}

describe('patches are checked before they are applied', () => {
  it('refuses operations that are not JSON Patch, as a diagnostic naming the operation', () => {
    const doc = withPatch(saved(3), 1, [{ op: 'eval', path: '/meta/title', value: 'x' }]);
    const r = reconstructRevision(doc, 2);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toEqual(
      expect.objectContaining({ code: 'history.patch-invalid', path: 'history.revisions[1].reversePatch[0]' }),
    );
    expect(r.diagnostics[0]!.message).toMatch(/"eval" is not a JSON Patch operation/);
  });

  it('refuses paths through __proto__, constructor or prototype, and paths outside the content', () => {
    for (const path of ['/__proto__/polluted', '/parameters/constructor', '/history/revisions/0', '', 'meta']) {
      const doc = withPatch(saved(3), 1, [{ op: 'add', path, value: 1 }]);
      const r = reconstructRevision(doc, 2);
      expect(r.ok, path).toBe(false);
      expect(r.diagnostics[0]?.code, path).toBe('history.patch-invalid');
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stops a patch that copies a subtree into itself long before it grows large', () => {
    // Each copy doubles q (new keys x0, x1...): 2^14 copies of it from 14 short operations.
    const copies = Array.from({ length: 14 }, (_, k) => ({
      op: 'copy',
      from: '/parameters/q',
      path: `/parameters/q/x${k}`,
    }));
    const doc = withPatch(saved(3), 1, copies);
    const r = reconstructRevision(doc, 2);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe('history.too-large');
    expect(listRevisions(doc).map((x) => [x.revision, x.restorable])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
  });

  it('stops a patch that nests the content deeper than any file may', () => {
    // Three operations per level: add a holder, move the nest into it, move the holder back.
    const ops: unknown[] = [{ op: 'add', path: '/nest', value: {} }];
    for (let i = 0; i < 5000; i++)
      ops.push(
        { op: 'add', path: '/holder', value: {} },
        { op: 'move', from: '/nest', path: '/holder/n' },
        { op: 'move', from: '/holder', path: '/nest' },
      );
    const doc = withPatch(saved(3), 1, ops);
    const r = reconstructRevision(doc, 2);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe('history.too-large');
    expect(r.diagnostics[0]?.message).toMatch(/64 levels/);
  });
});

describe('a rebuilt revision must be the one that was saved', () => {
  it('reports a changed value in an old patch instead of restoring it', () => {
    const doc = saved(4);
    const tampered = structuredClone(doc);
    (tampered.history!.revisions[1]!.reversePatch![0] as { value: unknown }).value = 99;
    const r = reconstructRevision(tampered, 2);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe('history.hash-mismatch');
    expect(r.diagnostics[0]?.message).toMatch(/Revision 2 does not match what was saved as revision 2/);
    expect(reconstructRevision(tampered, 3).ok).toBe(true);
    expect(listRevisions(tampered).map((x) => x.restorable)).toEqual([true, true, false, false]);
  });

  it('reports a deleted revision record instead of labelling another revision with its number', () => {
    // Revision 4 changes the title; its record (the patch from 5 back to 4, restoring q) goes.
    const doc = saved(5, (d, i) => {
      if (i === 4) d.meta.title = 'Four';
      else d.parameters['q']!.value = i / 10;
    });
    const cut = structuredClone(doc);
    cut.history!.revisions.splice(3, 1);
    const r = reconstructRevision(cut, 3);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe('history.hash-mismatch');
  });
});

describe('a file with a damaged history', () => {
  it('still loads and saves, keeping its history as it is', () => {
    const copies = Array.from({ length: 18 }, (_, k) => ({
      op: 'copy',
      from: '/parameters/q',
      path: `/parameters/q/x${k}`,
    }));
    const doc = withPatch(saved(3), 0, copies);
    // Old enough that retention drops revision 2, which re-applies the hostile patch's neighbours.
    doc.history!.revisions.forEach((r, i) => (r.savedAt = at(i)));
    const text = serialiseScenario(doc);
    const loaded = loadScenario(text);
    expect(loaded.ok).toBe(true);
    const edited = structuredClone(doc);
    edited.parameters['q']!.value = 7;
    const result = prepareSave({ base: text, edited, name: 'f.causeway.json', now: '2027-06-01T00:00:00.000Z' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text.length).toBeLessThan(text.length * 2);
  });
});
