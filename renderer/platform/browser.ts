/**
 * The PlatformApi for a plain browser. Files come from a picker (File System Access API where the
 * browser has it, so Save writes back to the same file; an <input type=file> otherwise, in which case
 * Save downloads a copy). Recent files, the last saved text per file and autosaved work live in
 * IndexedDB. The renderer sees only opaque tokens, exactly as under Electron.
 */
import {
  BINARY_EXPORT_TYPES,
  type CutHistoryOutcome,
  type FileToken,
  type MenuCommand,
  type OpenedFile,
  type PlatformApi,
  type PlatformError,
  type PlatformResult,
  type RecentFile,
  type RecoveryEntry,
  type SavedFile,
  type SaveOptions,
} from './contract.ts';
import { checkedPlatform } from './checkedPlatform.ts';
import { cutHistory, loadScenario, prepareSave, serialiseScenario, type ScenarioDocument } from '../engine.ts';
import { idb } from './idb.ts';
import type { BrowserSavedFile } from './savedFile.ts';
import { changedSince, readFileText } from './fileSnapshot.ts';

interface FileRecord {
  token: FileToken;
  name: string;
  openedAt: string;
  /** The text last opened or saved: the base the next revision is built on. */
  text: string;
  handle?: FileSystemFileHandle;
}

interface PickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: unknown) => Promise<FileSystemFileHandle>;
}

const PICKER_TYPES = [{ description: 'Causeway scenario', accept: { 'application/json': ['.json'] } }];
const ok = <T>(value: T): PlatformResult<T> => ({ ok: true, value });
const fail = (kind: PlatformError['kind'], message: string): PlatformResult<never> => ({
  ok: false,
  error: { kind, message } as PlatformError,
});

