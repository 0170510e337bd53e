/**
 * How often one save runs the load pipeline and the serialiser, on each of the three save paths.
 * Before prepareSave an app save parsed twice in main (the renderer's text, then a read-back of the
 * text written) and the CLI's `set` parsed twice (opening, then the read-back).
 */
import { describe, expect, it, vi } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const calls = { load: 0, serialise: 0 };
vi.mock('../../models/check/loadScenario.ts', async (original) => {
  const actual = await original<typeof import('../../models/check/loadScenario.ts')>();
  return {
    ...actual,
    loadScenario: (...args: Parameters<typeof actual.loadScenario>) => (calls.load++, actual.loadScenario(...args)),
  };
});
vi.mock('../../models/file/serialise.ts', async (original) => {
  const actual = await original<typeof import('../../models/file/serialise.ts')>();
  return {
    ...actual,
    serialiseScenario: (...args: Parameters<typeof actual.serialiseScenario>) => (
      calls.serialise++,
      actual.serialiseScenario(...args)
    ),
  };
});

const { loadScenario, prepareSave, serialiseScenario } = await import('../../models/index.ts');
const { createMainApi } = await import('../../electron/ipc/mainApi.ts');
const { FileTokens } = await import('../../node/fileTokens.ts');
const { RecentFilesStore } = await import('../../node/recentFiles.ts');
const { Autosaver, RecoveryStore } = await import('../../node/recovery.ts');
const { setCommand } = await import('../../cli/commands/set.ts');
const { sampleDocument } = await import('../models/history/fixture.ts');
const { captureIO, withTempDir } = await import('./helpers.ts');

/** Counts the calls `fn` makes. */
async function counted(fn: () => Promise<unknown> | unknown): Promise<typeof calls> {
  calls.load = 0;
  calls.serialise = 0;
  await fn();
  return { ...calls };
}

describe('one save parses once and serialises once', () => {
  it('Electron main: the text from the renderer is parsed once, the file text serialised once', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'gm.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      const recovery = new RecoveryStore(dir);
      const api = createMainApi({
        tokens: new FileTokens(),
        recent: new RecentFilesStore(dir),
        recovery,
        autosaver: new Autosaver(recovery),
        untitledKey: 'session',
        now: () => '2026-03-02T14:32:00.000Z',
        dialogs: { chooseFileToOpen: async () => path, chooseSaveLocation: async () => path },
        setDocumentState: () => undefined,
      });
      const opened = await api.openFile();
      if (!opened.ok) throw new Error(opened.error.message);
      const edited = loadScenario(opened.value.text).document!;
      edited.parameters['q']!.value = 0.7;
      const text = serialiseScenario(edited); // the renderer's part: the text it sends
      let saved: Awaited<ReturnType<typeof api.save>> | undefined;
      expect(await counted(async () => (saved = await api.save(opened.value.token, text, {})))).toEqual({
        load: 1,
        serialise: 1,
      });
      // The saved document comes back with the text, so the renderer need not parse it either.
      expect(saved?.ok && saved.value.document).toEqual(loadScenario(saved!.ok ? saved!.value.text : '').document);
    });
  });

  it('the CLI set: one parse to open the file, one serialisation to save it', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'gm.causeway.json'), serialiseScenario(sampleDocument()));
      const io = captureIO(dir);
      expect(await counted(() => setCommand.run(['gm.causeway.json', 'q=0.9'], io))).toEqual({
        load: 1,
        serialise: 1,
      });
      expect(io.out).toMatch(/saved revision 1/);
    });
  });

  it('the browser adapter: prepareSave parses the text once; a base in memory is not parsed again', async () => {
    const first = prepareSave({ base: null, edited: sampleDocument(), name: 'a', now: '2026-03-02T14:32:00.000Z' });
    if (!first.ok) throw new Error(first.message);
    const edit = structuredClone(first.document);
    edit.parameters['q']!.value = 0.2;
    const text = serialiseScenario(edit);
    const save = () => prepareSave({ base: first.document, edited: text, name: 'a', now: '2026-03-02T14:33:00.000Z' });
    expect(await counted(save)).toEqual({ load: 1, serialise: 1 });
    // After a reload the base is the text kept in IndexedDB: one more parse, for the base.
    const afterReload = () =>
      prepareSave({ base: first.text, edited: text, name: 'a', now: '2026-03-02T14:33:00.000Z' });
    expect(await counted(afterReload)).toEqual({ load: 2, serialise: 1 });
  });
});
