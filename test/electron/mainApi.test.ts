import { describe, expect, it, vi } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listRevisions, loadScenario, serialiseScenario } from '../../models/index.ts';
import { createMainApi, type Dialogs } from '../../electron/ipc/mainApi.ts';
import { FileTokens } from '../../node/fileTokens.ts';
import { RecentFilesStore } from '../../node/recentFiles.ts';
import { Autosaver, RecoveryStore, recoveryId } from '../../node/recovery.ts';
import { nodeFs, type FsLayer } from '../../node/fsLayer.ts';
import type { Timers } from '../../node/debounce.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { withTempDir } from '../node/helpers.ts';
import { UNTIL } from '../helpers/wait.ts';

function setup(dir: string, answers: { open?: string | null; save?: string | null }, sessionKey = 'window-1') {
  const dataDir = join(dir, 'data');
  const recovery = new RecoveryStore(dataDir);
  const timers: Timers & { run(): void } = (() => {
    const queue: Array<() => void> = [];
    return {
      setTimeout: (fn) => queue.push(fn),
      clearTimeout: () => undefined,
      now: () => 0,
      run: () => queue.splice(0).forEach((f) => f()),
    };
  })();
  const dialogs: Dialogs = {
    chooseFileToOpen: async () => answers.open ?? null,
    chooseSaveLocation: async () => answers.save ?? null,
  };
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
    untitledKey: sessionKey,
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
      doc.parameters['q']!.value = 0.8;
      const saved = await api.save(opened.value.token, serialiseScenario(doc), { note: 'first' });
      expect(saved.ok && [saved.value.revision, saved.value.name]).toEqual([1, 'gm.causeway.json']);
      doc.parameters['q']!.value = 0.9;
      const again = await api.save(opened.value.token, serialiseScenario(doc), { milestone: 'Draft' });
      expect(again.ok && again.value.revision).toBe(2);
      const onDisk = loadScenario(await readFile(path, 'utf8'));
      expect(onDisk.ok && listRevisions(onDisk.document).map((r) => [r.revision, r.note, r.milestone])).toEqual([
        [2, null, 'Draft'],
        [1, 'first', null],
        [0, null, null],
      ]);
      // Someone else writes the file: the next save is refused as a conflict.
      await writeFile(path, serialiseScenario(sampleDocument()));
      const conflict = await api.save(opened.value.token, serialiseScenario(doc), {});
      expect(conflict.ok === false && conflict.error.kind).toBe('conflict');
      const recent = await api.listRecent();
      expect(recent.ok && recent.value.map((r) => [r.name, r.token])).toEqual([
        ['gm.causeway.json', opened.value.token],
      ]);
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
      expect(b.ok && listRevisions(b.document).map((r) => [r.revision, r.restorable])).toEqual([
        [2, true],
        [1, true],
        [0, true],
      ]);
      expect(saved.ok && saved.value.token).not.toBe(opened.value.token);
    });
  });

  it('refuses text that is not a scenario, and unknown tokens', async () => {
    await withTempDir(async (dir) => {
      const { api } = setup(dir, {});
      expect(await api.save('no-such-token', '{}', {})).toEqual({
        ok: false,
        error: expect.objectContaining({ kind: 'not-found' }),
      });
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
      const { api, timers, recovery } = setup(dir, {});
      const opened = await api.openPath(path);
      if (!opened.ok) throw new Error('open');
      await api.autosave(opened.value.token, 'a.causeway.json', 'draft 1');
      // The last autosave is the text that is then saved (as when no edit follows it).
      await api.autosave(opened.value.token, 'a.causeway.json', opened.value.text);
      await api.autosave(null, null, 'untitled draft');
      expect((await api.listRecovery()).ok && (await api.listRecovery())).toEqual({ ok: true, value: [] });
      timers.run();
      await vi.waitFor(async () => expect(await recovery.list()).toHaveLength(2), UNTIL);
      const listed = await api.listRecovery();
      if (!listed.ok) throw new Error('list');
      expect(listed.value.map((e) => [e.name, e.text, e.token]).sort()).toEqual(
        [
          ['a.causeway.json', opened.value.text, opened.value.token],
          [null, 'untitled draft', null],
        ].sort(),
      );
      expect(JSON.stringify(listed)).not.toContain(dir);
      await api.save(opened.value.token, opened.value.text, {});
      const after = await api.listRecovery();
      expect(after.ok && after.value.map((e) => e.text)).toEqual(['untitled draft']);
      if (after.ok) await api.discardRecovery(after.value[0]!.id);
      expect(await api.listRecovery()).toEqual({ ok: true, value: [] });
    });
  });
});

