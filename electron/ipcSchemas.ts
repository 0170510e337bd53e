/**
 * Runtime schemas of every renderer-to-main call's arguments, one tuple per channel. The IPC wrapper
 * refuses a call whose arguments do not match, before any handler sees them: TypeScript types end
 * at the process boundary, and a compromised page can send anything.
 */
import { z } from 'zod';
import type { PlatformApi } from '../renderer/platform/contract.ts';

/** Generous for a scenario file, small enough that a hostile page cannot exhaust main's memory. */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;

const token = z.string().min(1).max(200);
const text = z.string().max(MAX_TEXT_CHARS);
const name = z.string().min(1).max(255);
/** A name the page suggests to a save dialog: no folder part, which would steer where it saves. */
const suggestedName = name.refine(
  (n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..',
  'a file name, without a folder',
);
const saveOptions = z.strictObject({
  note: z.string().max(2000).optional(),
  milestone: z.string().min(1).max(200).optional(),
});

/** Calls the renderer invokes (everything on PlatformApi but `kind` and the two subscriptions). */
export type InvokeMethod = Exclude<keyof PlatformApi, 'kind' | 'onMenuCommand' | 'onOpenFile'>;

export const IPC_ARGUMENTS = {
  openFile: z.tuple([]),
  openRecent: z.tuple([token]),
  listRecent: z.tuple([]),
  save: z.tuple([token, text, saveOptions]),
  saveAs: z.tuple([suggestedName, text, saveOptions]),
  exportText: z.tuple([suggestedName, text]),
  autosave: z.tuple([token.nullable(), name.nullable(), text]),
  listRecovery: z.tuple([]),
  discardRecovery: z.tuple([z.string().regex(/^[0-9a-f]{24}$/)]),
  setDocumentState: z.tuple([z.strictObject({ name: name.nullable(), modified: z.boolean() })]),
} satisfies Record<InvokeMethod, z.ZodTuple>;

/** A file dropped on the window, reported by the preload (never by page code, which has no paths). */
export const DROP_FILE_ARGUMENTS = z.tuple([z.string().min(1).max(4096)]);
