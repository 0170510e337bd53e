import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  commitRevision,
  diffRevisions,
  listRevisions,
  markMilestone,
  reconstructRevision,
  revisionContent,
} from '../../../models/history/index.ts';
import { withUnknownFields, type ScenarioDocument } from '../../../models/document.ts';
import { at, sampleDocument } from './fixture.ts';

const KEEP_ALL = { retention: false as const };

function saveSequence(edits: Array<(d: ScenarioDocument) => void>): {
  doc: ScenarioDocument;
  contents: Map<number, ScenarioDocument>;
} {
  let doc = commitRevision(null, sampleDocument(), { now: at(0), ...KEEP_ALL });
  const contents = new Map([[doc.meta.revision!, revisionContent(doc)]]);
  edits.forEach((edit, i) => {
    const next = structuredClone(doc);
    edit(next);
    doc = commitRevision(doc, next, { now: at(i + 1), ...KEEP_ALL });
    contents.set(doc.meta.revision!, revisionContent(doc));
  });
  return { doc, contents };
}

describe('commitRevision', () => {
  it('numbers saves and records time, note and milestone', () => {
    const first = commitRevision(null, sampleDocument(), { now: at(0), note: 'created' });
    expect(first.meta.revision).toBe(1);
    expect(first.meta.updatedAt).toBe(at(0));
    const hash = expect.stringMatching(/^tree-sha256:[0-9a-f]{64}$/);
    expect(first.history?.revisions).toEqual([{ revision: 1, savedAt: at(0), note: 'created', contentHash: hash }]);
    const edited = structuredClone(first);
    edited.parameters['q']!.value = 0.5;
    const second = commitRevision(first, edited, { now: at(5), milestone: 'Board paper' });
    expect(second.meta.revision).toBe(2);
    expect(second.history?.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(second.history?.revisions[1]).toEqual({
      revision: 2,
      savedAt: at(5),
      milestone: 'Board paper',
      contentHash: hash,
    });
    expect(second.history?.revisions[0]?.reversePatch?.length).toBeGreaterThan(0);
    expect(first.history?.revisions[0]?.reversePatch).toBeUndefined(); // inputs untouched
  });

  it('records a previous revision that had no history (a file from another tool)', () => {
    const plain = { ...sampleDocument(), meta: { title: 'T', revision: 3, updatedAt: at(-60) } };
    const edited = structuredClone(plain);
    edited.meta.title = 'T2';
    const saved = commitRevision(plain, edited, { now: at(0) });
    expect(saved.meta.revision).toBe(4);
    expect(listRevisions(saved).map((r) => [r.revision, r.savedAt, r.restorable])).toEqual([
      [4, at(0), true],
      [3, at(-60), true],
    ]);
    const old = reconstructRevision(saved, 3);
    expect(old.ok && revisionContent(old.value)).toEqual(plain);
  });

  it('keeps unknown fields and the history of a save without a known base, marked unrestorable', () => {
    const { doc } = saveSequence([
      (d) => {
        d.meta.title = 'x';
      },
    ]);
    const copy = structuredClone(doc);
    copy.parameters['q']!.value = 9;
    const saved = commitRevision(null, copy, { now: at(10) });
    expect(saved.meta.revision).toBe(3);
    expect(listRevisions(saved).map((r) => r.restorable)).toEqual([true, false, false]);
    const r = reconstructRevision(saved, 1);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe('history.unrecoverable');
  });
});

describe('reconstructRevision', () => {
  it('rebuilds every revision of a sequence exactly, with the history up to it', () => {
    const { doc, contents } = saveSequence([
      (d) => {
        d.parameters['q']!.value = 0.7;
      },
      (d) => {
        d.logicModel.nodes.splice(1, 0, { id: 'mid', stage: 'output', label: 'Firms' });
      },
      (d) => {
        d.scenarios[1]!.overrides = { p_support: { value: 0.05, low: 0.03 } };
      },
      (d) => {
        delete d.parameters['q'];
        withUnknownFields(d)['extraField'] = { kept: [1, 2] };
      },
    ]);
    for (const [revision, content] of contents) {
      const r = reconstructRevision(doc, revision);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(revisionContent(r.value)).toEqual(content);
      expect(r.value.history?.revisions.at(-1)).toEqual(expect.objectContaining({ revision }));
      expect(r.value.history?.revisions.at(-1)?.reversePatch).toBeUndefined();
    }
  });

  it('reports an unknown revision and a damaged patch as diagnostics', () => {
    const { doc } = saveSequence([
      (d) => {
        d.parameters['q']!.value = 1;
      },
    ]);
    expect(reconstructRevision(doc, 42).diagnostics[0]?.message).toMatch(
      /Revision 42 is not in the history; the kept revisions are 1, 2/,
    );
    const broken = structuredClone(doc);
    broken.history!.revisions[0]!.reversePatch = [{ op: 'remove', path: '/nowhere/at/all' }];
    const r = reconstructRevision(broken, 1);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toEqual(
      expect.objectContaining({ code: 'history.patch-failed', path: 'history.revisions[0].reversePatch[0]' }),
    );
  });

  // Random edit sequences over the parts of a document users change, including array inserts,
  // deletions, moves and unknown fields: every revision must come back exactly.
  it('restores every revision of random edit sequences (property)', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('param' as const),
        id: fc.constantFrom('p_support', 'q', 'r_new'),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      }),
      fc.record({ kind: fc.constant('drop-param' as const), id: fc.constantFrom('p_support', 'q', 'r_new') }),
      fc.record({ kind: fc.constant('add-node' as const), at: fc.nat(10), label: fc.string() }),
      fc.record({ kind: fc.constant('drop-node' as const), at: fc.nat(10) }),
      fc.record({ kind: fc.constant('move-node' as const), from: fc.nat(10), to: fc.nat(10) }),
      fc.record({ kind: fc.constant('title' as const), title: fc.string() }),
      fc.record({ kind: fc.constant('unknown' as const), value: fc.jsonValue() }),
      fc.record({
        kind: fc.constant('override' as const),
        value: fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.record({ value: fc.integer(), low: fc.integer() }),
        ),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        (saves) => {
          const { doc, contents } = saveSequence(
            saves.map((ops) => (d: ScenarioDocument) => {
              for (const op of ops) {
                const nodes = d.logicModel.nodes;
                if (op.kind === 'param') d.parameters[op.id] = { ...(d.parameters[op.id] ?? {}), value: op.value };
                else if (op.kind === 'drop-param') delete d.parameters[op.id];
                else if (op.kind === 'add-node')
                  nodes.splice(op.at % (nodes.length + 1), 0, {
                    id: `n${nodes.length}`,
                    stage: 'output',
                    label: op.label,
                  });
                else if (op.kind === 'drop-node' && nodes.length > 0) nodes.splice(op.at % nodes.length, 1);
                else if (op.kind === 'move-node' && nodes.length > 0)
                  nodes.splice(op.to % nodes.length, 0, ...nodes.splice(op.from % nodes.length, 1));
                else if (op.kind === 'title') d.meta.title = op.title;
                else if (op.kind === 'unknown') withUnknownFields(d.meta)['extra'] = op.value;
                else if (op.kind === 'override') d.scenarios[1]!.overrides = { p_support: op.value };
              }
            }),
          );
          // JSON round trip first: files are text, so -0 and friends are what JSON makes of them.
          const stored = JSON.parse(JSON.stringify(doc)) as ScenarioDocument;
          for (const [revision, content] of contents) {
            const r = reconstructRevision(stored, revision);
            if (!r.ok) throw new Error(r.diagnostics[0]?.message);
            expect(revisionContent(r.value)).toEqual(JSON.parse(JSON.stringify(content)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('listRevisions, diffRevisions and markMilestone', () => {
  it('lists newest first and diffs two revisions by path', () => {
    const { doc } = saveSequence([
      (d) => {
        d.parameters['q']!.value = 0.7;
      },
      (d) => {
        d.logicModel.nodes[0]!.expr = '3';
        d.scenarios.push({ id: 'x', name: 'X', interventions: [] });
      },
    ]);
    expect(listRevisions(doc).map((r) => r.revision)).toEqual([3, 2, 1]);
    const diff = diffRevisions(doc, 1, 3);
    expect(diff.ok).toBe(true);
    if (!diff.ok) return;
    const paths = diff.value.changes.map((c) => c.path);
    expect(paths).toEqual(
      expect.arrayContaining(['parameters.q.value', 'logicModel.nodes[0].expr', 'scenarios[2]', 'meta.revision']),
    );
    expect(paths).not.toContain('scenarios[-]');
    expect(diff.value.changes.find((c) => c.path === 'parameters.q.value')).toEqual({
      path: 'parameters.q.value',
      kind: 'changed',
      before: 0.4,
      after: 0.7,
    });
  });

  it('names an existing revision', () => {
    const { doc } = saveSequence([
      (d) => {
        d.parameters['q']!.value = 0.7;
      },
    ]);
    const named = markMilestone(doc, 1, 'Baseline agreed');
    expect(named.ok && listRevisions(named.value).map((r) => r.milestone)).toEqual([null, 'Baseline agreed']);
    expect(markMilestone(doc, 9, 'x').ok).toBe(false);
  });
});
