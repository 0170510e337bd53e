/**
 * The CLI on damaged histories (issue 9, failure 2): `history` and `validate` say what can be
 * restored, `restore` refuses (exit 1, a sentence, nothing written) what does not match what was
 * saved or would not load, and `history --cut-damaged` cuts the history, keeping a backup.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  commitRevision,
  listRevisions,
  loadScenario,
  serialiseScenario,
  type ScenarioDocument,
} from '../../models/index.ts';
import { at, sampleDocument } from '../models/history/fixture.ts';
import { runCli } from '../helpers/cli.ts';
import { withTempDir } from '../node/helpers.ts';

function history(n: number, hashes = true): ScenarioDocument {
  let doc = commitRevision(null, sampleDocument(), { now: at(0), retention: false });
  for (let i = 2; i <= n; i++) {
    const next = structuredClone(doc);
    next.parameters['q']!.value = i / 10;
    doc = commitRevision(doc, next, { now: at(i), retention: false });
  }
  if (!hashes) for (const r of doc.history!.revisions) delete r.contentHash; // as saved by an older release
  return doc;
}

function tampered(): ScenarioDocument {
  const doc = history(4);
  (doc.history!.revisions[1]!.reversePatch![0] as { value: unknown }).value = 99;
  return doc;
}

async function inFolder(doc: ScenarioDocument, fn: (dir: string) => Promise<void>): Promise<void> {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'f.causeway.json'), serialiseScenario(doc));
    await fn(dir);
  });
}

describe('history and validate report what can be restored', () => {
  it('history marks damaged revisions, says why, and how to cut them', async () => {
    await inFolder(tampered(), async (dir) => {
      const run = await runCli(['history', 'f.causeway.json'], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^2 .*\(cannot be restored\)$/m);
      expect(run.stdout).toMatch(/^3 /m);
      expect(run.stdout).not.toMatch(/^3 .*cannot be restored/m);
      expect(run.stdout).toMatch(/Revisions 2 and older cannot be restored: Revision 2 does not match what was saved/);
      expect(run.stdout).toMatch(/causeway history f\.causeway\.json --cut-damaged/);
      const json = JSON.parse((await runCli(['history', 'f.causeway.json', '--json'], dir)).stdout) as {
        revisions: Array<{ revision: number; restorable: boolean; verified: boolean; problem: string | null }>;
      };
      expect(json.revisions.map((r) => [r.revision, r.restorable, r.verified])).toEqual([
        [4, true, true],
        [3, true, true],
        [2, false, false],
        [1, false, false],
      ]);
      expect(json.revisions[2]!.problem).toMatch(/does not match what was saved/);
    });
  });

  it('validate still passes the file, with a warning about its history', async () => {
    await inFolder(tampered(), async (dir) => {
      const run = await runCli(['validate', 'f.causeway.json'], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('f.causeway.json: ok\n');
      expect(run.stderr).toMatch(/Warning: Revision 2 does not match what was saved/);
      expect(run.stderr).toMatch(/--cut-damaged/);
    });
  });
});

describe('restore refuses what was not saved', () => {
  it('a revision whose patch was changed: exit 1, a sentence, nothing written', async () => {
    await inFolder(tampered(), async (dir) => {
      const run = await runCli(['restore', 'f.causeway.json', '--revision', '2', '--out', 'r.causeway.json'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Revision 2 does not match what was saved as revision 2/);
      expect(await readdir(dir)).toEqual(['f.causeway.json']);
    });
  });

  it('a rebuilt revision that would not load (a patch setting format), even without hashes', async () => {
    const doc = history(3, false);
    doc.history!.revisions[1]!.reversePatch!.push({ op: 'replace', path: '/format', value: 'something-else' });
    await inFolder(doc, async (dir) => {
      const run = await runCli(['restore', 'f.causeway.json', '--revision', '2', '--out', 'r.causeway.json'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Revision 2 was rebuilt but would not load as a scenario file/);
      expect(await readdir(dir)).toEqual(['f.causeway.json']);
    });
  });

  it('prototype paths and unknown operations: exit 1, never 2', async () => {
    for (const op of [
      { op: 'add', path: '/__proto__/x', value: 1 },
      { op: 'frobnicate', path: '/meta/title' },
    ]) {
      const doc = history(3);
      doc.history!.revisions[1]!.reversePatch = [op] as never;
      await inFolder(doc, async (dir) => {
        const run = await runCli(['restore', 'f.causeway.json', '--revision', '1', '--out', 'r.causeway.json'], dir);
        expect(run.code, JSON.stringify(op)).toBe(1);
        expect(run.stderr).toMatch(/cannot be rebuilt: operation 1 of its patch is unusable/);
      });
    }
  });

  it('warns that a revision saved before hashes existed cannot be checked', async () => {
    await inFolder(history(3, false), async (dir) => {
      const run = await runCli(['restore', 'f.causeway.json', '--revision', '1', '--out', 'r.causeway.json'], dir);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/Warning: Revision 1 was saved before Causeway recorded a hash/);
    });
  });
});

describe('history --cut-damaged', () => {
  it('cuts at the last good revision, keeps the original as a backup, and is then a no-op', async () => {
    const doc = tampered();
    const original = serialiseScenario(doc);
    await inFolder(doc, async (dir) => {
      const run = await runCli(['history', 'f.causeway.json', '--cut-damaged'], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Cut the history of f\.causeway\.json at revision 3: dropped revisions 1 and 2/);
      const backup = (await readdir(dir)).find((n) => n.startsWith('f.causeway.json.before-cut-'));
      expect(backup).toMatch(/\.bak$/);
      expect(await readFile(join(dir, backup!), 'utf8')).toBe(original);
      const cut = loadScenario(await readFile(join(dir, 'f.causeway.json'), 'utf8'));
      expect(cut.ok).toBe(true);
      if (cut.ok)
        expect(listRevisions(cut.document).map((r) => [r.revision, r.restorable])).toEqual([
          [4, true],
          [3, true],
        ]);
      const again = await runCli(['history', 'f.causeway.json', '--cut-damaged'], dir);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/nothing to cut/);
    });
  });
});

describe('set on a file changed outside Causeway (issue 9: nothing altered silently)', () => {
  it('keeps the outside edit as its own revision, says so, and never restores it under the old number', async () => {
    // Revision 3 was saved with q = 0.3; then q was changed to 9999 in a text editor.
    const saved = serialiseScenario(history(3));
    const edited = saved.replace(/("q": \{\s*"value": )0\.3\b/, '$19999');
    expect(edited).not.toBe(saved);
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'f.causeway.json'), edited);
      const set = await runCli(['set', 'f.causeway.json', 'p_support=0.02'], dir);
      expect(set.code).toBe(0);
      expect(set.stdout).toMatch(/^f\.causeway\.json: saved revision 5\.$/m);
      expect(set.stdout).toContain(
        'The file had been changed outside Causeway since revision 3; that change is kept as revision 4, and revision 3 and older can no longer be restored.',
      );
      const restored = async (revision: number) => {
        const out = `r${revision}.causeway.json`;
        const run = await runCli(['restore', 'f.causeway.json', '--revision', String(revision), '--out', out], dir);
        if (run.code !== 0) return { run, doc: null };
        const loaded = loadScenario(await readFile(join(dir, out), 'utf8'));
        return { run, doc: loaded.ok ? loaded.document : null };
      };
      const four = await restored(4);
      expect(four.doc?.parameters['q']!.value).toBe(9999);
      expect(four.doc?.parameters['p_support']!.value).toBe(0.03);
      const five = await restored(5);
      expect(five.doc?.parameters['p_support']!.value).toBe(0.02);
      const three = await restored(3);
      expect(three.run.code).toBe(1);
      expect(three.run.stderr).toMatch(
        /Revision 3 cannot be restored: the file was changed outside Causeway after it was saved \(that change is kept as revision 4\)/,
      );
      expect(await readdir(dir)).not.toContain('r3.causeway.json');
      const listed = await runCli(['history', 'f.causeway.json'], dir);
      expect(listed.stdout).toMatch(/^4 .*Changed outside Causeway after revision 3/m);
      expect(listed.stdout).toMatch(
        /Revisions 3 and older cannot be restored: Revision 3 cannot be restored: the file was changed outside/,
      );
    });
  });
});
