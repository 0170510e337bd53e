import { describe, expect, it } from 'vitest';
import { chmod, lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  listRevisions,
  loadScenario,
  reconstructRevision,
  revisionContent,
  serialiseScenario,
  type ScenarioDocument,
} from '../../models/index.ts';
import { openScenarioFile, saveScenarioFile, documentFromText } from '../../node/scenarioFiles.ts';
import { removeStaleTemporaries, temporaryName, writeFileAtomic } from '../../node/atomicWrite.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { faultyFs, withTempDir } from './helpers.ts';

const NOW = '2026-03-02T14:32:00.000Z';

async function createFile(dir: string, doc: ScenarioDocument = sampleDocument()): Promise<string> {
  const path = join(dir, 'gm.causeway.json');
  await writeFile(path, serialiseScenario(doc));
  return path;
}

async function openOk(path: string) {
  const opened = await openScenarioFile(path);
  if (!opened.ok || !opened.value.outcome.ok) throw new Error(JSON.stringify(opened));
  return { ...opened.value, document: opened.value.outcome.document };
}

function edit(doc: ScenarioDocument, value: number): ScenarioDocument {
  const next = structuredClone(doc);
  next.parameters['q']!.value = value;
  return next;
}

describe('saveScenarioFile', () => {
  it('saves atomically as a new revision, keeps the previous file as .bak and leaves no temporaries', async () => {
    await withTempDir(async (dir) => {
      const path = await createFile(dir);
      const before = await readFile(path, 'utf8');
      const opened = await openOk(path);
      const saved = await saveScenarioFile({
        path,
        document: edit(opened.document, 0.9),
        base: opened.document,
        expected: opened.fingerprint,
        now: NOW,
        note: 'higher q',
      });
      expect(saved.ok).toBe(true);
      if (!saved.ok) return;
      expect(saved.value.revision).toBe(1);
      expect(await readFile(path, 'utf8')).toBe(saved.value.text);
      expect(await readFile(`${path}.bak`, 'utf8')).toBe(before);
      expect((await readdir(dir)).sort()).toEqual(['gm.causeway.json', 'gm.causeway.json.bak']);
      const reopened = await openOk(path);
      expect(listRevisions(reopened.document).map((r) => [r.revision, r.note])).toEqual([
        [1, 'higher q'],
        [0, null],
      ]);
      const old = reconstructRevision(reopened.document, 0);
      expect(old.ok && serialiseScenario(revisionContent(old.value))).toBe(before);
    });
  });

  it('refuses to overwrite a file changed on disk since it was opened (conflict)', async () => {
    await withTempDir(async (dir) => {
      const path = await createFile(dir);
      const opened = await openOk(path);
      const theirs = serialiseScenario(edit(opened.document, 0.1));
      await writeFile(path, theirs);
      const saved = await saveScenarioFile({
        path,
        document: edit(opened.document, 0.9),
        base: opened.document,
        expected: opened.fingerprint,
        now: NOW,
      });
      expect(saved).toEqual({
        ok: false,
        error: {
          kind: 'conflict',
          message: expect.stringMatching(/"gm.causeway.json" was changed on disk after you opened it.*reload.*Save As/),
        },
      });
      expect(await readFile(path, 'utf8')).toBe(theirs);
    });
  });

  it('refuses to overwrite a file of a newer schemaVersion', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'new.causeway.json');
      const newer = JSON.stringify({ ...sampleDocument(), schemaVersion: 99 });
      await writeFile(path, newer);
      const saved = await saveScenarioFile({ path, document: sampleDocument(), base: null, expected: null, now: NOW });
      expect(saved.ok === false && saved.error.kind).toBe('newer-version');
      expect(await readFile(path, 'utf8')).toBe(newer);
      expect(documentFromText(newer, 'new.causeway.json')).toEqual({
        ok: false,
        error: { kind: 'newer-version', message: expect.stringContaining('schemaVersion 99') },
      });
    });
  });

  it('refuses a read-only file, even for root', async () => {
    await withTempDir(async (dir) => {
      const path = await createFile(dir);
      const opened = await openOk(path);
      await chmod(path, 0o444);
      const saved = await saveScenarioFile({
        path,
        document: edit(opened.document, 2),
        base: opened.document,
        expected: opened.fingerprint,
        now: NOW,
      });
      expect(saved.ok === false && saved.error).toEqual({
        kind: 'read-only',
        message: expect.stringContaining('"gm.causeway.json" is read-only'),
      });
    });
  });

  for (const [code, kind, method] of [
    ['ENOSPC', 'disk-full', 'write'],
    ['EACCES', 'permission', 'open'],
    ['EPERM', 'permission', 'rename'],
    ['ENOSPC', 'disk-full', 'copyFile'],
  ] as const) {
    it(`${code} during ${method}: a clear sentence, the file and the document intact, no temporaries`, async () => {
      await withTempDir(async (dir) => {
        const path = await createFile(dir);
        const before = await readFile(path, 'utf8');
        const opened = await openOk(path);
        const document = edit(opened.document, 3);
        const snapshot = structuredClone(document);
        const fs = faultyFs(method, code);
        // Without hard links (FAT sticks) the backup is a copy, which a full disk can refuse.
        if (method === 'copyFile')
          fs.link = async () => {
            throw Object.assign(new Error('no links'), { code: 'EPERM' });
          };
        const saved = await saveScenarioFile({
          path,
          document,
          base: opened.document,
          expected: opened.fingerprint,
          now: NOW,
          fs,
        });
        expect(saved.ok).toBe(false);
        if (saved.ok) return;
        expect(saved.error.kind).toBe(kind);
        expect(saved.error.message).toMatch(
          /"gm.causeway.json".*Your document is still open and the file on disk is unchanged/,
        );
        expect(await readFile(path, 'utf8')).toBe(before);
        expect(document).toEqual(snapshot);
        expect((await readdir(dir)).filter((n) => n.endsWith('.causeway-tmp'))).toEqual([]);
      });
    });
  }

  it('migrates an older file in memory only, and keeps the original as the backup when saved', async () => {
    await withTempDir(async (dir) => {
      // A file with no history and a revision counter: what a tool or an older release writes.
      const doc = { ...sampleDocument(), meta: { title: 'Old', revision: 4, updatedAt: '2025-01-01T00:00:00.000Z' } };
      const path = await createFile(dir, doc);
      const original = await readFile(path, 'utf8');
      const opened = await openOk(path);
      expect(await readFile(path, 'utf8')).toBe(original); // opening writes nothing
      const saved = await saveScenarioFile({
        path,
        document: edit(opened.document, 1),
        base: opened.document,
        expected: opened.fingerprint,
        now: NOW,
      });
      expect(saved.ok && saved.value.revision).toBe(5);
      expect(await readFile(`${path}.bak`, 'utf8')).toBe(original);
      const rebuilt = reconstructRevision((await openOk(path)).document, 4);
      expect(rebuilt.ok && serialiseScenario(revisionContent(rebuilt.value))).toBe(original);
    });
  });

  it('keeps a pre-migration original for good under .schemaN.bak', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'v0.causeway.json');
      const v0 = JSON.stringify({ ...sampleDocument(), schemaVersion: 0 });
      await writeFile(path, v0);
      const outcome = loadScenario(v0);
      // Only meaningful once a migration from schemaVersion 0 exists; until then v0 is refused on load.
      if (!outcome.ok) return;
      const saved = await saveScenarioFile({
        path,
        document: outcome.document,
        base: outcome.document,
        expected: null,
        now: NOW,
      });
      expect(saved.ok).toBe(true);
      expect(await readFile(`${path}.schema0.bak`, 'utf8')).toBe(v0);
    });
  });
});

