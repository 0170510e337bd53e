/** The browser adapter's save text: revision + 1 and a history entry, by models/history. */
import { describe, expect, it } from 'vitest';
import { listRevisions, loadScenario, serialiseScenario } from '../../models/index.ts';
import { buildSavedText } from '../../renderer/platform/revision.ts';
import { isWorkerReply, isWorkerRequest } from '../../renderer/results/mcProtocol.ts';
import { exampleDoc } from './helpers.tsx';

describe('buildSavedText', () => {
  it('adds a revision with the note, and can rebuild the previous one', () => {
    const first = buildSavedText(null, serialiseScenario(exampleDoc()), { note: 'first' }, '2026-02-01T10:00:00.000Z');
    if ('error' in first) throw new Error(first.error);
    expect(first.revision).toBe(1);
    const changed = {
      ...first.doc,
      parameters: { ...first.doc.parameters, annual_budget: { ...first.doc.parameters.annual_budget!, value: 5 } },
    };
    const second = buildSavedText(
      first.text,
      serialiseScenario(changed),
      { milestone: 'Board draft' },
      '2026-02-02T10:00:00.000Z',
    );
    if ('error' in second) throw new Error(second.error);
    expect(second.revision).toBe(2);
    const doc = loadScenario(second.text).document!;
    expect(listRevisions(doc).map((r) => [r.revision, r.note, r.milestone])).toEqual([
      [2, null, 'Board draft'],
      [1, 'first', null],
    ]);
  });

  it('refuses text that is not a scenario file', () => {
    expect('error' in buildSavedText(null, '{"x":1}', {})).toBe(true);
  });
});

describe('the Monte Carlo worker protocol', () => {
  it('accepts well-formed messages only', () => {
    expect(isWorkerRequest({ type: 'start', id: 1, doc: {}, scenarioId: 's', samples: 100, seed: 1, batch: 10 })).toBe(
      true,
    );
    expect(isWorkerRequest({ type: 'start', id: 1, doc: {}, scenarioId: 's', samples: 1, seed: 1, batch: 10 })).toBe(
      false,
    );
    expect(isWorkerRequest({ type: 'cancel', id: 'x' })).toBe(false);
    expect(isWorkerReply({ type: 'progress', id: 1, done: 5, total: 10 })).toBe(true);
    expect(isWorkerReply({ type: 'done', id: 1 })).toBe(false);
  });
});
