/**
 * The save lock (node/fileLock.ts): one holder at a time, stale locks recovered, a live holder
 * waited for and then named in the refusal. Time and liveness are injected, so nothing sleeps.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireFileLock, describeHolder, lockPathFor, STALE_FOREIGN_MS } from '../../node/fileLock.ts';
import { nodeFs, type FsLayer } from '../../node/fsLayer.ts';
import { withTempDir } from './helpers.ts';

/** A clock that only moves when the lock waits, so the wait is measured without sleeping. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('acquireFileLock', () => {
  it('gives the lock to one holder at a time and removes its file on release', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'a.causeway.json');
      const first = await acquireFileLock(target);
      expect(first.ok).toBe(true);
      const clock = fakeClock();
      const second = await acquireFileLock(target, { waitMs: 1000, ...clock });
      expect(second.ok).toBe(false);
      if (!second.ok) {
        expect(second.holder?.pid).toBe(process.pid);
        expect(describeHolder(second.holder)).toBe(`another program (process ${process.pid} on this computer)`);
      }
      if (first.ok) await first.lock.release();
      expect(await readdir(dir)).toEqual([]);
      const third = await acquireFileLock(target, { waitMs: 0 });
      expect(third.ok).toBe(true);
      if (third.ok) await third.lock.release();
    });
  });

  it('takes over a lock left by a process of this computer that no longer runs', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'a.causeway.json');
      const stale = { pid: 999_999, host: hostname(), nonce: 'dead', createdAt: '2026-01-01T00:00:00Z' };
      await writeFile(lockPathFor(target), JSON.stringify(stale));
      const taken = await acquireFileLock(target, { waitMs: 0, isAlive: (pid) => pid === process.pid });
      expect(taken.ok).toBe(true);
      if (!taken.ok) return;
      const owner = JSON.parse(await readFile(lockPathFor(target), 'utf8')) as { nonce: string; pid: number };
      expect(owner.pid).toBe(process.pid);
      expect(owner.nonce).toBe(taken.lock.owner.nonce);
      await taken.lock.release();
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it("waits for another computer's lock, and takes it over only once it is older than any save", async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'a.causeway.json');
      const foreign = { pid: 42, host: 'some-other-host', nonce: 'n', createdAt: '' };
      await writeFile(lockPathFor(target), JSON.stringify(foreign));
      const clock = fakeClock(Date.now());
      const busy = await acquireFileLock(target, { waitMs: 2000, ...clock });
      expect(busy.ok).toBe(false);
      if (!busy.ok) expect(describeHolder(busy.holder)).toMatch(/process 42 on the computer "some-other-host"/);
      const old = (Date.now() - STALE_FOREIGN_MS - 60_000) / 1000;
      await utimes(lockPathFor(target), old, old);
      const taken = await acquireFileLock(target, { waitMs: 0 });
      expect(taken.ok).toBe(true);
      if (taken.ok) await taken.lock.release();
    });
  });

  it('recovers a half-written lock only when it is old', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'a.causeway.json');
      await writeFile(lockPathFor(target), '{"pid": 12');
      expect((await acquireFileLock(target, { waitMs: 0 })).ok).toBe(false);
      const old = (Date.now() - 120_000) / 1000;
      await utimes(lockPathFor(target), old, old);
      const taken = await acquireFileLock(target, { waitMs: 0 });
      expect(taken.ok).toBe(true);
      if (taken.ok) await taken.lock.release();
    });
  });

  it('puts back a fresh lock that replaced the stale one while it was being recovered', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'a.causeway.json');
      const lockPath = lockPathFor(target);
      const dead = { pid: 999_998, host: hostname(), nonce: 'dead', createdAt: '' };
      const fresh = { pid: process.pid, host: hostname(), nonce: 'fresh', createdAt: '' };
      await writeFile(lockPath, JSON.stringify(dead));
      // Between our judging the lock stale and moving it aside, its owner's successor took it.
      let swapped = false;
      const fs: FsLayer = {
        ...nodeFs,
        rename: async (from, to) => {
          if (!swapped && from === lockPath) {
            swapped = true;
            await writeFile(lockPath, JSON.stringify(fresh));
          }
          return nodeFs.rename(from, to);
        },
      };
      const clock = fakeClock();
      const outcome = await acquireFileLock(target, {
        fs,
        waitMs: 100,
        isAlive: (pid) => pid === process.pid,
        ...clock,
      });
      expect(outcome.ok).toBe(false);
      expect(JSON.parse(await readFile(lockPath, 'utf8'))).toEqual(fresh);
      expect((await readdir(dir)).filter((n) => n.includes('stale'))).toEqual([]);
    });
  });

  it('release leaves alone a lock that is no longer its own', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'a.causeway.json');
      const taken = await acquireFileLock(target);
      if (!taken.ok) throw new Error('not taken');
      const other = JSON.stringify({ pid: 1, host: 'h', nonce: 'other', createdAt: '' });
      await writeFile(lockPathFor(target), other);
      expect(await taken.lock.stillHeld()).toBe(false);
      await taken.lock.release();
      expect(await readFile(lockPathFor(target), 'utf8')).toBe(other);
    });
  });
});
