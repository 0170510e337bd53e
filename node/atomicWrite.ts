/**
 * Atomic replacement of a file: the new bytes go to a temporary file in the same folder (so the
 * rename stays on one file system), are flushed to the disk, and only then renamed over the target;
 * the folder is flushed too so that the rename itself survives a power cut. A crash at any moment
 * leaves either the old file or the new one, never a mixture, plus at worst a stray temporary that
 * the next save removes.
 */
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { codedError, errorCode, nodeFs, type FsLayer } from './fsLayer.ts';

export interface AtomicWriteOptions {
  fs?: FsLayer;
  /** Keep the file being replaced as this path (written atomically too). */
  backupPath?: string;
  /** File mode for a new file; an existing file's mode is kept. */
  mode?: number;
  /**
   * Runs after the new bytes are safely in the temporary file and just before the target is
   * replaced: the last moment to refuse (by throwing), e.g. because the file changed meanwhile.
   */
  beforeReplace?: () => Promise<void>;
}

const TEMP_SUFFIX = '.causeway-tmp';

/** Temporary names carry the writer's process id, so a later save can tell a crash's leftovers from a live write. */
export function temporaryName(target: string, pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/** The pid in a temporary's name if `name` is one of `target`'s temporaries, else null. */
export function temporaryOwner(target: string, name: string): number | null {
  const prefix = `.${basename(target)}.`;
  if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) return null;
  const pid = Number(name.slice(prefix.length).split('-')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(e) === 'EPERM';
  }
}

/**
 * Removes temporaries of `target` left by writers that no longer run (a crash, a kill, a power cut).
 * Another live process's temporary is left alone: it may be mid-save. Returns the names removed.
 */
export async function removeStaleTemporaries(
  target: string,
  fs: FsLayer = nodeFs,
  isAlive: (pid: number) => boolean = processAlive,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dirname(target));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = temporaryOwner(target, name);
    if (pid === null || isAlive(pid)) continue;
    try {
      await fs.unlink(join(dirname(target), name));
      removed.push(name);
    } catch {
      // Someone else removed it first, or it cannot be removed: neither affects this save.
    }
  }
  return removed;
}

async function writeDurably(fs: FsLayer, path: string, data: string | Uint8Array, mode: number): Promise<void> {
  // 'wx': never follow or reuse an existing path, so a planted link cannot redirect the write.
  const handle = await fs.open(path, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(fs: FsLayer, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    // Windows cannot open a folder, and some file systems refuse fsync on one: the rename is still
    // atomic there, only its durability across a power cut rests with the operating system.
    const code = errorCode(e);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES' && code !== 'ENOTSUP') throw e;
  }
}

/** Copies `target` to `backupPath` atomically (a hard link where possible: no bytes copied). */
async function keepBackup(fs: FsLayer, target: string, backupPath: string): Promise<void> {
  const temp = temporaryName(target);
  try {
    try {
      await fs.link(target, temp);
    } catch {
      // FAT-formatted sticks and some network shares have no hard links.
      await fs.copyFile(target, temp);
    }
    await fs.rename(temp, backupPath);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}

/**
 * The file a write to `path` should replace: the end of its symbolic links, if it is one. Renaming
 * over the link itself would turn it into a plain file and leave the file it points to (in a synced
 * or shared folder, say) silently out of date. A path that does not exist yet is used as it is.
 */
export async function resolveWriteTarget(path: string, fs: FsLayer = nodeFs): Promise<string> {
  if (!fs.realpath) return path;
  try {
    return await fs.realpath(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return path;
    throw e;
  }
}

/**
 * Writes `data` to `target` (or the file it links to) atomically. Throws the file system's error (with its `code`) when the
 * write fails; the target is then untouched and no temporary is left behind.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const target = await resolveWriteTarget(path, fs);
  await removeStaleTemporaries(target, fs);
  let mode = options.mode ?? 0o644;
  let exists = false;
  try {
    const st = await fs.stat(target);
    // Renaming over a pipe or a device node would silently replace it: only files are replaced.
    if (st.isDirectory()) throw codedError('EISDIR', 'is a folder');
    if (!st.isFile()) throw codedError('ENOTREG', 'not a regular file');
    exists = true;
    mode = st.mode & 0o777;
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw e;
  }
  const temp = temporaryName(target);
  try {
    await writeDurably(fs, temp, data, mode);
    await options.beforeReplace?.();
    if (exists && options.backupPath) await keepBackup(fs, target, options.backupPath);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(fs, dirname(target));
}
