/**
 * Opening and saving scenario files: the one implementation behind the app's Save and the CLI's
 * `set`, so both write the same way (atomic, revision + 1, history kept, previous file as backup)
 * and refuse the same things (a file changed on disk since it was opened, a file from a newer
 * release, a read-only file). What is written comes from models' prepareSave, which the browser
 * adapter uses too.
 */
import { basename } from 'node:path';
import {
  checkUtf8Bytes,
  CURRENT_SCHEMA_VERSION,
  LIMITS,
  tooLargeMessage,
  type Diagnostic,
  documentToSave,
  loadScenario,
  prepareSave,
  type LoadOutcome,
  type ScenarioDocument,
} from '../models/index.ts';
import { removeStaleTemporaries, resolveWriteTarget, writeFileAtomic } from './atomicWrite.ts';
import { describeFileError } from './fileErrors.ts';
import { acquireFileLock, describeHolder, LOCK_WAIT_MS, type FileLock } from './fileLock.ts';
import { fingerprintOf, sameFile, type Fingerprint } from './fingerprint.ts';
import { codedError, errorCode, nodeFs, type FsLayer } from './fsLayer.ts';
import type { FileResult } from './result.ts';

export interface OpenedScenario {
  path: string;
  name: string;
  /**
   * The file's text exactly as on disk (an older schema stays untouched until the user saves); null
   * when its bytes cannot be read as text without changing them (not UTF-8) or it is over the size
   * limit: `outcome` says which, and there is nothing to edit.
   */
  text: string | null;
  fingerprint: Fingerprint;
  /** The load pipeline's outcome: a migrated document in memory, or diagnostics. */
  outcome: LoadOutcome;
}

export interface SaveRequest {
  path: string;
  /** The edited document, already through the load pipeline. */
  document: ScenarioDocument;
  /**
   * The last saved document it was edited from (its history continues), or null for a new one or
   * one whose saved form is not in memory (recovered work): when `expected` matches the file on
   * disk, that file is then the document the work was edited from.
   */
  base: ScenarioDocument | null;
  /** The file as it was opened; null for a new file or an overwrite the user confirmed (Save As). */
  expected: Fingerprint | null;
  /** ISO 8601 time of the save. */
  now: string;
  note?: string;
  milestone?: string;
  fs?: FsLayer;
  /**
   * The file's lock when the caller already holds it (see lockScenarioFile: the CLI's `set` holds it
   * from reading the file to writing it); otherwise the save takes it for itself.
   */
  lock?: FileLock;
}

export interface SavedScenario {
  path: string;
  name: string;
  text: string;
  document: ScenarioDocument;
  revision: number;
  savedAt: string;
  fingerprint: Fingerprint;
  /** Where the replaced file was kept, or null when there was none. */
  backupPath: string | null;
}

/** Where the previous version of `path` is kept on each save. */
export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

/** Where a file of an older schema is kept for good when a save migrates it (later saves leave it alone). */
export function schemaBackupPathFor(path: string, schemaVersion: number): string {
  return `${path}.schema${schemaVersion}.bak`;
}

function tooLarge(bytes: number): Diagnostic {
  return { severity: 'error', code: 'json.too-large', path: '', message: tooLargeMessage(bytes) };
}

/**
 * Reads a scenario file and runs the load pipeline on it in memory; nothing on disk changes (the
 * CLI's read-only commands use this).
 */
export async function readScenarioFile(path: string, fs: FsLayer = nodeFs): Promise<FileResult<OpenedScenario>> {
  const name = basename(path);
  const refused = (diagnostic: Diagnostic, size: number, mtimeMs: number): FileResult<OpenedScenario> => ({
    ok: true,
    value: {
      path,
      name,
      text: null,
      fingerprint: { sha256: '', size, mtimeMs },
      outcome: { ok: false, diagnostics: [diagnostic], document: null },
    },
  });
  try {
    // Checked before opening (a folder, a pipe, a device, a file too large to read) and again on
    // the open handle, so that what is checked is what is read.
    const st = await fs.stat(path);
    if (st.isDirectory()) throw codedError('EISDIR', 'is a folder');
    if (!st.isFile()) throw codedError('ENOTREG', 'not a regular file');
    if (st.size > LIMITS.fileBytes) return refused(tooLarge(st.size), st.size, st.mtimeMs);
    const read = fs.readRegular
      ? await fs.readRegular(path, LIMITS.fileBytes)
      : { bytes: await fs.readFile(path), size: st.size, mtimeMs: st.mtimeMs };
    if (!read.bytes) return refused(tooLarge(read.size), read.size, read.mtimeMs);
    const undecodable = checkUtf8Bytes(read.bytes);
    if (undecodable) return refused(undecodable, read.size, read.mtimeMs);
    const text = read.bytes.toString('utf8');
    return {
      ok: true,
      value: { path, name, text, fingerprint: fingerprintOf(read.bytes, read.mtimeMs), outcome: loadScenario(text) },
    };
  } catch (e) {
    return { ok: false, error: describeFileError(e, 'open', name) };
  }
}

