/** The store: document edits are undoable, bursts coalesce, view state is not undoable. */
import { describe, expect, it } from 'vitest';
import { commitRevision, restoreRevision, setParameterValue, updateNode } from '../../models/index.ts';
import { createCauswayStore, defaultScenarioId, isModified } from '../../renderer/store/createStore.ts';
import { projectionFor } from '../../renderer/store/derived.ts';
import { exampleDoc } from './helpers.tsx';

describe('createCauswayStore', () => {
  it('opens on the first scenario that switches something on, unmodified', () => {
    const store = createCauswayStore(exampleDoc());
    expect(store.getState().scenarioId).toBe('digital-led');
    expect(defaultScenarioId({ ...exampleDoc(), scenarios: [{ id: 'a', name: 'A', interventions: [] }] })).toBe('a');
    expect(isModified(store.getState())).toBe(false);
  });

  it('undoes and redoes document edits, and the modified mark follows', () => {
    const store = createCauswayStore(exampleDoc());
    const original = store.getState().doc;
    store.getState().edit((d) => updateNode(d, 'grant', { label: 'Budget' }));
    expect(store.getState().doc.logicModel.nodes[0]!.label).toBe('Budget');
    expect(isModified(store.getState())).toBe(true);
    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(original);
    expect(isModified(store.getState())).toBe(false);
    store.temporal.getState().redo();
    expect(store.getState().doc.logicModel.nodes[0]!.label).toBe('Budget');
  });

  it('coalesces a burst of edits with the same key into one undo step', () => {
    const store = createCauswayStore(exampleDoc());
    for (const v of [0.5, 0.55, 0.6, 0.65])
      store.getState().edit(
        (d) => {
          const r = setParameterValue(d, 'adoption_rate', v);
          return r.ok ? r.value : d;
        },
        { coalesce: 'param:adoption_rate' },
      );
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().doc.parameters['adoption_rate']!.value).toBe(0.6);
  });

  it('does not record selection or view changes as undo steps', () => {
    const store = createCauswayStore(exampleDoc());
    store.getState().select({ kind: 'node', id: 'grant' });
    store.getState().setView('results');
    store.getState().selectScenario('combined');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('clears the history when another document opens, and a save resets the modified mark', () => {
    const store = createCauswayStore(exampleDoc());
    store.getState().edit((d) => updateNode(d, 'grant', { label: 'X' }));
    const next = exampleDoc();
    store.getState().openDocument(next, { token: 't', name: 'f.causeway.json' });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().edit((d) => updateNode(d, 'grant', { label: 'Y' }));
    const saved = { ...store.getState().doc, meta: { ...store.getState().doc.meta, revision: 1 } };
    store.getState().markSaved(saved, 't', 'f.causeway.json');
    expect(isModified(store.getState())).toBe(false);
    expect(store.getState().doc.meta.revision).toBe(1);
  });

  it('compares the modified mark with the saved document: undo across a save, then back to what was saved', () => {
    const opened = exampleDoc();
    const store = createCauswayStore(opened, { token: 't', name: 'f.causeway.json' });
    const history = store.temporal.getState;
    store.getState().edit((d) => updateNode(d, 'grant', { label: 'Budget' }));
    // The save writes revision 1 with its history entry; the platform hands back that document.
    const saved = commitRevision(opened, store.getState().doc, { now: '2026-11-30T10:00:00.000Z', retention: false });
    store.getState().markSaved(structuredClone(saved), 't', 'f.causeway.json');
    expect(isModified(store.getState())).toBe(false);
    // Undo across the save: the document before the edit, revision 0, differs from the file.
    history().undo();
    expect(store.getState().doc.meta.revision ?? 0).toBe(0);
    expect(isModified(store.getState())).toBe(true);
    history().redo();
    expect(isModified(store.getState())).toBe(false);
    // Back across the save again, then the History view restores the saved revision: another object,
    // the same document as the file, so nothing is unsaved.
    history().undo();
    const restored = restoreRevision(store.getState().file.savedDoc!, 1);
    if (!restored.ok) throw new Error(restored.diagnostics[0]!.message);
    store.getState().edit(() => restored.value);
    expect(store.getState().doc).not.toBe(store.getState().file.savedDoc);
    expect(isModified(store.getState())).toBe(false);
    // A real change still shows.
    store.getState().edit((d) => updateNode(d, 'grant', { label: 'Budget 2' }));
    expect(isModified(store.getState())).toBe(true);
    // An untitled document (nothing saved) is always modified.
    expect(isModified({ doc: opened, file: { token: null, name: null, savedDoc: null } })).toBe(true);
  });

  it('logs edits in workshop mode only', () => {
    const store = createCauswayStore(exampleDoc());
    store.getState().edit((d) => updateNode(d, 'grant', { label: 'A' }), { log: 'renamed' });
    expect(store.getState().workshopLog).toHaveLength(0);
    store.getState().setWorkshop(true);
    store.getState().edit((d) => updateNode(d, 'grant', { label: 'B' }), { log: 'renamed again' });
    expect(store.getState().workshopLog.map((e) => e.text)).toEqual(['renamed again']);
  });

  it('falls back to a scenario that exists when the shown one is deleted', () => {
    const store = createCauswayStore(exampleDoc());
    store.getState().edit((d) => ({ ...d, scenarios: d.scenarios.filter((s) => s.id !== 'digital-led') }));
    expect(store.getState().scenarioId).toBe('combined');
  });

  it('memoises projections by document identity', () => {
    const doc = exampleDoc();
    expect(projectionFor(doc, 'combined')).toBe(projectionFor(doc, 'combined'));
    expect(projectionFor({ ...doc }, 'combined')).not.toBe(projectionFor(doc, 'combined'));
  });
});
