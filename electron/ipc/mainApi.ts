/**
 * Main's side of the PlatformApi: what each IPC call does, with dialogs, the window and the clock
 * injected so that the whole flow (open, save, conflict, save as, autosave, recovery) runs in tests
 * under Node. Paths never leave this module: the renderer gets tokens and names.
 */
import { basename } from 'node:path';
import { historyRecords, type ScenarioDocument } from '../../models/index.ts';
import type {
  BinaryExportType,
  CutHistoryOutcome,
  OpenedFile,
  PlatformError,
  PlatformResult,
  RecentFile,
  RecoveryEntry,
  SavedFile,
  SaveOptions,
} from '../../renderer/platform/contract.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { describeFileError } from '../../node/fileErrors.ts';
import type { FileTokens } from '../../node/fileTokens.ts';
import type { RecentFilesStore } from '../../node/recentFiles.ts';
import { recoveryId, type Autosaver, type RecoveryStore } from '../../node/recovery.ts';
import { documentFromText, openScenarioFile, saveScenarioFile } from '../../node/scenarioFiles.ts';
import { cutDamagedHistory } from '../../node/historyRepair.ts';
import type { FsLayer } from '../../node/fsLayer.ts';
import type { FileError } from '../../node/result.ts';

/** The file service's errors reach the renderer as they are: each must be one the contract knows. */
type _FileErrorsArePlatformErrors = FileError extends PlatformError ? true : never;
const _checked: _FileErrorsArePlatformErrors = true;

export interface Dialogs {
  /** Asks for a scenario file to open; null when cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** Asks where to save; null when cancelled. The dialog confirms overwriting. */
  chooseSaveLocation(suggestedName: string, filter: SaveFilter): Promise<string | null>;
}

/** The file type a save dialog offers, e.g. `{ name: 'CSV', extensions: ['csv'] }`. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

const SCENARIO_FILTER: SaveFilter = { name: 'Causeway scenario', extensions: ['causeway.json'] };
const CSV_FILTER: SaveFilter = { name: 'CSV', extensions: ['csv'] };

export interface MainApiDeps {
  tokens: FileTokens;
  recent: RecentFilesStore;
  recovery: RecoveryStore;
  autosaver: Autosaver;
  dialogs: Dialogs;
  /** The window's page printed to PDF with its own @page rules (the report's print view). */
  printPage?(): Promise<Uint8Array>;
  /** Applies the title and modified mark to the window. */
  setDocumentState(state: { name: string | null; modified: boolean }): void;
  now(): string;
  /** New on every start: keys this session's recovery entries (see recoveryId). */
  untitledKey: string;
  fs?: FsLayer;
}

/**
 * True when `doc` can have been edited from the saved document `base`: the same revision of the
 * same file's lineage (creation time and the revisions its history lists). Restoring an old
 * revision in the editor keeps the current revision and history, so it still matches.
 */
function editedFrom(base: ScenarioDocument, doc: ScenarioDocument): boolean {
  const stamp = (d: ScenarioDocument) =>
    JSON.stringify([
      d.meta.revision ?? 0,
      d.meta.createdAt ?? null,
      historyRecords(d).map((r) => [r.revision, r.savedAt]),
    ]);
  return stamp(base) === stamp(doc);
}

const cancelled = { ok: false as const, error: { kind: 'cancelled' as const, message: 'Cancelled.' } };

