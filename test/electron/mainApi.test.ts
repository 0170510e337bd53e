import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listRevisions, loadScenario, serialiseScenario } from '../../models/index.ts';
import { createMainApi, type Dialogs } from '../../electron/ipc/mainApi.ts';
import { FileTokens } from '../../electron/services/fileTokens.ts';
import { RecentFilesStore } from '../../electron/services/recentFiles.ts';
import { Autosaver, RecoveryStore } from '../../electron/services/recovery.ts';
import type { Timers } from '../../electron/services/debounce.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { withTempDir } from './helpers.ts';

function setup(dir: string, answers: { open?: string | null; save?: string | null }) {
  const dataDir = join(dir, 'data');
  const recovery = new RecoveryStore(dataDir);
  const timers: Timers & { run(): void } = (() => {
    const queue: Array<() => void> = [];
    return { setTimeout: (fn) => queue.push(fn), clearTimeout: () => undefined, now: () => 0, run: () => queue.splice(0).forEach((f) => f()) };
  })();
  const dialogs: Dialogs = { chooseFileToOpen: async () => answers.open ?? null, chooseSaveLocation: async () => answers.save ?? null };
  const titles: Array<{ name: string | null; modified: boolean }> = [];
  let clock = 0;
  const api = createMainApi({
    tokens: new FileTokens(),
    recent: new RecentFilesStore(dataDir),
    recovery,
    autosaver: new Autosaver(recovery, () => '2026-03-02T14:32:00.000Z', { timers }),
    dialogs,
    setDocumentState: (s) => titles.push(s),
    now: () => new Date(Date.UTC(2026, 2, 2, 14, 0) + clock++ * 60_000).toISOString(),
    untitledKey: 'window-1',
  });
  return { api, titles, recovery, timers };
}

describe('main API', () => {
  it('opens, saves with history, detects a conflict, and never exposes paths', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'gm.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      const { api } = setup(dir, { open: path });
      const opened = await api.openFile();
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      expect(opened.value.name).toBe('gm.causeway.json');
      expect(JSON.stringify(opened.value)).not.toContain(dir);
      const doc = sampleDocument();
      doc.parameters.q!.value = 0.8;
      const saved = await api.save(opened.value.token, serialiseScenario(doc), { note: 'first' });
      expect(saved.ok && [saved.value.revision, saved.value.name]).toEqual([1, 'gm.causeway.json']);
      doc.parameters.q!.value = 0.9;
      const again = await api.save(opened.value.token, serialiseScenario(doc), { milestone: 'Draft' });
      expect(again.ok && again.value.revision).toBe(2);
      const onDisk = loadScenario(await readFile(path, 'utf8'));
      expect(onDisk.ok && listRevisions(onDisk.document).map((r) => [r.revision, r.note, r.milestone])).toEqual([[2, null, 'Draft'], [1, 'first', null], [0, null, null]]);
      // Someone else writes the file: the next save is refused as a conflict.
      await writeFile(path, serialiseScenario(sampleDocument()));
      const conflict = await api.save(opened.value.token, serialiseScenario(doc), {});
      expect(conflict.ok === false && conflict.error.kind).toBe('conflict');
      const recent = await api.listRecent();
      expect(recent.ok && recent.value.map((r) => [r.name, r.token])).toEqual([['gm.causeway.json', opened.value.token]]);
      expect(JSON.stringify(recent)).not.toContain(dir);
    });
  });

  it('Save As continues the history of the open document; cancelling is an error of kind cancelled', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'a.causeway.json');
      const copy = join(dir, 'b.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      const answers: { open?: string | null; save?: string | null } = { open: path, save: null };
      const { api } = setup(dir, answers);
      const opened = await api.openFile();
      if (!opened.ok) throw new Error('open failed');
      const first = await api.save(opened.value.token, opened.value.text, {});
      if (!first.ok) throw new Error(first.error.message);
      expect((await api.saveAs('b.causeway.json', first.value.text, {})).ok === false).toBe(true);
      answers.save = copy;
      const doc = loadScenario(first.value.text);
      if (!doc.ok) throw new Error('load');
      doc.document.meta.title = 'Copy';
      const saved = await api.saveAs('b.causeway.json', serialiseScenario(doc.document), {});
      expect(saved.ok && saved.value.revision).toBe(2);
      const b = loadScenario(await readFile(copy, 'utf8'));
      expect(b.ok && listRevisions(b.document).map((r) => [r.revision, r.restorable])).toEqual([[2, true], [1, true], [0, true]]);
      expect(saved.ok && saved.value.token).not.toBe(opened.value.token);
    });
  });

  it('refuses text that is not a scenario, and unknown tokens', async () => {
    await withTempDir(async (dir) => {
      const { api } = setup(dir, {});
      expect(await api.save('no-such-token', '{}', {})).toEqual({ ok: false, error: expect.objectContaining({ kind: 'not-found' }) });
      const path = join(dir, 'a.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      const opened = await api.openPath(path);
      if (!opened.ok) throw new Error('open');
      const r = await api.save(opened.value.token, '{"format": "something else"}', {});
      expect(r.ok === false && r.error.kind).toBe('invalid');
    });
  });

  it('autosaves when idle, lists recovery entries with tokens, and clears them on a clean save', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'a.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      const { api, timers } = setup(dir, {});
      const opened = await api.openPath(path);
      if (!opened.ok) throw new Error('open');
      await api.autosave(opened.value.token, 'a.causeway.json', 'draft 1');
      await api.autosave(opened.value.token, 'a.causeway.json', 'draft 2');
      await api.autosave(null, null, 'untitled draft');
      expect((await api.listRecovery()).ok && (await api.listRecovery())).toEqual({ ok: true, value: [] });
      timers.run();
      await new Promise((r) => setTimeout(r, 50));
      const listed = await api.listRecovery();
      if (!listed.ok) throw new Error('list');
      expect(listed.value.map((e) => [e.name, e.text, e.token]).sort()).toEqual([['a.causeway.json', 'draft 2', opened.value.token], [null, 'untitled draft', null]].sort());
      expect(JSON.stringify(listed)).not.toContain(dir);
      await api.save(opened.value.token, opened.value.text, {});
      const after = await api.listRecovery();
      expect(after.ok && after.value.map((e) => e.text)).toEqual(['untitled draft']);
      if (after.ok) await api.discardRecovery(after.value[0]!.id);
      expect(await api.listRecovery()).toEqual({ ok: true, value: [] });
    });
  });
});
