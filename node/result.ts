/**
 * What the file service answers: a value, or an error as data with a kind the caller can act on and
 * a sentence a person can read. Nothing in node/ throws for a problem with a file or its content.
 *
 * The kinds are a subset of the platform contract's (renderer/platform/contract.ts), so Electron
 * main hands these results to the renderer as they are; the CLI turns them into its exit codes.
 */
export type FileErrorKind =
  | 'conflict' // changed on disk since it was opened: reload, or save as a new file
  | 'newer-version' // written by a newer release
  | 'read-only'
  | 'disk-full'
  | 'permission'
  | 'invalid' // the file or the document failed validation, or is not a file
  | 'not-found'
  | 'internal';

export interface FileError {
  kind: FileErrorKind;
  /** A whole sentence naming the file and saying what state things are in. */
  message: string;
  /**
   * The cause in a few words ("there is no such file"), when it is a file system failure: for a
   * caller that phrases its own sentence around the name the user typed (the CLI).
   */
  reason?: string;
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; error: FileError };
