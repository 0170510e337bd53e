/**
 * The one contract between the renderer and the system it runs on: Electron's preload API
 * (`window.causeway`) and the browser adapter implement this interface; Electron main registers one
 * handler per channel and validates every argument at runtime against the schemas in
 * electron/ipcSchemas.ts. It lives beside the renderer's platform module because the renderer may
 * not import electron/; the shell imports it from here.
 *
 * The renderer never sends paths: main hands out opaque file tokens from dialogs and the recent list.
 * Errors come back as data (`{ ok: false, error }`), never as thrown exceptions across IPC.
 */

import type { ScenarioDocument } from '../engine.ts';

/** An opaque handle for a file main (or the browser adapter) has opened or saved. */
export type FileToken = string;

export type PlatformError =
  | { kind: 'cancelled'; message: string }
  | { kind: 'conflict'; message: string } // changed on disk since opened: reload or save as
  | { kind: 'newer-version'; message: string }
  | { kind: 'read-only'; message: string }
  | { kind: 'disk-full'; message: string }
  | { kind: 'permission'; message: string }
  | { kind: 'invalid'; message: string } // the file or argument failed validation
  | { kind: 'not-found'; message: string }
  | { kind: 'internal'; message: string };

export type PlatformResult<T> = { ok: true; value: T } | { ok: false; error: PlatformError };

export interface OpenedFile {
  token: FileToken;
  /** Display name, e.g. `greater-manchester.causeway.json`. */
  name: string;
  /** The file's text as it is on disk (the renderer runs the load pipeline on it). */
  text: string;
}

export interface SavedFile {
  token: FileToken;
  name: string;
  /** The text actually written, with the revision and history the save added. */
  text: string;
  /** The document that text holds (so the renderer need not parse what was just written). */
  document: ScenarioDocument;
  revision: number;
  savedAt: string;
}

export interface RecentFile {
  token: FileToken;
  name: string;
  openedAt: string;
}

export interface RecoveryEntry {
  id: string;
  /** Name of the file the unsaved work belongs to, or null for an untitled document. */
  name: string | null;
  token: FileToken | null;
  savedAt: string;
  text: string;
}

export interface SaveOptions {
  /** A revision note, shown in History. */
  note?: string;
  /** A named milestone that retention never prunes. */
  milestone?: string;
}

/** Menu commands main sends to the renderer (accelerators live in the native menu). */
export const MENU_COMMANDS = [
  'file.new-for-area',
  'file.new-from-example',
  'file.open',
  'file.save',
  'file.save-as',
  'file.save-milestone',
  'file.export-csv',
  'file.close',
  'edit.undo',
  'edit.redo',
  'view.workshop',
  'help.method',
  'help.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface PlatformApi {
  readonly kind: 'electron' | 'browser';
  openFile(): Promise<PlatformResult<OpenedFile>>;
  openRecent(token: FileToken): Promise<PlatformResult<OpenedFile>>;
  listRecent(): Promise<PlatformResult<RecentFile[]>>;
  /** Save the document text to the file behind the token (atomic; adds a revision). */
  save(token: FileToken, text: string, options: SaveOptions): Promise<PlatformResult<SavedFile>>;
  /** Ask where to save, then save there. */
  saveAs(suggestedName: string, text: string, options: SaveOptions): Promise<PlatformResult<SavedFile>>;
  /** Export a results table (CSV text) through a save dialog or a download. */
  exportText(suggestedName: string, text: string): Promise<PlatformResult<{ name: string }>>;
  /** Keep unsaved work in the app's data folder (or IndexedDB) for crash recovery. */
  autosave(token: FileToken | null, name: string | null, text: string): Promise<PlatformResult<null>>;
  listRecovery(): Promise<PlatformResult<RecoveryEntry[]>>;
  discardRecovery(id: string): Promise<PlatformResult<null>>;
  /** Tell the shell what the window title and modified mark should be. */
  setDocumentState(state: { name: string | null; modified: boolean }): Promise<PlatformResult<null>>;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files the operating system asked the app to open (double click, drag onto the window). */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}

export const IPC_CHANNELS = {
  openFile: 'causeway:open-file',
  openRecent: 'causeway:open-recent',
  listRecent: 'causeway:list-recent',
  save: 'causeway:save',
  saveAs: 'causeway:save-as',
  exportText: 'causeway:export-text',
  autosave: 'causeway:autosave',
  listRecovery: 'causeway:list-recovery',
  discardRecovery: 'causeway:discard-recovery',
  setDocumentState: 'causeway:set-document-state',
  menuCommand: 'causeway:menu-command',
  openFileEvent: 'causeway:open-file-event',
  /** Internal to the shell: the preload reports a file dropped on the window (not on PlatformApi). */
  dropFile: 'causeway:drop-file',
} as const;