describe('recovery never loses unsaved work', () => {
  it('keeps work a previous session left behind when the same file is opened, autosaved and saved', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'a.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      const { api, timers, recovery } = setup(dir, {});
      // The app crashed yesterday with unsaved work on this file; today the user opens it from the
      // recent list instead of answering the banner, edits, and saves.
      await recovery.write({
        id: recoveryId(path, 'previous-session'),
        path,
        name: 'a.causeway.json',
        savedAt: '2026-03-01T10:00:00.000Z',
        text: 'work from the crash',
      });
      const opened = await api.openPath(path);
      if (!opened.ok) throw new Error('open');
      await api.autosave(opened.value.token, 'a.causeway.json', opened.value.text);
      timers.run();
      // This session's autosave is on disk beside the crashed session's entry before the save.
      await vi.waitFor(async () => expect(await recovery.list()).toHaveLength(2), UNTIL);
      const saved = await api.save(opened.value.token, opened.value.text, {});
      expect(saved.ok).toBe(true);
      const listed = await api.listRecovery();
      expect(listed.ok && listed.value.map((e) => e.text)).toEqual(['work from the crash']);
    });
  });

  it('keeps edits made while a save was in progress', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'a.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      const { api, timers, recovery } = setup(dir, {});
      const opened = await api.openPath(path);
      if (!opened.ok) throw new Error('open');
      // The save carries the text of the moment Save was chosen; typing went on and was autosaved.
      await api.autosave(opened.value.token, 'a.causeway.json', 'typed after Save');
      const saved = await api.save(opened.value.token, opened.value.text, {});
      expect(saved.ok).toBe(true);
      timers.run();
      await vi.waitFor(async () => expect(await recovery.list()).toHaveLength(1), UNTIL);
      const listed = await api.listRecovery();
      expect(listed.ok && listed.value.map((e) => e.text)).toEqual(['typed after Save']);
    });
  });
});

describe('Autosaver.clear', () => {
  it('waits for a write in progress, so a cleared entry does not come back', async () => {
    await withTempDir(async (dir) => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((r) => (release = r));
      const slowFs: FsLayer = {
        ...nodeFs,
        rename: async (a, b) => {
          await gate;
          await nodeFs.rename(a, b);
        },
      };
      const store = new RecoveryStore(join(dir, 'data'), slowFs);
      const autosaver = new Autosaver(store, () => '2026-03-02T14:32:00.000Z', {
        timers: { setTimeout: () => 0, clearTimeout: () => undefined, now: () => 0 },
      });
      autosaver.schedule({ id: 'a'.repeat(24), path: null, name: null, text: 'draft' });
      const flushing = autosaver.flushAll();
      const clearing = autosaver.clear('a'.repeat(24));
      release();
      await Promise.all([flushing, clearing]);
      expect(await new RecoveryStore(join(dir, 'data')).list()).toEqual([]);
    });
  });

  it("clearAll forgets this session's entries only", async () => {
    await withTempDir(async (dir) => {
      const store = new RecoveryStore(join(dir, 'data'));
      await store.write({
        id: 'b'.repeat(24),
        path: null,
        name: null,
        savedAt: '2026-03-01T00:00:00.000Z',
        text: 'older session',
      });
      const autosaver = new Autosaver(store, () => '2026-03-02T14:32:00.000Z', {
        timers: { setTimeout: () => 0, clearTimeout: () => undefined, now: () => 0 },
      });
      autosaver.schedule({ id: 'c'.repeat(24), path: null, name: null, text: 'this session' });
      await autosaver.flushAll();
      await autosaver.clearAll();
      expect((await store.list()).map((e) => e.text)).toEqual(['older session']);
    });
  });
});

