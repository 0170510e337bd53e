/**
 * File system failures as sentences a person can act on: the one table of causes behind the app's
 * messages and the CLI's. Every app message names the file and says what state things are in (the
 * document is still open, the file on disk is unchanged) because that is what someone facing a
 * failed save needs to know first; the CLI phrases its own sentence around the cause.
 */
import { errorCode } from './fsLayer.ts';
import type { FileError, FileErrorKind } from './result.ts';

export type FileAction = 'save' | 'open' | 'read' | 'autosave' | 'export';

/** What a file system error code means when reading and when writing, and what to do about it. */
interface Cause {
  kind: FileErrorKind;
  reason: { reading: string; writing: string };
  advice: { reading: string; writing: string };
}

const NOT_FOUND: Cause = {
  kind: 'not-found',
  reason: { reading: 'there is no such file', writing: 'its folder does not exist' },
  advice: { reading: 'it may have been moved, renamed or deleted', writing: 'use Save As to choose another folder' },
};
const PERMISSION: Cause = {
  kind: 'permission',
  reason: { reading: 'permission was denied', writing: 'permission was denied' },
  advice: {
    reading: "check the file's permissions or copy it somewhere you can read it",
    writing: 'use Save As to save it in a folder you can write to',
  },
};
const DISK_FULL: Cause = {
  kind: 'disk-full',
  reason: { reading: 'there is not enough space on the disk', writing: 'there is not enough space on the disk' },
  advice: { reading: 'free some space', writing: 'free some space or use Save As to save it somewhere else' },
};
const BUSY: Cause = {
  kind: 'internal',
  reason: {
    reading: 'it is busy or too many files are open',
    writing: 'it is busy or too many files are open',
  },
  advice: { reading: 'try again in a moment', writing: 'try again in a moment' },
};

const CAUSES: Readonly<Record<string, Cause>> = {
  ENOENT: NOT_FOUND,
  ENOTDIR: NOT_FOUND,
  EACCES: PERMISSION,
  EPERM: PERMISSION,
  ENOSPC: DISK_FULL,
  EDQUOT: DISK_FULL,
  EROFS: {
    kind: 'read-only',
    reason: { reading: 'the disk is read-only', writing: 'the disk is read-only' },
    advice: { reading: 'copy it somewhere you can write to', writing: 'use Save As to save it somewhere else' },
  },
  EISDIR: {
    kind: 'invalid',
    reason: { reading: 'it is a folder', writing: 'it is a folder' },
    advice: { reading: 'choose a .causeway.json scenario file', writing: 'use Save As to choose a file name' },
  },
  ENOTREG: {
    kind: 'invalid',
    reason: {
      reading: 'it is not a regular file (it is a pipe, a device or a socket)',
      writing: 'it is not a regular file (it is a pipe, a device or a socket), so it was not replaced',
    },
    advice: { reading: 'choose a .causeway.json scenario file', writing: 'choose another file name' },
  },
  ELOOP: {
    kind: 'invalid',
    reason: {
      reading: 'its symbolic links go round in a loop',
      writing: 'its symbolic links go round in a loop',
    },
    advice: { reading: 'point the link at the file itself', writing: 'use Save As to choose a plain file name' },
  },
  ENAMETOOLONG: {
    kind: 'invalid',
    reason: { reading: 'its name or path is too long', writing: 'its name or path is too long' },
    advice: {
      reading: 'move or rename it to a shorter path',
      writing: 'use Save As to choose a shorter name or folder',
    },
  },
  EMFILE: BUSY,
  ENFILE: BUSY,
  EBUSY: BUSY,
};

const INTACT = 'Your document is still open and the file on disk is unchanged';

function isWriting(action: FileAction): boolean {
  return action === 'save' || action === 'autosave' || action === 'export';
}

/**
 * The cause of a thrown file system error in a few words, with its kind. An unknown cause is kind
 * `internal`, with the error's code (or message) in brackets.
 */
export function fileProblem(e: unknown, action: FileAction): { kind: FileErrorKind; reason: string; advice: string } {
  const code = errorCode(e);
  const cause = code === undefined ? undefined : CAUSES[code];
  const side = isWriting(action) ? 'writing' : 'reading';
  if (cause) return { kind: cause.kind, reason: cause.reason[side], advice: cause.advice[side] };
  const why = code ?? (e instanceof Error ? e.message : String(e));
  return {
    kind: 'internal',
    reason: `it could not be ${side === 'writing' ? 'written' : 'read'} (${why})`,
    advice: 'try again, and report the problem if it persists',
  };
}

/** Turns a thrown file system error into a FileError about `name`, e.g. `Causeway could not save "gm.causeway.json": ...`. */
export function describeFileError(e: unknown, action: FileAction, name: string): FileError {
  const { kind, reason, advice } = fileProblem(e, action);
  const message = isWriting(action)
    ? `Causeway could not ${action} "${name}": ${reason}. ${INTACT}; ${advice}.`
    : `Causeway could not ${action} "${name}": ${reason}; ${advice}.`;
  return { kind, message, reason };
}