export function createMainApi(deps: MainApiDeps) {
  /** The file the window shows, whose saved document Save As continues the history of. */
  let currentToken: string | null = null;

  async function openPath(path: string): Promise<PlatformResult<OpenedFile>> {
    const opened = await openScenarioFile(path, deps.fs);
    if (!opened.ok) {
      if (opened.error.kind === 'not-found') await deps.recent.remove(path).catch(() => undefined);
      return opened;
    }
    if (opened.value.text === null) {
      // Bytes that are not UTF-8, or a file over the size limit: there is no text to edit without
      // changing it, so the page is not given any.
      const why = opened.value.outcome.diagnostics[0]?.message ?? 'it cannot be read as text';
      return {
        ok: false,
        error: { kind: 'invalid', message: `Causeway could not open "${opened.value.name}". ${why}` },
      };
    }
    const token = deps.tokens.issue(path);
    deps.tokens.update(token, { fingerprint: opened.value.fingerprint, base: opened.value.outcome.document });
    currentToken = token;
    await deps.recent.add(path, deps.now()).catch(() => undefined);
    return { ok: true, value: { token, name: opened.value.name, text: opened.value.text } };
  }

  async function saveTo(
    path: string,
    text: string,
    options: SaveOptions,
    sameFileToken: string | null,
  ): Promise<PlatformResult<SavedFile>> {
    const name = basename(path);
    const parsed = documentFromText(text, name);
    if (!parsed.ok) return parsed;
    const source = currentToken ? deps.tokens.resolve(currentToken) : undefined;
    const same = sameFileToken ? deps.tokens.resolve(sameFileToken) : undefined;
    // Save continues the file's own history; Save As continues the history of what the window
    // shows. Main's idea of that can be a file the page declined (one dropped on the window while
    // the user kept unsaved work), so the base must be the lineage the document itself carries.
    const candidates = [source, ...deps.tokens.entries()].filter((e) => e?.base && editedFrom(e.base, parsed.value));
    const saved = await saveScenarioFile({
      path,
      document: parsed.value,
      // A file's own Save never borrows another file's base: with none in memory (recovered work),
      // the file service takes the file on disk when it is the expected one.
      base: same ? same.base : (candidates[0]?.base ?? null),
      expected: same?.fingerprint ?? null,
      now: deps.now(),
      note: options.note,
      milestone: options.milestone,
      fs: deps.fs,
    });
    if (!saved.ok) return saved;
    const token = deps.tokens.issue(path);
    deps.tokens.update(token, { fingerprint: saved.value.fingerprint, base: saved.value.document });
    // The work is safe on disk now: forget its recovery copies (by file, and the untitled one),
    // unless they hold newer edits than the text just saved.
    // Save As keeps it under the file the window showed before.
    for (const kept of new Set([path, same?.path ?? source?.path ?? path]))
      await deps.autosaver.clear(recoveryId(kept, deps.untitledKey), text).catch(() => undefined);
    if (!source) await deps.autosaver.clear(recoveryId(null, deps.untitledKey), text).catch(() => undefined);
    currentToken = token;
    await deps.recent.add(path, deps.now()).catch(() => undefined);
    return {
      ok: true,
      value: {
        token,
        name,
        text: saved.value.text,
        document: saved.value.document,
        revision: saved.value.revision,
        savedAt: saved.value.savedAt,
      },
    };
  }

  /** Asks where to export, then writes there atomically. */
  async function exportTo(
    suggestedName: string,
    filter: SaveFilter,
    data: string | Uint8Array,
  ): Promise<PlatformResult<{ name: string }>> {
    const path = await deps.dialogs.chooseSaveLocation(suggestedName, filter);
    if (!path) return cancelled;
    try {
      await writeFileAtomic(path, data, { fs: deps.fs });
    } catch (e) {
      return { ok: false, error: describeFileError(e, 'export', basename(path)) };
    }
    return { ok: true, value: { name: basename(path) } };
  }

  return {
    openPath,
    /** The token of the document the window shows, for close-time clean-up. */
    currentToken: () => currentToken,

    async openFile(): Promise<PlatformResult<OpenedFile>> {
      const path = await deps.dialogs.chooseFileToOpen();
      return path ? openPath(path) : cancelled;
    },

    async openRecent(token: string): Promise<PlatformResult<OpenedFile>> {
      const entry = deps.tokens.resolve(token);
      if (!entry)
        return {
          ok: false,
          error: { kind: 'not-found', message: 'That recent file is no longer in the list; use Open to find it.' },
        };
      return openPath(entry.path);
    },

    async listRecent(): Promise<PlatformResult<RecentFile[]>> {
      const list = await deps.recent.read();
      return {
        ok: true,
        value: list.map((e) => ({ token: deps.tokens.issue(e.path), name: basename(e.path), openedAt: e.openedAt })),
      };
    },

    async save(token: string, text: string, options: SaveOptions): Promise<PlatformResult<SavedFile>> {
      const entry = deps.tokens.resolve(token);
      if (!entry)
        return {
          ok: false,
          error: {
            kind: 'not-found',
            message:
              'Causeway no longer knows which file this document came from; use Save As to choose where to save it.',
          },
        };
      return saveTo(entry.path, text, options, token);
    },

    async saveAs(suggestedName: string, text: string, options: SaveOptions): Promise<PlatformResult<SavedFile>> {
      const path = await deps.dialogs.chooseSaveLocation(suggestedName, SCENARIO_FILTER);
      if (!path) return cancelled;
      // Choosing the file the window already shows is an ordinary save, with its conflict check.
      const same = currentToken && deps.tokens.resolve(currentToken)?.path === path ? currentToken : null;
      return saveTo(path, text, options, same);
    },

    async cutHistory(token: string): Promise<PlatformResult<CutHistoryOutcome>> {
      const entry = deps.tokens.resolve(token);
      if (!entry)
        return {
          ok: false,
          error: { kind: 'not-found', message: 'Causeway no longer knows which file this document came from.' },
        };
      const cut = await cutDamagedHistory(entry.path, deps.now(), { fs: deps.fs, expected: entry.fingerprint });
      if (!cut.ok) return cut;
      const { text, document, fingerprint, backupPath, kept, dropped, unreadable } = cut.value;
      // The file on disk is now the cut one: the next save checks against it and continues its history.
      deps.tokens.update(token, { fingerprint, base: document });
      return {
        ok: true,
        value: {
          file: { token, name: basename(entry.path), text },
          kept,
          dropped,
          unreadable,
          cut: backupPath !== null,
          backupName: backupPath ? basename(backupPath) : null,
        },
      };
    },

    exportText(suggestedName: string, text: string): Promise<PlatformResult<{ name: string }>> {
      return exportTo(suggestedName, CSV_FILTER, text);
    },

    saveBinary(suggestedName: string, type: BinaryExportType, bytes: Uint8Array) {
      return exportTo(suggestedName, { name: `${type.toUpperCase()} file`, extensions: [type] }, bytes);
    },

    async printToPdf(suggestedName: string): Promise<PlatformResult<{ name: string }>> {
      if (!deps.printPage)
        return { ok: false, error: { kind: 'internal', message: 'This window cannot print to PDF.' } };
      let bytes: Uint8Array;
      try {
        bytes = await deps.printPage();
      } catch (e) {
        return {
          ok: false,
          error: { kind: 'internal', message: `The report could not be printed: ${(e as Error).message}` },
        };
      }
      return exportTo(suggestedName, { name: 'PDF file', extensions: ['pdf'] }, bytes);
    },

    async autosave(token: string | null, name: string | null, text: string): Promise<PlatformResult<null>> {
      const entry = token ? deps.tokens.resolve(token) : undefined;
      const path = entry?.path;
      if (token && !path)
        return {
          ok: false,
          error: { kind: 'not-found', message: 'Autosave could not tell which file this document belongs to.' },
        };
      const fingerprint = entry?.fingerprint
        ? { sha256: entry.fingerprint.sha256, size: entry.fingerprint.size }
        : null;
      deps.autosaver.schedule({
        id: recoveryId(path ?? null, deps.untitledKey),
        path: path ?? null,
        name,
        text,
        fingerprint,
      });
      return { ok: true, value: null };
    },

    async listRecovery(): Promise<PlatformResult<RecoveryEntry[]>> {
      const entries = await deps.recovery.list();
      return {
        ok: true,
        value: entries.map((e) => {
          const token = e.path ? deps.tokens.issue(e.path) : null;
          // Saving the recovered work checks the file against the version the work was based on,
          // unless this session has opened the file since (its own fingerprint then applies).
          if (token && e.fingerprint && !deps.tokens.resolve(token)?.fingerprint)
            deps.tokens.update(token, { fingerprint: { ...e.fingerprint, mtimeMs: 0 } });
          return { id: e.id, name: e.name, token, savedAt: e.savedAt, text: e.text };
        }),
      };
    },

    async discardRecovery(id: string): Promise<PlatformResult<null>> {
      await deps.recovery.discard(id);
      return { ok: true, value: null };
    },

    async setDocumentState(state: { name: string | null; modified: boolean }): Promise<PlatformResult<null>> {
      deps.setDocumentState(state);
      return { ok: true, value: null };
    },
  };
}

export type MainApi = ReturnType<typeof createMainApi>;