/**
 * Opens a scenario file to edit it: reads it (see readScenarioFile) and removes the temporaries a
 * crashed save left beside it.
 */
export async function openScenarioFile(path: string, fs: FsLayer = nodeFs): Promise<FileResult<OpenedScenario>> {
  const read = await readScenarioFile(path, fs);
  if (read.ok) await removeStaleTemporaries(path, fs);
  return read;
}

function declaredSchemaVersion(text: string): number | null {
  try {
    const v = (JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion;
    return typeof v === 'number' && Number.isInteger(v) ? v : null;
  } catch {
    return null;
  }
}

interface OnDisk {
  bytes: Buffer;
  mode: number;
  mtimeMs: number;
  size: number;
  ino: number;
}

async function readIfExists(fs: FsLayer, path: string): Promise<OnDisk | null> {
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) throw codedError('EISDIR', 'is a folder');
    if (!st.isFile()) throw codedError('ENOTREG', 'not a regular file');
    const bytes = await fs.readFile(path);
    return { bytes, mode: st.mode, mtimeMs: st.mtimeMs, size: st.size, ino: st.ino ?? 0 };
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null;
    throw e;
  }
}

const INTACT = 'Your document is still open and nothing was overwritten';

function conflictMessage(name: string): string {
  return `"${name}" was changed on disk after you opened it, by another program or another window. ${INTACT}; reload the file to see those changes, or use Save As to keep your version as a new file.`;
}

/** Thrown inside a locked save when the file changed between reading it and replacing it. */
class ChangedMeanwhile extends Error {}

/**
 * Takes the exclusive lock on the scenario file at `path` (or the file its link points to), for a
 * caller that reads, edits and saves it in one go (pass the lock to saveScenarioFile, then release
 * it). Waits up to LOCK_WAIT_MS for another save to finish; refuses with a sentence after that.
 */
export async function lockScenarioFile(path: string, fs: FsLayer = nodeFs): Promise<FileResult<FileLock>> {
  const name = basename(path);
  try {
    const target = await resolveWriteTarget(path, fs);
    const taken = await acquireFileLock(target, { fs });
    if (taken.ok) return { ok: true, value: taken.lock };
    return {
      ok: false,
      error: {
        kind: 'conflict',
        message: `"${name}" is being saved by ${describeHolder(taken.holder)}, which has not finished after ${LOCK_WAIT_MS / 1000} seconds. ${INTACT}; try again in a moment.`,
      },
    };
  } catch (e) {
    return { ok: false, error: describeFileError(e, 'save', name) };
  }
}

/**
 * Saves `request.document` as a new revision of `request.path`. On any refusal or failure the file
 * on disk is unchanged and the error says so; nothing is thrown.
 */
export async function saveScenarioFile(request: SaveRequest): Promise<FileResult<SavedScenario>> {
  if (request.lock) return saveLocked(request, request.lock);
  const fs = request.fs ?? nodeFs;
  const locked = await lockScenarioFile(request.path, fs);
  if (!locked.ok) return locked;
  try {
    return await saveLocked(request, locked.value);
  } finally {
    await locked.value.release();
  }
}

/**
 * The save itself, under the file's lock: read the file on disk, check it against what the work
 * was opened from, write the new text beside it, check once more that the file is still the one
 * read (a program that ignores the lock, such as a text editor, may have written it meanwhile)
 * and only then replace it.
 */
