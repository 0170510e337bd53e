/**
 * The one contract between the renderer and the system it runs on, as one map: every call's channel,
 * the zod schema of its arguments, its result type, and its direction (`invoke`: the page asks and
 * main answers; `event`: main tells the page; `preload`: the preload itself asks, never the page).
 * Everything else is derived from PLATFORM_CALLS: the PlatformApi type the renderer programs
 * against, the preload's `window.causeway` object (electron/preload/api.ts), main's handler
 * registration with its runtime argument checks (electron/ipc/registerHandlers.ts) and the same
 * checks in the browser adapter. Adding a call is an entry here plus its implementation in Electron
 * main and in the browser adapter; the compiler asks for both.
 *
 * It lives beside the renderer's platform module because the renderer may not import electron/; the
 * shell imports it from here. It holds only names, zod shapes and types, so the sandboxed preload
 * can bundle it. The renderer never sends paths: main hands out opaque tokens from dialogs and the
 * recent list. Errors come back as data (`{ ok: false, error }`), never as exceptions across IPC.
 */
import { z } from 'zod';
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

/** What cutting a damaged history did (see models' cutHistory), and the file as it now is. */
export interface CutHistoryOutcome {
  /** The file after the cut, to load in place of the one shown (the same token). */
  file: OpenedFile;
  /** Revisions kept and dropped, oldest first; unreadable records are only counted. */
  kept: number[];
  dropped: number[];
  unreadable: number;
  /** False when nothing was damaged and nothing was written. */
  cut: boolean;
  /** The name of the copy of the file as it was before the cut, or null when none was made. */
  backupName: string | null;
  /** True when the browser could not write to the file and downloaded the cut file instead. */
  downloaded?: boolean;
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

/** Menu commands main sends to the renderer (accelerators live in the native menu). */
export const MENU_COMMANDS = [
  'file.new-for-area',
  'file.new-from-example',
  'file.open',
  'file.save',
  'file.save-as',
  'file.save-milestone',
  'file.export-csv',
  'file.export-report',
  'file.close',
  'edit.undo',
  'edit.redo',
  'view.workshop',
  'help.method',
  'help.shortcuts',
  'help.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Binary exports by extension, with their MIME type. A closed list: a page cannot have the shell
 * write an executable or a script, whatever name it suggests.
 */
export const BINARY_EXPORT_TYPES = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  md: 'text/markdown',
  zip: 'application/zip',
} as const;
export type BinaryExportType = keyof typeof BINARY_EXPORT_TYPES;

/** Generous for a scenario file, small enough that a hostile page cannot exhaust main's memory. */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;
/** The largest binary export (a report with charts is a few MB). */
export const MAX_BINARY_BYTES = 64 * 1024 * 1024;

// The argument shapes. TypeScript types end at the process boundary and a compromised page can send
// anything, so main checks every call against these before any handler sees it.
const token = z.string().min(1).max(200);
const text = z.string().max(MAX_TEXT_CHARS);
const name = z.string().min(1).max(255);
/** A name the page suggests to a save dialog: no folder part, which would steer where it saves. */
const suggestedName = name.refine(
  (n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..',
  'a file name, without a folder',
);
const saveOptions = z.strictObject({
  /** A revision note, shown in History. */
  note: z.string().max(2000).optional(),
  /** A named milestone that retention never prunes. */
  milestone: z.string().min(1).max(200).optional(),
});
export type SaveOptions = z.infer<typeof saveOptions>;
const openedFile = z.strictObject({
  token,
  /** Display name, e.g. `greater-manchester.causeway.json`. */
  name,
  /** The file's text as it is on disk (the renderer runs the load pipeline on it). */
  text,
});
export type OpenedFile = z.infer<typeof openedFile>;
const binaryExport = z
  .tuple([
    suggestedName,
    z.enum(Object.keys(BINARY_EXPORT_TYPES) as [BinaryExportType, ...BinaryExportType[]]),
    z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= MAX_BINARY_BYTES, `at most ${MAX_BINARY_BYTES / 1024 / 1024} MB`),
  ])
  .refine(([n, type]) => n.toLowerCase().endsWith(`.${type}`), 'a file name ending in the export type');

/** A renderer-to-main call answering PlatformResult<R>. `R` is a type only (never at run time). */
export interface InvokeCall<A extends z.ZodTuple, R> {
  kind: 'invoke';
  channel: string;
  args: A;
  /** Phantom: carries the result type. */
  readonly result?: R;
}
/**
 * A call the preload makes itself (never exposed to the page). None today: dropped files used to
 * be one, with a path from the page's side; main now catches drops itself (electron/main/navigation.ts).
 */
export interface PreloadCall<A extends z.ZodTuple, R> extends Omit<InvokeCall<A, R>, 'kind'> {
  kind: 'preload';
}
/** A main-to-renderer event; the preload passes on only payloads that match `args`. */
export interface EventCall<A extends z.ZodTuple> {
  kind: 'event';
  channel: string;
  args: A;
}

// Curried so that the result type is written and the argument types are inferred.
const invoke =
  <R>() =>
  <A extends z.ZodTuple>(channel: string, args: A): InvokeCall<A, R> => ({ kind: 'invoke', channel, args });
const event = <A extends z.ZodTuple>(channel: string, args: A): EventCall<A> => ({ kind: 'event', channel, args });

export const PLATFORM_CALLS = {
  openFile: invoke<OpenedFile>()('causeway:open-file', z.tuple([])),
  openRecent: invoke<OpenedFile>()('causeway:open-recent', z.tuple([token])),
  listRecent: invoke<RecentFile[]>()('causeway:list-recent', z.tuple([])),
  /** Save the document text to the file behind the token (atomic; adds a revision): (token, text, options). */
  save: invoke<SavedFile>()('causeway:save', z.tuple([token, text, saveOptions])),
  /** Ask where to save, then save there: (suggestedName, text, options). */
  saveAs: invoke<SavedFile>()('causeway:save-as', z.tuple([suggestedName, text, saveOptions])),
  /**
   * Cut the damaged history of the file behind the token at its last good revision (the content is
   * unchanged, no revision is added, the original is kept as a backup); refused as a conflict when
   * the file changed since it was opened or saved here: (token).
   */
  cutHistory: invoke<CutHistoryOutcome>()('causeway:cut-history', z.tuple([token])),
  /** Export a results table (CSV text) through a save dialog or a download: (suggestedName, text). */
  exportText: invoke<{ name: string }>()('causeway:export-text', z.tuple([suggestedName, text])),
  /** Export bytes (a chart, a report) through a save dialog or a download: (suggestedName, type, bytes). */
  saveBinary: invoke<{ name: string }>()('causeway:save-binary', binaryExport),
  /**
   * Print the page as it is (the report's print view) to PDF and save it through a dialog:
   * (suggestedName). Electron prints with printToPDF; a browser opens its print dialog.
   */
  printToPdf: invoke<{ name: string }>()(
    'causeway:print-to-pdf',
    z.tuple([suggestedName.refine((n) => n.toLowerCase().endsWith('.pdf'), 'a file name ending in .pdf')]),
  ),
  /** Keep unsaved work for crash recovery (app data folder or IndexedDB): (token, name, text). */
  autosave: invoke<null>()('causeway:autosave', z.tuple([token.nullable(), name.nullable(), text])),
  listRecovery: invoke<RecoveryEntry[]>()('causeway:list-recovery', z.tuple([])),
  discardRecovery: invoke<null>()('causeway:discard-recovery', z.tuple([z.string().regex(/^[0-9a-f]{24}$/)])),
  /** Tell the shell what the window title and modified mark should be. */
  setDocumentState: invoke<null>()(
    'causeway:set-document-state',
    z.tuple([z.strictObject({ name: name.nullable(), modified: z.boolean() })]),
  ),
  /** Native menu commands; subscribing returns an unsubscribe function. */
  onMenuCommand: event('causeway:menu-command', z.tuple([z.enum(MENU_COMMANDS)])),
  /** Files the operating system asked the app to open (double click, drag onto the window). */
  onOpenFile: event('causeway:open-file-event', z.tuple([openedFile])),
};

type Calls = typeof PLATFORM_CALLS;
export type CallName = keyof Calls;
type NamesOf<Kind> = { [K in CallName]: Calls[K]['kind'] extends Kind ? K : never }[CallName];
/** Calls the page makes. */
export type InvokeName = NamesOf<'invoke'>;
/** Calls main answers: the page's and the preload's own. */
export type HandledName = NamesOf<'invoke' | 'preload'>;
export type EventName = NamesOf<'event'>;

type ResultOf<C> = C extends { readonly result?: infer R } ? R : never;
/** The arguments as the caller passes them, and as main's handler receives them once checked. */
export type ArgumentsOf<K extends CallName> = z.input<Calls[K]['args']>;
export type CheckedArgumentsOf<K extends CallName> = z.output<Calls[K]['args']>;

export type PlatformApi = { readonly kind: 'electron' | 'browser' } & {
  [K in InvokeName]: (...args: ArgumentsOf<K>) => Promise<PlatformResult<ResultOf<Calls[K]>>>;
} & {
  [K in EventName]: (listener: (...args: CheckedArgumentsOf<K>) => void) => () => void;
};

/** What main implements: one handler per invoke and preload call, given checked arguments. */
export type PlatformHandlers = {
  [K in HandledName]: (...args: CheckedArgumentsOf<K>) => Promise<PlatformResult<ResultOf<Calls[K]>>>;
};

/** Every channel, by call name. */
export const IPC_CHANNELS = Object.fromEntries(
  Object.entries(PLATFORM_CALLS).map(([callName, call]) => [callName, call.channel]),
) as { [K in CallName]: string };

/**
 * Checks a call's arguments against its schema: the checked arguments, or the error to return.
 * Main runs it on every IPC message and the browser adapter on every call, so both refuse the same.
 */
export function checkArguments<K extends CallName>(
  callName: K,
  args: readonly unknown[],
): { ok: true; args: CheckedArgumentsOf<K> } | { ok: false; error: PlatformError } {
  const call = PLATFORM_CALLS[callName];
  const parsed = call.args.safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data as CheckedArgumentsOf<K> };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'arguments';
  return {
    ok: false,
    error: {
      kind: 'invalid',
      message: `The request ${call.channel} had invalid arguments (${where}: ${issue?.message ?? 'wrong shape'}).`,
    },
  };
}
