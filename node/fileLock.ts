/**
 * An exclusive lock on a scenario file for the length of a save, so that checking the file on disk
 * and replacing it happen as one step: two saves at once (two windows, the app and the CLI, two
 * scripts) can no longer both pass the check and then overwrite each other.
 *
 * The lock is a small file beside the target, `.NAME.causeway-lock`, created with O_EXCL (the
 * operating system lets exactly one creator succeed, on local disks and on NFS v3+ and SMB shares)
 * and holding its owner's process id, host name, a random nonce and the time. A lock whose owner no
 * longer runs on this host, or that is older than STALE_FOREIGN_MS when it belongs to another host,
 * is stale: it is moved aside under a name of our own and removed only if it is still the lock we
 * judged stale, so two processes recovering the same stale lock cannot remove each other's fresh one.
 * Node has no portable advisory lock (flock/LockFileEx) without native code, hence a lock file.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { errorCode, nodeFs, type FsLayer } from './fsLayer.ts';

/** How long to wait for another save to finish before refusing. */
export const LOCK_WAIT_MS = 15_000;
/** A lock from another host this old is taken to be left by a crash (no save takes this long). */
export const STALE_FOREIGN_MS = 10 * 60_000;
/** A lock file this old that cannot be read was left by a process that died while creating it. */
const STALE_UNREADABLE_MS = 30_000;

export interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
  createdAt: string;
}

export interface FileLock {
  /** The lock file's path. */
  readonly path: string;
  readonly owner: LockOwner;
  /** True while the lock file is still ours (a stale-lock recovery elsewhere can have taken it). */
  stillHeld(): Promise<boolean>;
  /** Removes the lock file if it is still ours; never throws. */
  release(): Promise<void>;
}

export interface LockOptions {
  fs?: FsLayer;
  /** Total time to wait for a live owner; 0 refuses at once. */
  waitMs?: number;
  /** For tests: whether a process of this host runs. */
  isAlive?: (pid: number) => boolean;
  /** For tests: the clock, in milliseconds. */
  now?: () => number;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

/** Raised (as a value, see acquireFileLock) when another live process holds the lock too long. */
export interface LockBusy {
  ok: false;
  holder: LockOwner | null;
}

export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.causeway-lock`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

function parseOwner(bytes: Buffer): LockOwner | null {
  try {
    const o = JSON.parse(bytes.toString('utf8')) as Partial<LockOwner>;
    if (typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.nonce === 'string')
      return { pid: o.pid, host: o.host, nonce: o.nonce, createdAt: String(o.createdAt ?? '') };
  } catch {
    // Half-written (its creator died between creating and writing it): judged by its age below.
  }
  return null;
}

async function readLock(fs: FsLayer, path: string): Promise<{ owner: LockOwner | null; mtimeMs: number } | null> {
  try {
    const st = await fs.stat(path);
    return { owner: parseOwner(await fs.readFile(path)), mtimeMs: st.mtimeMs };
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null;
    throw e;
  }
}

function isStale(
  lock: { owner: LockOwner | null; mtimeMs: number },
  now: number,
  isAlive: (pid: number) => boolean,
): boolean {
  const age = now - lock.mtimeMs;
  if (!lock.owner) return age > STALE_UNREADABLE_MS;
  if (lock.owner.host === hostname()) return !isAlive(lock.owner.pid);
  return age > STALE_FOREIGN_MS;
}

/**
 * Moves a stale lock aside and removes it, unless what was moved is no longer the lock judged
 * stale (its owner finished and another save took the lock in between): that one is put back.
 */
async function breakStaleLock(fs: FsLayer, path: string, judged: LockOwner | null): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await fs.rename(path, aside);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return;
    throw e;
  }
  const moved = parseOwner(await fs.readFile(aside).catch(() => Buffer.alloc(0)));
  const same = judged === null ? moved === null : moved !== null && moved.nonce === judged.nonce;
  if (!same) await fs.link(aside, path).catch(() => undefined);
  await fs.unlink(aside).catch(() => undefined);
}

async function tryCreate(fs: FsLayer, path: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(path, 'wx', 0o644);
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    throw e;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Takes the lock on `target` (a resolved file path), waiting up to `waitMs` for a live owner to
 * finish and recovering stale locks. Throws the file system's error when the folder cannot be
 * written (the caller's error table turns it into a sentence).
 */
export async function acquireFileLock(
  target: string,
  options: LockOptions = {},
): Promise<{ ok: true; lock: FileLock } | LockBusy> {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? Date.now;
  const isAlive = options.isAlive ?? processAlive;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const path = lockPathFor(target);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    nonce: randomBytes(12).toString('hex'),
    createdAt: new Date(now()).toISOString(),
  };
  const deadline = now() + waitMs;
  let pause = 5;
  for (;;) {
    if (await tryCreate(fs, path, owner)) return { ok: true, lock: heldLock(fs, path, owner) };
    const existing = await readLock(fs, path);
    if (existing === null) continue; // released between our attempt and the read: try again at once
    if (isStale(existing, now(), isAlive)) {
      await breakStaleLock(fs, path, existing.owner);
      continue;
    }
    if (now() >= deadline) return { ok: false, holder: existing.owner };
    await sleep(Math.min(pause, Math.max(1, deadline - now())));
    pause = Math.min(pause * 2, 200);
  }
}

function heldLock(fs: FsLayer, path: string, owner: LockOwner): FileLock {
  const ours = async () => {
    const current = await readLock(fs, path).catch(() => null);
    return current?.owner?.nonce === owner.nonce;
  };
  return {
    path,
    owner,
    stillHeld: ours,
    async release() {
      if (await ours()) await fs.unlink(path).catch(() => undefined);
    },
  };
}

/** Who holds a lock, in words: "process 4242 on this computer" or "process 17 on host build-2". */
export function describeHolder(holder: LockOwner | null): string {
  if (!holder) return 'another program';
  return holder.host === hostname()
    ? `another program (process ${holder.pid} on this computer)`
    : `another program (process ${holder.pid} on the computer "${holder.host}")`;
}