describe('atomic writes', () => {
  it('removes temporaries left by processes that no longer run, and no others', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'a.causeway.json');
      const dead = temporaryName(target, 999_999_1);
      const live = temporaryName(target, process.pid);
      await writeFile(dead, 'x');
      await writeFile(live, 'y');
      await writeFile(join(dir, 'unrelated.tmp'), 'z');
      const removed = await removeStaleTemporaries(target, undefined, (pid) => pid === process.pid);
      expect(removed).toEqual([dead.slice(dir.length + 1)]);
      expect((await readdir(dir)).sort()).toEqual([live.slice(dir.length + 1), 'unrelated.tmp'].sort());
    });
  });

  it('keeps the file mode of the file it replaces', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'm.json');
      await writeFile(target, 'old', { mode: 0o640 });
      await chmod(target, 0o640);
      await writeFileAtomic(target, 'new');
      const { stat } = await import('node:fs/promises');
      expect((await stat(target)).mode & 0o777).toBe(0o640);
      expect(await readFile(target, 'utf8')).toBe('new');
    });
  });
});

describe('saving through a symbolic link', () => {
  it('updates the file the link points to and keeps the link', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'shared'));
      const real = join(dir, 'shared', 'gm.causeway.json');
      await writeFile(real, serialiseScenario(sampleDocument()));
      const link = join(dir, 'gm.causeway.json');
      await symlink(real, link);
      const opened = await openOk(link);
      const saved = await saveScenarioFile({
        path: link,
        document: edit(opened.document, 0.9),
        base: opened.document,
        expected: opened.fingerprint,
        now: NOW,
      });
      expect(saved.ok).toBe(true);
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readFile(real, 'utf8')).toBe(saved.ok && saved.value.text);
      // The temporary was written beside the real file and renamed away.
      expect((await readdir(join(dir, 'shared'))).filter((n) => n.includes('causeway-tmp'))).toEqual([]);
    });
  });
});
