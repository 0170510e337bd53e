import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  listRevisions,
  loadScenario,
  prepareSave,
  reconstructRevision,
  revisionContent,
  serialiseScenario,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { at, sampleDocument } from './fixture.ts';

function saved(input: Parameters<typeof prepareSave>[0]) {
  const out = prepareSave(input);
  if (!out.ok) throw new Error(out.message);
  return out;
}

function withQ(doc: ScenarioDocument, q: number): ScenarioDocument {
  const next = structuredClone(doc);
  next.parameters['q']!.value = q;
  return next;
}

describe('prepareSave', () => {
  it('writes revision + 1 with note and milestone, and the previous revision can be rebuilt exactly', () => {
    const first = saved({
      base: null,
      edited: serialiseScenario(sampleDocument()),
      name: 'a',
      now: at(0),
      note: 'first',
    });
    expect(first.revision).toBe(1);
    expect(first.text).toBe(serialiseScenario(first.document));
    const second = saved({
      base: first.document,
      edited: withQ(first.document, 0.5),
      name: 'a',
      now: at(1),
      milestone: 'Board draft',
    });
    expect(second.revision).toBe(2);
    const reloaded = loadScenario(second.text);
    expect(reloaded.ok && listRevisions(reloaded.document).map((r) => [r.revision, r.note, r.milestone])).toEqual([
      [2, null, 'Board draft'],
      [1, 'first', null],
    ]);
    const rebuilt = reconstructRevision(second.document, 1);
    expect(rebuilt.ok && serialiseScenario(revisionContent(rebuilt.value))).toBe(
      serialiseScenario(revisionContent(first.document)),
    );
  });

  it('gives the same result from the base as text or as its document, and from the edit as text or document', () => {
    const base = saved({ base: null, edited: sampleDocument(), name: 'a', now: at(0) });
    const edit = withQ(base.document, 0.7);
    const fromDocs = saved({ base: base.document, edited: edit, name: 'a', now: at(2) });
    const fromTexts = saved({ base: base.text, edited: serialiseScenario(edit), name: 'a', now: at(2) });
    // The same content and history; only the order of operations inside a patch may differ, as it
    // follows the key order of the objects compared (canonical in parsed text, insertion in memory).
    expect(revisionContent(fromTexts.document)).toEqual(revisionContent(fromDocs.document));
    expect(listRevisions(fromTexts.document)).toEqual(listRevisions(fromDocs.document));
    const rebuilt = [fromTexts, fromDocs].map((s) => {
      const r = reconstructRevision(s.document, 1);
      return r.ok ? serialiseScenario(r.value) : r.diagnostics;
    });
    expect(rebuilt[0]).toBe(rebuilt[1]);
    expect(rebuilt[0]).toBe(base.text);
  });

  it('modifies neither input', () => {
    const base = saved({ base: null, edited: sampleDocument(), name: 'a', now: at(0) }).document;
    const edit = withQ(base, 0.9);
    const [baseBefore, editBefore] = [structuredClone(base), structuredClone(edit)];
    const out = saved({ base, edited: edit, name: 'a', now: at(1) });
    out.document.parameters['q']!.value = 123;
    expect(base).toEqual(baseBefore);
    expect(edit).toEqual(editBefore);
  });

  it('refuses text that is not a scenario, and a newer schemaVersion, saying which file', () => {
    const bad = prepareSave({ base: null, edited: '{"x":1}', name: 'gm.causeway.json', now: at(0) });
    expect(bad).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!bad.ok && bad.message).toMatch(/^"gm.causeway.json" was not saved because the document has errors:/);
    const newer = JSON.stringify({ ...sampleDocument(), schemaVersion: 99 });
    expect(prepareSave({ base: null, edited: newer, name: 'n.causeway.json', now: at(0) })).toEqual({
      ok: false,
      kind: 'newer-version',
      message: expect.stringMatching(/^"n.causeway.json" was not saved: .*schemaVersion 99/),
    });
  });

  it('saves work in progress with semantic problems (a dangling link), as the editor shows them', () => {
    const doc = sampleDocument();
    doc.logicModel.links.push({ id: 'l2', from: 'grant', to: 'nowhere' });
    expect(loadScenario(serialiseScenario(doc)).ok).toBe(false);
    expect(prepareSave({ base: null, edited: serialiseScenario(doc), name: 'a', now: at(0) }).ok).toBe(true);
  });

  it('starts a fresh history line when the base text no longer loads', () => {
    const out = saved({ base: 'not json', edited: sampleDocument(), name: 'a', now: at(0) });
    expect(out.revision).toBe(1);
  });

  it('writes text that loads back to the same document and bytes, whatever the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 4 }),
        (qs) => {
          let current = saved({ base: null, edited: sampleDocument(), name: 'a', now: at(0) });
          qs.forEach((q, i) => {
            current = saved({ base: current.document, edited: withQ(current.document, q), name: 'a', now: at(i + 1) });
          });
          const back = loadScenario(current.text);
          expect(back.document).toEqual(current.document);
          expect(serialiseScenario(back.document!)).toBe(current.text);
        },
      ),
      { numRuns: 40, seed: 8 },
    );
  });
});