describe('saving recovered work', () => {
  async function crashWithUnsavedWork(dir: string) {
    const path = join(dir, 'a.causeway.json');
    await writeFile(path, serialiseScenario(sampleDocument()));
    const before = setup(dir, {}, 'session-1');
    const opened = await before.api.openPath(path);
    if (!opened.ok) throw new Error('open');
    const first = await before.api.save(opened.value.token, opened.value.text, { note: 'first' });
    if (!first.ok) throw new Error(first.error.message);
    const edited = loadScenario(first.value.text);
    if (!edited.ok) throw new Error('load');
    edited.document.parameters['q']!.value = 0.7;
    await before.api.autosave(first.value.token, 'a.causeway.json', serialiseScenario(edited.document));
    before.timers.run();
    await vi.waitFor(async () => expect(await before.recovery.list()).toHaveLength(1), UNTIL);
    // The app crashes here; it starts again with a new session.
    const after = setup(dir, {}, 'session-2');
    const listed = await after.api.listRecovery();
    if (!listed.ok || listed.value.length !== 1) throw new Error('no recovery entry');
    return { path, api: after.api, entry: listed.value[0]! };
  }

  it("continues the file's history, so earlier revisions stay restorable", async () => {
    await withTempDir(async (dir) => {
      const { path, api, entry } = await crashWithUnsavedWork(dir);
      const saved = await api.save(entry.token!, entry.text, {});
      expect(saved.ok && saved.value.revision).toBe(2);
      const onDisk = loadScenario(await readFile(path, 'utf8'));
      expect(onDisk.ok && listRevisions(onDisk.document).map((r) => [r.revision, r.restorable])).toEqual([
        [2, true],
        [1, true],
        [0, true],
      ]);
    });
  });

  it('refuses to overwrite the file when it changed on disk after the work was autosaved', async () => {
    await withTempDir(async (dir) => {
      const { path, api, entry } = await crashWithUnsavedWork(dir);
      const other = sampleDocument();
      other.meta.title = 'Changed by someone else';
      await writeFile(path, serialiseScenario(other));
      const saved = await api.save(entry.token!, entry.text, {});
      expect(saved.ok === false && saved.error.kind).toBe('conflict');
      expect(await readFile(path, 'utf8')).toBe(serialiseScenario(other));
    });
  });
});

describe('Save As after a file the user declined to open', () => {
  it('continues the history of the document in the window, not of the declined file', async () => {
    await withTempDir(async (dir) => {
      const a = join(dir, 'a.causeway.json');
      const b = join(dir, 'b.causeway.json');
      const c = join(dir, 'c.causeway.json');
      const other = sampleDocument();
      other.meta.title = 'File B';
      other.meta.createdAt = '2025-05-05T09:00:00.000Z';
      await writeFile(a, serialiseScenario(sampleDocument()));
      await writeFile(b, serialiseScenario(other));
      const answers: { save?: string | null } = { save: c };
      const { api } = setup(dir, answers);
      const opened = await api.openPath(a);
      if (!opened.ok) throw new Error('open');
      const first = await api.save(opened.value.token, opened.value.text, { note: 'A saved' });
      if (!first.ok) throw new Error(first.error.message);
      // B is dropped on the window (or double-clicked); the user keeps A with unsaved changes.
      expect((await api.openPath(b)).ok).toBe(true);
      const saved = await api.saveAs('a.causeway.json', first.value.text, {});
      expect(saved.ok && saved.value.revision).toBe(2);
      const onDisk = loadScenario(await readFile(c, 'utf8'));
      if (!onDisk.ok) throw new Error('load');
      expect(listRevisions(onDisk.document).map((r) => [r.revision, r.note])).toEqual([
        [2, null],
        [1, 'A saved'],
        [0, null],
      ]);
      expect(JSON.stringify(onDisk.document)).not.toContain('File B');
    });
  });
});

describe('binary exports in main', () => {
  it('ask where to save with the type as the filter, write the bytes atomically, and return the name only', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'chart.png');
      const asked: unknown[][] = [];
      let answer: string | null = target;
      const recovery = new RecoveryStore(join(dir, 'data'));
      const api = createMainApi({
        tokens: new FileTokens(),
        recent: new RecentFilesStore(join(dir, 'data')),
        recovery,
        autosaver: new Autosaver(recovery),
        dialogs: {
          chooseFileToOpen: async () => null,
          chooseSaveLocation: async (...args) => (asked.push(args), answer),
        },
        setDocumentState: () => undefined,
        now: () => '2026-03-02T14:32:00.000Z',
        untitledKey: 'k',
      });
      const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
      expect(await api.saveBinary('chart.png', 'png', bytes)).toEqual({ ok: true, value: { name: 'chart.png' } });
      expect(asked).toEqual([['chart.png', { name: 'PNG file', extensions: ['png'] }]]);
      expect(new Uint8Array(await readFile(target))).toEqual(bytes);
      answer = null;
      const cancelled = await api.saveBinary('chart.png', 'png', bytes);
      expect(cancelled.ok === false && cancelled.error.kind).toBe('cancelled');
      answer = join(dir, 'no-such-folder', 'chart.png');
      const failed = await api.saveBinary('chart.png', 'png', bytes);
      expect(failed.ok === false && failed.error).toEqual({
        kind: 'not-found',
        reason: 'its folder does not exist',
        message: expect.stringMatching(/^Causeway could not export "chart.png": its folder does not exist\./),
      });
    });
  });
});
