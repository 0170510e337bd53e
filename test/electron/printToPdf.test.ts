/**
 * The printToPdf platform call: main prints the window's page (the report's print view) and saves
 * the bytes where the user chooses, atomically; a cancelled dialog or a failed print writes nothing
 * and comes back as data. Its arguments are checked like every call's.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainApi } from '../../electron/ipc/mainApi.ts';
import { FileTokens } from '../../node/fileTokens.ts';
import { RecentFilesStore } from '../../node/recentFiles.ts';
import { Autosaver, RecoveryStore } from '../../node/recovery.ts';
import { checkArguments } from '../../renderer/platform/contract.ts';
import { withTempDir } from '../node/helpers.ts';

const PDF = new TextEncoder().encode('%PDF-1.7 a printed page');

function api(dir: string, options: { save: string | null; print?: () => Promise<Uint8Array> }) {
  const recovery = new RecoveryStore(join(dir, 'data'));
  const filters: unknown[] = [];
  const main = createMainApi({
    tokens: new FileTokens(),
    recent: new RecentFilesStore(join(dir, 'data')),
    recovery,
    autosaver: new Autosaver(recovery),
    dialogs: {
      chooseFileToOpen: async () => null,
      chooseSaveLocation: async (_name, filter) => (filters.push(filter), options.save),
    },
    setDocumentState: () => undefined,
    now: () => '2026-06-02T10:00:00.000Z',
    untitledKey: 'k',
    ...(options.print ? { printPage: options.print } : {}),
  });
  return { main, filters };
}

describe('printToPdf', () => {
  it('prints the page and saves it where the user chose, offering PDF files', async () => {
    await withTempDir(async (dir) => {
      const { main, filters } = api(dir, { save: join(dir, 'report.pdf'), print: async () => PDF });
      const result = await main.printToPdf('report.pdf');
      expect(result).toEqual({ ok: true, value: { name: 'report.pdf' } });
      expect(new Uint8Array(await readFile(join(dir, 'report.pdf')))).toEqual(PDF);
      expect(filters).toEqual([{ name: 'PDF file', extensions: ['pdf'] }]);
    });
  });

  it('writes nothing when the dialog is cancelled or the print fails, and says why', async () => {
    await withTempDir(async (dir) => {
      const cancelled = await api(dir, { save: null, print: async () => PDF }).main.printToPdf('report.pdf');
      expect(cancelled).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
      const failed = await api(dir, {
        save: join(dir, 'r.pdf'),
        print: async () => {
          throw new Error('the renderer went away');
        },
      }).main.printToPdf('r.pdf');
      expect(failed).toEqual({
        ok: false,
        error: { kind: 'internal', message: 'The report could not be printed: the renderer went away' },
      });
      expect((await readdir(dir)).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    });
  });

  it('accepts only a file name ending in .pdf, without a folder', () => {
    expect(checkArguments('printToPdf', ['report.pdf']).ok).toBe(true);
    expect(checkArguments('printToPdf', ['report.exe']).ok).toBe(false);
    expect(checkArguments('printToPdf', ['../report.pdf']).ok).toBe(false);
    expect(checkArguments('printToPdf', []).ok).toBe(false);
  });
});