async function saveLocked(request: SaveRequest, lock: FileLock): Promise<FileResult<SavedScenario>> {
  const fs = request.fs ?? nodeFs;
  const { path } = request;
  const name = basename(path);
  let onDisk: OnDisk | null;
  // Through a symbolic link, the file (and its backups) are where the link points.
  let target: string;
  try {
    target = await resolveWriteTarget(path, fs);
    onDisk = await readIfExists(fs, target);
  } catch (e) {
    return { ok: false, error: describeFileError(e, 'save', name) };
  }
  let schemaBackup: string | null = null;
  const diskText = onDisk ? onDisk.bytes.toString('utf8') : null;
  if (onDisk) {
    // Renaming over a file needs only the folder's permission, so an atomic save would silently
    // replace a file its owner marked read-only: check the mode bits ourselves.
    if ((onDisk.mode & 0o222) === 0) {
      return {
        ok: false,
        error: {
          kind: 'read-only',
          message: `"${name}" is read-only. ${INTACT}; use Save As to save a copy, or make the file writable and save again.`,
        },
      };
    }
    if (request.expected && !sameFile(request.expected, fingerprintOf(onDisk.bytes, onDisk.mtimeMs))) {
      return { ok: false, error: { kind: 'conflict', message: conflictMessage(name) } };
    }
    const version = declaredSchemaVersion(diskText!);
    if (version !== null && version > CURRENT_SCHEMA_VERSION) {
      return {
        ok: false,
        error: {
          kind: 'newer-version',
          message: `"${name}" on disk is schemaVersion ${version}, written by a newer Causeway; saving would lose what that release added. ${INTACT}; use Save As, or update Causeway.`,
        },
      };
    }
    if (version !== null && version < CURRENT_SCHEMA_VERSION) schemaBackup = schemaBackupPathFor(target, version);
  }
  // Recovered work has no saved document in memory: when the file on disk is the one the work was
  // based on, its text is the base (prepareSave parses it).
  const base = request.base ?? (request.expected ? diskText : null);
  const prepared = prepareSave({
    base,
    edited: request.document,
    name,
    now: request.now,
    note: request.note,
    milestone: request.milestone,
  });
  if (!prepared.ok) return { ok: false, error: { kind: prepared.kind, message: `${prepared.message} ${INTACT}.` } };
  const { text, document: committed, revision } = prepared;
  const backupPath = onDisk ? backupPathFor(target) : null;
  const stillAsRead = async () => {
    const now = await fs.stat(target).then(
      (st) => ({ size: st.size, mtimeMs: st.mtimeMs, ino: st.ino ?? 0 }),
      (e: unknown) => {
        if (errorCode(e) === 'ENOENT') return null;
        throw e;
      },
    );
    const same =
      onDisk === null
        ? now === null
        : now !== null && now.size === onDisk.size && now.mtimeMs === onDisk.mtimeMs && now.ino === onDisk.ino;
    if (!same || !(await lock.stillHeld())) throw new ChangedMeanwhile();
  };
  try {
    await writeFileAtomic(target, text, { fs, backupPath: backupPath ?? undefined, beforeReplace: stillAsRead });
    if (schemaBackup && backupPath) {
      // Keep the pre-migration original for good; later saves only rotate the ordinary backup.
      const exists = await fs.stat(schemaBackup).then(
        () => true,
        () => false,
      );
      if (!exists) await fs.copyFile(backupPath, schemaBackup).catch(() => undefined);
    }
  } catch (e) {
    if (e instanceof ChangedMeanwhile)
      return { ok: false, error: { kind: 'conflict', message: conflictMessage(name) } };
    return { ok: false, error: describeFileError(e, 'save', name) };
  }
  const st = await fs.stat(target).catch(() => null);
  return {
    ok: true,
    value: {
      path,
      name,
      text,
      document: committed,
      revision,
      savedAt: request.now,
      fingerprint: fingerprintOf(text, st?.mtimeMs ?? 0),
      backupPath,
    },
  };
}

/**
 * Runs the load pipeline on text from the renderer: a document to save, or why it cannot be saved
 * (see models' documentToSave). This is the one parse of a save from the renderer.
 */
export function documentFromText(text: string, name: string): FileResult<ScenarioDocument> {
  const read = documentToSave(text, name);
  return read.ok
    ? { ok: true, value: read.document }
    : { ok: false, error: { kind: read.kind, message: read.message } };
}
