import { describe, expect, it } from 'vitest';
import { createIdleDebouncer, type Timers } from '../../node/debounce.ts';
import { recoveryPrompt } from '../../node/recovery.ts';
import { addRecent, parseRecent } from '../../node/recentFiles.ts';

function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => (due.set(next, { at: now + ms, fn }), next++),
    clearTimeout: (h) => void due.delete(h as number),
    now: () => now,
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [h, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        due.delete(h);
        t.fn();
      }
    }
  };
  return { timers, advance };
}

describe('idle debouncer', () => {
  it('runs the latest task once edits pause, and at the latest after maxWait', () => {
    const { timers, advance } = fakeTimers();
    const runs: string[] = [];
    const d = createIdleDebouncer({ idleMs: 3000, maxWaitMs: 10_000, timers });
    d.trigger('doc', () => void runs.push('v1'));
    advance(2000);
    d.trigger('doc', () => void runs.push('v2'));
    advance(2999);
    expect(runs).toEqual([]);
    advance(1);
    expect(runs).toEqual(['v2']);
    // Continuous typing every second: saved by maxWait, not starved.
    for (let i = 0; i < 12; i++) {
      d.trigger('doc', () => void runs.push(`t${i}`));
      advance(1000);
    }
    expect(runs).toContain('t9');
    d.trigger('doc', () => void runs.push('cancelled'));
    d.cancel('doc');
    advance(60_000);
    expect(runs).not.toContain('cancelled');
    expect(d.pending()).toEqual([]);
  });
});

describe('recovery prompt and recent list', () => {
  it('asks in a sentence with the time, and the date when not today', () => {
    const now = new Date('2026-03-02T18:00:00Z');
    expect(
      recoveryPrompt({ name: 'gm.causeway.json', savedAt: '2026-03-02T14:32:10Z' }, { now, timeZone: 'Europe/London' }),
    ).toBe('Restore unsaved changes to gm.causeway.json from 14:32?');
    expect(recoveryPrompt({ name: null, savedAt: '2026-02-27T09:05:00Z' }, { now, timeZone: 'Europe/London' })).toBe(
      'Restore unsaved changes to an untitled scenario from 27 February 2026, 09:05?',
    );
  });

  it('keeps recent files unique, newest first, at most ten, and survives a damaged store', () => {
    let list = addRecent([], '/a', 't1');
    list = addRecent(list, '/b', 't2');
    list = addRecent(list, '/a', 't3');
    expect(list.map((e) => e.path)).toEqual(['/a', '/b']);
    for (let i = 0; i < 20; i++) list = addRecent(list, `/f${i}`, 't');
    expect(list).toHaveLength(10);
    expect(parseRecent('not json')).toEqual([]);
    expect(parseRecent('{"recent":[{"path":"/x","openedAt":"t"},{"path":3}]}')).toEqual([
      { path: '/x', openedAt: 't' },
    ]);
  });
});
