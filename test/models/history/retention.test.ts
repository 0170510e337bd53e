import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyJsonPatch,
  commitRevision,
  diffJson,
  listRevisions,
  reconstructRevision,
  revisionContent,
  selectRetained,
  thinHistory,
  thinRevisions,
} from '../../../models/history/index.ts';
import type { RevisionRecord, ScenarioDocument } from '../../../models/types.ts';
import { sampleDocument } from './fixture.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 15, 12, 0); // a Monday
const ago = (hours: number) => new Date(NOW - hours * HOUR).toISOString();
const rec = (revision: number, hoursAgo: number, extra: Partial<RevisionRecord> = {}): RevisionRecord => ({
  revision,
  savedAt: ago(hoursAgo),
  ...extra,
});

describe('selectRetained', () => {
  it('keeps everything from the last day, one a day for a month, one a week after, milestones always', () => {
    const records = [
      rec(1, 24 * 90), // oldest: always kept
      rec(2, 24 * 60 + 1),
      rec(3, 24 * 60), // same week long ago: newest (3) kept
      rec(4, 24 * 50, { milestone: 'Board' }),
      rec(5, 24 * 50 - 1), // milestone kept; 5 newest in its week
      rec(6, 24 * 10 + 5),
      rec(7, 24 * 10 + 1), // same day ten days ago: 7 kept
      rec(8, 30),
      rec(9, 26), // yesterday (UTC day): 9 kept
      rec(10, 20),
      rec(11, 2),
      rec(12, 0.1), // within 24 hours: all kept
    ];
    expect([...selectRetained(records, new Date(NOW).toISOString())].sort((a, b) => a - b)).toEqual([
      1, 3, 4, 5, 7, 9, 10, 11, 12,
    ]);
  });

  it('keeps records whose time cannot be read', () => {
    expect(
      selectRetained(
        [rec(1, 1010), { revision: 2, savedAt: 'yesterday' }, rec(3, 1005), rec(4, 1000), rec(5, 0)],
        new Date(NOW).toISOString(),
      ),
    ).toEqual(new Set([1, 2, 4, 5]));
  });
});

describe('thinRevisions', () => {
  it('composes dropped patches into the kept neighbour so it still rebuilds exactly', () => {
    const contents = [{ v: 0 }, { v: 1, a: [1] }, { v: 2, a: [1, 2] }, { v: 3, a: [2] }];
    const records: RevisionRecord[] = contents.map((c, i) => ({
      revision: i + 1,
      savedAt: ago(24 * (40 - i * 0.1)), // all in one old week: only the newest and the oldest stay
      ...(i < contents.length - 1 ? { reversePatch: diffJson(contents[i + 1], c) } : {}),
    }));
    const thinned = thinRevisions(records, new Date(NOW).toISOString());
    expect(thinned.map((r) => r.revision)).toEqual([1, 4]);
    const rebuilt = applyJsonPatch(contents[3], thinned[0]!.reversePatch!);
    expect(rebuilt).toEqual({ ok: true, value: contents[0] });
  });
});

describe('retention on saved documents', () => {
  // Saves spread over months with random milestones: after thinning, milestones survive and every
  // kept revision rebuilds to exactly what was saved.
  it('keeps milestones and rebuilds every kept revision (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gapHours: fc.double({ min: 0.01, max: 24 * 12, noNaN: true }),
            value: fc.integer(),
            milestone: fc.boolean(),
          }),
          { minLength: 2, maxLength: 40 },
        ),
        (saves) => {
          let t = NOW - saves.reduce((s, x) => s + x.gapHours, 0) * HOUR;
          let doc = commitRevision(null, sampleDocument(), { now: new Date(t).toISOString() });
          const contents = new Map<number, ScenarioDocument>([[doc.meta.revision!, revisionContent(doc)]]);
          const milestones: number[] = [];
          for (const save of saves) {
            t += save.gapHours * HOUR;
            const next = structuredClone(doc);
            next.parameters['q']!.value = save.value;
            next.logicModel.nodes.push({
              id: `n${next.logicModel.nodes.length}`,
              stage: 'output',
              label: String(save.value),
            });
            doc = commitRevision(doc, next, {
              now: new Date(t).toISOString(),
              ...(save.milestone ? { milestone: `m${save.value}` } : {}),
            });
            contents.set(doc.meta.revision!, revisionContent(doc));
            if (save.milestone) milestones.push(doc.meta.revision!);
          }
          const thinned = thinHistory(doc, new Date(NOW + 400 * 24 * HOUR).toISOString());
          const kept = listRevisions(thinned).map((r) => r.revision);
          for (const m of milestones) expect(kept).toContain(m);
          for (const revision of kept) {
            const r = reconstructRevision(thinned, revision);
            if (!r.ok) throw new Error(r.diagnostics[0]?.message);
            expect(revisionContent(r.value)).toEqual(contents.get(revision));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('large arrays', () => {
  it('diffs long arrays quickly and without deep recursion', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => ({ id: i, v: i }));
    const b = structuredClone(a);
    b[10_000]!.v = -1;
    b.splice(15_000, 1);
    const started = performance.now();
    const patch = diffJson(a, b);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(applyJsonPatch(a, patch)).toEqual({ ok: true, value: b });
    const same = structuredClone(a);
    same[123]!.v = 7;
    expect(diffJson(a, same)).toEqual([{ op: 'replace', path: '/123/v', value: 7 }]);
  });
});
