/**
 * File system failures as sentences a person can act on, in the contract's error kinds. Every
 * message names the file and says what state things are in (the document is still open, the file
 * on disk is unchanged) because that is what someone facing a failed save needs to know first.
 */
import type { PlatformError } from '../contract.ts';
import { errorCode } from './fsLayer.ts';

export type FileAction = 'save' | 'open' | 'read' | 'autosave' | 'export';

const INTACT = 'Your document is still open and the file on disk is unchanged';

/** Turns a thrown file system error into a PlatformError about `name`. */
export function describeFileError(e: unknown, action: FileAction, name: string): PlatformError {
  const code = errorCode(e);
  const writing = action === 'save' || action === 'autosave' || action === 'export';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        kind: 'disk-full',
        message: `There is not enough space on the disk to ${action} "${name}". ${INTACT}; free some space or use Save As to save it somewhere else.`,
      };
    case 'EACCES':
    case 'EPERM':
      return writing
        ? {
            kind: 'permission',
            message: `Causeway is not allowed to write "${name}" in that folder. ${INTACT}; use Save As to save it in a folder you can write to.`,
          }
        : {
            kind: 'permission',
            message: `Causeway is not allowed to read "${name}"; check the file's permissions or copy it somewhere you can read it.`,
          };
    case 'EROFS':
      return {
        kind: 'read-only',
        message: `"${name}" is on a read-only disk. ${INTACT}; use Save As to save it somewhere else.`,
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return writing
        ? {
            kind: 'not-found',
            message: `The folder for "${name}" no longer exists. ${INTACT}; use Save As to choose another folder.`,
          }
        : { kind: 'not-found', message: `"${name}" could not be found; it may have been moved, renamed or deleted.` };
    case 'EISDIR':
      return { kind: 'invalid', message: `"${name}" is a folder, not a scenario file.` };
    case 'EMFILE':
    case 'ENFILE':
    case 'EBUSY':
      return {
        kind: 'internal',
        message: `"${name}" is busy or too many files are open (${code}). ${writing ? INTACT + '; ' : ''}try again in a moment.`,
      };
    default: {
      const why = e instanceof Error ? e.message : String(e);
      return {
        kind: 'internal',
        message: `Causeway could not ${action} "${name}" (${why}). ${writing ? INTACT + '.' : ''}`.trim(),
      };
    }
  }
}