function newToken(): FileToken {
  return `browser:${crypto.randomUUID()}`;
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** Opens a file with a hidden <input type=file>; resolves null when the user closes the dialog. */
function pickWithInput(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function writeHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await (
    handle as FileSystemFileHandle & { createWritable(): Promise<FileSystemWritableFileStream> }
  ).createWritable();
  await writable.write(text);
  await writable.close();
}

export interface BrowserPlatformOptions {
  /** Use the File System Access API when present (off in automated tests, where no dialog can open). */
  fileSystemAccess?: boolean;
}

/** The adapter, with every call's arguments checked against the platform map first. */
export function createBrowserPlatform(options: BrowserPlatformOptions = {}): PlatformApi {
  return checkedPlatform(browserPlatform(options));
}

function browserPlatform(options: BrowserPlatformOptions): PlatformApi {
  const picker = window as unknown as PickerWindow;
  const useFsa = options.fileSystemAccess !== false;
  const canOpenWithHandle = useFsa && typeof picker.showOpenFilePicker === 'function';
  const canSaveWithHandle = useFsa && typeof picker.showSaveFilePicker === 'function';
  const openFileListeners = new Set<(file: OpenedFile) => void>();
  /**
   * The document each file was last saved as in this tab: the next save's base, so it is not parsed
   * again from the text kept in IndexedDB (which is the base after a reload).
   */
  const savedDocuments = new Map<FileToken, ScenarioDocument>();

  async function remember(record: FileRecord): Promise<void> {
    try {
      await idb.put('files', record.token, record);
    } catch {
      // Private windows may refuse IndexedDB: the file still opens, it just is not in Recent.
    }
  }

  async function opened(
    name: string,
    text: string,
    handle?: FileSystemFileHandle,
  ): Promise<PlatformResult<OpenedFile>> {
    const token = newToken();
    await remember({ token, name, text, openedAt: new Date().toISOString(), ...(handle ? { handle } : {}) });
    return ok({ token, name, text });
  }

  async function writeSaved(
    record: FileRecord,
    text: string,
    options: SaveOptions,
    handle: FileSystemFileHandle | undefined,
  ): Promise<PlatformResult<SavedFile>> {
    const savedAt = new Date().toISOString();
    const prepared = prepareSave({
      base: savedDocuments.get(record.token) ?? (record.text || null),
      edited: text,
      name: record.name,
      now: savedAt,
      note: options.note,
      milestone: options.milestone,
    });
    if (!prepared.ok) return fail(prepared.kind, prepared.message);
    try {
      // A file this tab opened or saved before: refuse to overwrite changes made to it since.
      if (handle && record.text !== '' && (await changedSince(await handle.getFile(), record)))
        return fail(
          'conflict',
          `"${record.name}" was changed on disk after you opened it, by another program or another window. Your document is still open and nothing was overwritten; reopen the file to see those changes, or use Save As to keep your version as a new file.`,
        );
      if (handle) await writeHandle(handle, prepared.text);
      else download(record.name, prepared.text, 'application/json');
    } catch (e) {
      if (isAbort(e)) return fail('cancelled', 'Saving was cancelled.');
      const message = (e as Error).message ?? String(e);
      return fail(
        /quota/i.test(message) ? 'disk-full' : /permission|not allowed/i.test(message) ? 'permission' : 'internal',
        `The file could not be saved: ${message}`,
      );
    }
    savedDocuments.set(record.token, prepared.document);
    await remember({ ...record, text: prepared.text, openedAt: savedAt, ...(handle ? { handle } : {}) });
    const saved: BrowserSavedFile = {
      token: record.token,
      name: record.name,
      text: prepared.text,
      document: prepared.document,
      revision: prepared.revision,
      savedAt,
      ...(handle ? {} : { downloaded: true }),
    };
    return ok<SavedFile>(saved);
  }

  /**
   * The same cut as main's (node/historyRepair.ts) on the text this tab last opened or saved. With a
   * file handle, the original is first downloaded as the backup (a page cannot write beside the
   * file) and the file replaced; without one, the cut file is downloaded as Save would, and the file
   * opened is left as it was.
   */
  async function cutSaved(record: FileRecord): Promise<PlatformResult<CutHistoryOutcome>> {
    const base = savedDocuments.get(record.token) ?? loadScenario(record.text).document;
    if (!base)
      return fail('invalid', `"${record.name}" cannot be read as a scenario file, so its history was not cut.`);
    const { document, kept, dropped, unreadable, damage } = cutHistory(base);
    const outcome = { kept, dropped, unreadable };
    if (!damage && unreadable === 0)
      return ok({
        ...outcome,
        file: { token: record.token, name: record.name, text: record.text },
        cut: false,
        backupName: null,
      });
    const text = serialiseScenario(document);
    const backupName = `${record.name}.before-cut-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
    const handle = record.handle;
    try {
      if (handle && (await changedSince(await handle.getFile(), record)))
        return fail(
          'conflict',
          `"${record.name}" was changed on disk after you opened it, so its history was not cut. Reopen the file and look at its history again.`,
        );
      if (handle) {
        download(backupName, record.text, 'application/json');
        await writeHandle(handle, text);
      } else download(record.name, text, 'application/json');
    } catch (e) {
      if (isAbort(e)) return fail('cancelled', 'Cutting the history was cancelled.');
      return fail('internal', `The history could not be cut: ${(e as Error).message ?? String(e)}`);
    }
    savedDocuments.set(record.token, document);
    await remember({ ...record, text });
    return ok({
      ...outcome,
      file: { token: record.token, name: record.name, text },
      cut: true,
      backupName: handle ? backupName : null,
      ...(handle ? {} : { downloaded: true }),
    });
  }

  return {
    kind: 'browser',

    async openFile() {
      try {
        if (canOpenWithHandle) {
          const [handle] = await picker.showOpenFilePicker!({ types: PICKER_TYPES, multiple: false });
          if (!handle) return fail('cancelled', 'No file was chosen.');
          const file = await handle.getFile();
          const read = await readFileText(file);
          if (!read.ok) return fail('invalid', `"${file.name}" could not be opened. ${read.message}`);
          return opened(file.name, read.text, handle);
        }
        const file = await pickWithInput();
        if (!file) return fail('cancelled', 'No file was chosen.');
        const read = await readFileText(file);
        if (!read.ok) return fail('invalid', `"${file.name}" could not be opened. ${read.message}`);
        return opened(file.name, read.text);
      } catch (e) {
        if (isAbort(e)) return fail('cancelled', 'No file was chosen.');
        return fail('internal', `The file could not be opened: ${(e as Error).message}`);
      }
    },

    async openRecent(token) {
      const record = await idb.get<FileRecord>('files', token).catch(() => undefined);
      if (!record) return fail('not-found', 'That file is no longer in the recent list.');
      // Opened again: the text opened now is the base of the next save.
      savedDocuments.delete(token);
      if (record.handle) {
        try {
          const file = await record.handle.getFile();
          const read = await readFileText(file);
          if (!read.ok) return fail('invalid', `"${record.name}" could not be opened. ${read.message}`);
          const text = read.text;
          await remember({ ...record, text, openedAt: new Date().toISOString() });
          return ok({ token, name: record.name, text });
        } catch (e) {
          return fail('permission', `The browser did not allow reading ${record.name} again: ${(e as Error).message}`);
        }
      }
      // Without a handle the browser keeps the last text it opened or saved for this file.
      await remember({ ...record, openedAt: new Date().toISOString() });
      return ok({ token, name: record.name, text: record.text });
    },

    async listRecent() {
      const all = await idb.all<FileRecord>('files').catch(() => [] as FileRecord[]);
      const recent: RecentFile[] = all
        .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
        .slice(0, 10)
        .map(({ token, name, openedAt }) => ({ token, name, openedAt }));
      return ok(recent);
    },

    async save(token, text, options) {
      const record = await idb.get<FileRecord>('files', token).catch(() => undefined);
      if (!record) return fail('not-found', 'The file to save to is not known to this browser any more; use Save as.');
      return writeSaved(record, text, options, record.handle);
    },

    async saveAs(suggestedName, text, options) {
      let handle: FileSystemFileHandle | undefined;
      let name = suggestedName;
      if (canSaveWithHandle) {
        try {
          handle = await picker.showSaveFilePicker!({ suggestedName, types: PICKER_TYPES });
          name = handle.name;
        } catch (e) {
          if (isAbort(e)) return fail('cancelled', 'Saving was cancelled.');
          return fail('internal', `The file could not be saved: ${(e as Error).message}`);
        }
      }
      const record: FileRecord = { token: newToken(), name, text: '', openedAt: new Date().toISOString() };
      return writeSaved(record, text, options, handle);
    },

    async cutHistory(token) {
      const record = await idb.get<FileRecord>('files', token).catch(() => undefined);
      if (!record || record.text === '') return fail('not-found', 'The file is not known to this browser any more.');
      return cutSaved(record);
    },

    async exportText(suggestedName, text) {
      download(suggestedName, text, 'text/csv;charset=utf-8');
      return ok({ name: suggestedName });
    },

    async saveBinary(suggestedName, type, bytes) {
      download(suggestedName, bytes, BINARY_EXPORT_TYPES[type]);
      return ok({ name: suggestedName });
    },

    async printToPdf(suggestedName) {
      // The browser's own dialog prints the page (the report's print view) or saves it as PDF.
      window.print();
      return ok({ name: suggestedName });
    },

    async autosave(token, name, text) {
      try {
        const entry: RecoveryEntry = { id: token ?? 'untitled', name, token, savedAt: new Date().toISOString(), text };
        await idb.put('recovery', entry.id, entry);
        return ok(null);
      } catch (e) {
        return fail('internal', `Autosave failed: ${(e as Error).message}`);
      }
    },

    async listRecovery() {
      const all = await idb.all<RecoveryEntry>('recovery').catch(() => [] as RecoveryEntry[]);
      return ok(all.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    },

    async discardRecovery(id) {
      await idb.delete('recovery', id).catch(() => undefined);
      return ok(null);
    },

    async setDocumentState({ name, modified }) {
      document.title = `${modified ? '● ' : ''}${name ?? 'Untitled'} — Causeway`;
      return ok(null);
    },

    onMenuCommand(_listener: (command: MenuCommand) => void) {
      // A browser has no native menu: the app's own toolbar and shortcuts send the same commands.
      return () => undefined;
    },

    onOpenFile(listener) {
      openFileListeners.add(listener);
      return () => openFileListeners.delete(listener);
    },
  };
}
