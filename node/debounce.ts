/**
 * Idle-time debouncing for autosave, with the clock and timers injected so tests run it without
 * waiting: a task runs once edits have paused for `idleMs`, and at the latest `maxWaitMs` after the
 * first unsaved edit, so continuous typing still gets saved now and then.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface IdleDebouncer {
  /** Notes an edit under `key`; `task` (the latest one given) runs when the key goes idle. */
  trigger(key: string, task: () => void | Promise<void>): void;
  /** Runs `key`'s pending task now, if any. */
  flush(key: string): Promise<void>;
  flushAll(): Promise<void>;
  /** Drops `key`'s pending task without running it. */
  cancel(key: string): void;
  pending(): string[];
}

interface Pending {
  task: () => void | Promise<void>;
  handle: unknown;
  firstAt: number;
}

export function createIdleDebouncer(options: { idleMs: number; maxWaitMs: number; timers?: Timers }): IdleDebouncer {
  const timers = options.timers ?? realTimers;
  const pending = new Map<string, Pending>();

  async function run(key: string): Promise<void> {
    const p = pending.get(key);
    if (!p) return;
    pending.delete(key);
    timers.clearTimeout(p.handle);
    await p.task();
  }

  return {
    trigger(key, task) {
      const now = timers.now();
      const previous = pending.get(key);
      if (previous) timers.clearTimeout(previous.handle);
      const firstAt = previous?.firstAt ?? now;
      const delay = Math.max(0, Math.min(options.idleMs, firstAt + options.maxWaitMs - now));
      const handle = timers.setTimeout(() => void run(key).catch(() => undefined), delay);
      pending.set(key, { task, handle, firstAt });
    },
    flush: run,
    async flushAll() {
      for (const key of [...pending.keys()]) await run(key);
    },
    cancel(key) {
      const p = pending.get(key);
      if (p) timers.clearTimeout(p.handle);
      pending.delete(key);
    },
    pending: () => [...pending.keys()],
  };
}
