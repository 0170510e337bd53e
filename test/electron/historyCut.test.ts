/**
 * The cutHistory platform call in main (the History view's "Cut the damaged history…"): the file is
 * cut on disk under its lock with the original kept beside it, the window's token then describes the
 * cut file (so the next Save is not a conflict and continues the cut history), and a file changed on
 * disk since the window opened it is not cut.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  commitRevision,
  jsonEqual,
  listRevisions,
  loadScenario,
  revisionContent,
  serialiseScenario,
  type ScenarioDocument,
} from '../../models/index.ts';
import { checkArguments } from '../../renderer/platform/contract.ts';
import { createMainApi } from '../../electron/ipc/mainApi.ts';
import { FileTokens } from '../../node/fileTokens.ts';
import { RecentFilesStore } from '../../node/recentFiles.ts';
import { Autosaver, RecoveryStore } from '../../node/recovery.ts';
import { at, sampleDocument } from '../models/history/fixture.ts';
import { withTempDir } from '../node/helpers.ts';

/** Revisions 1 to 4 (q = 0.1 … 0.4 after the first), revision 2's patch edited by hand. */
function tampered(): ScenarioDocument {
  let doc = commitRevision(null, sampleDocument(), { now: at(0), retention: false });
  for (let i = 2; i <= 4; i++) {
    const next = structuredClone(doc);
    next.parameters['q']!.value = i / 10;
    doc = commitRevision(doc, next, { now: at(i), retention: false });
  }
  const patch = doc.history!.revisions.find((r) => r.revision === 2)!.reversePatch as { value?: unknown }[];
  patch.find((op) => op.value === 0.2)!.value = 99;
  return doc;
}

function mainApi(dir: string, open: string) {
  const recovery = new RecoveryStore(join(dir, 'data'));
  return createMainApi({
    tokens: new FileTokens(),
    recent: new RecentFilesStore(join(dir, 'data')),
    recovery,
    autosaver: new Autosaver(recovery, () => '2026-03-02T14:32:00.000Z'),
    dialogs: { chooseFileToOpen: async () => open, chooseSaveLocation: async () => null },
    setDocumentState: () => undefined,
    now: () => '2026-03-02T15:00:00.000Z',
    untitledKey: 'window-1',
  });
}

const revisionsOf = (doc: ScenarioDocument) => listRevisions(doc).map((r) => [r.revision, r.restorable]);

describe('cutHistory in main', () => {
  it('cuts the file at the last good revision, keeps a backup, and the next save continues the cut history', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'f.causeway.json');
      const original = serialiseScenario(tampered());
      await writeFile(path, original);
      const api = mainApi(dir, path);
      const opened = await api.openFile();
      if (!opened.ok) throw new Error(opened.error.message);
      const token = opened.value.token;

      const cut = await api.cutHistory(token);
      if (!cut.ok) throw new Error(cut.error.message);
      expect(cut.value).toMatchObject({ kept: [3, 4], dropped: [1, 2], unreadable: 0, cut: true });
      expect(cut.value.backupName).toBe('f.causeway.json.before-cut-2026-03-02T15-00-00-000Z.bak');
      expect(cut.value.file.token).toBe(token);
      expect(JSON.stringify(cut.value)).not.toContain(dir);
      // What the page is given is what is on disk; the original is kept byte for byte.
      expect(await readFile(path, 'utf8')).toBe(cut.value.file.text);
      expect(await readFile(join(dir, cut.value.backupName!), 'utf8')).toBe(original);
      const onDisk = loadScenario(cut.value.file.text).document!;
      expect(revisionsOf(onDisk)).toEqual([
        [4, true],
        [3, true],
      ]);
      expect(jsonEqual(revisionContent(onDisk), revisionContent(loadScenario(original).document!))).toBe(true);

      const edited = structuredClone(onDisk);
      edited.parameters['q']!.value = 0.5;
      const saved = await api.save(token, serialiseScenario(edited), { note: 'after the cut' });
      if (!saved.ok) throw new Error(saved.error.message);
      expect(revisionsOf(saved.value.document)).toEqual([
        [5, true],
        [4, true],
        [3, true],
      ]);

      // An intact history is left alone.
      const again = await api.cutHistory(token);
      expect(again.ok && [again.value.cut, again.value.backupName]).toEqual([false, null]);
      expect((await readdir(dir)).filter((n) => n.includes('before-cut'))).toHaveLength(1);
    });
  });

  it('does not cut a file changed on disk since the window opened it, nor one it does not know', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'f.causeway.json');
      await writeFile(path, serialiseScenario(tampered()));
      const api = mainApi(dir, path);
      const opened = await api.openFile();
      if (!opened.ok) throw new Error(opened.error.message);
      const changed = serialiseScenario(tampered()).replace('"Test area"', '"Test area, edited elsewhere"');
      await writeFile(path, changed);
      const refused = await api.cutHistory(opened.value.token);
      expect(refused.ok === false && refused.error).toMatchObject({
        kind: 'conflict',
        message: expect.stringMatching(/changed on disk after you opened it, so its history was not cut/),
      });
      expect(await readFile(path, 'utf8')).toBe(changed);
      expect((await readdir(dir)).filter((n) => n.includes('before-cut'))).toEqual([]);
      const unknown = await api.cutHistory('not-a-token');
      expect(unknown.ok === false && unknown.error.kind).toBe('not-found');
    });
  });

  it('takes exactly one token', () => {
    expect(checkArguments('cutHistory', ['tok']).ok).toBe(true);
    expect(checkArguments('cutHistory', []).ok).toBe(false);
    expect(checkArguments('cutHistory', ['']).ok).toBe(false);
    expect(checkArguments('cutHistory', ['tok', '/etc/passwd']).ok).toBe(false);
  });
});
