/**
 * Which revisions a file keeps. A pure policy so that tests can run years of saves in a moment:
 * every revision from the recent past, then one a day, then one a week; milestones, the first
 * revision, the current one and any found changed outside Causeway always. Buckets are UTC days and weeks so that the outcome does not
 * depend on the machine's time zone.
 */
import type { RevisionRecord } from '../types.ts';

export interface RetentionPolicy {
  /** Keep every revision saved within this many hours before `now`. */
  keepAllHours: number;
  /** Then the newest revision of each day within this many days. */
  dailyDays: number;
  /** Then the newest revision of each week (for ever, unless `weeklyWeeks` is set). */
  weeklyWeeks?: number;
}

/** Every revision from the last day, one a day for a month, one a week after that. */
export const DEFAULT_RETENTION: RetentionPolicy = { keepAllHours: 24, dailyDays: 31 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
// 1970-01-05 was a Monday: weeks run Monday to Sunday, as in UK calendars.
const FIRST_MONDAY = 4 * DAY;

/**
 * The revision numbers to keep from `records` (any order) at time `now` (ISO 8601).
 * Records whose time cannot be read are kept: never prune what cannot be dated.
 */
export function selectRetained(
  records: readonly RevisionRecord[],
  now: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<number> {
  const nowMs = Date.parse(now);
  const keep = new Set<number>();
  if (records.length === 0) return keep;
  const sorted = [...records].sort((a, b) => a.revision - b.revision);
  keep.add(sorted[0]!.revision);
  keep.add(sorted[sorted.length - 1]!.revision);
  // Newest revision per bucket: walk newest first and take the first seen in each bucket.
  const seenDays = new Set<number>();
  const seenWeeks = new Set<number>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const record = sorted[i]!;
    const t = Date.parse(record.savedAt);
    // A file found changed outside Causeway is kept too: it explains why older revisions cannot be rebuilt.
    if (record.milestone || record.changedOutside || Number.isNaN(t) || Number.isNaN(nowMs)) {
      keep.add(record.revision);
      continue;
    }
    const age = nowMs - t;
    if (age <= policy.keepAllHours * HOUR) {
      keep.add(record.revision);
    } else if (age <= policy.dailyDays * DAY) {
      const day = Math.floor(t / DAY);
      if (!seenDays.has(day)) keep.add(record.revision);
      seenDays.add(day);
    } else if (policy.weeklyWeeks === undefined || age <= policy.weeklyWeeks * WEEK) {
      const week = Math.floor((t - FIRST_MONDAY) / WEEK);
      if (!seenWeeks.has(week)) keep.add(record.revision);
      seenWeeks.add(week);
    }
  }
  return keep;
}

/**
 * Drops the revisions the policy does not keep, composing each dropped revision's reverse patch
 * into the kept revision before it, so that every remaining revision still rebuilds exactly.
 *
 * A record's reverse patch turns the next newer record's content into its own; after dropping
 * revision j between i and k, i's patch must go from k to i, which is j's patch followed by i's.
 * Concatenation is exact but can grow: `thinHistory` recomputes minimal patches where it can.
 * Returns records oldest first.
 */
export function thinRevisions(
  records: readonly RevisionRecord[],
  now: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): RevisionRecord[] {
  const keep = selectRetained(records, now, policy);
  const sorted = [...records].sort((a, b) => a.revision - b.revision);
  const out: RevisionRecord[] = [];
  // Walking newest to oldest, `pending` holds the dropped records' patches in the order they must
  // run before the next kept record's own; null once a dropped record had no patch (chain broken).
  // Each patch is copied once, when its kept record takes them all: linear in the history's length.
  let pending: unknown[][] | null = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const record = sorted[i]!;
    if (keep.has(record.revision)) {
      if (pending && pending.length > 0 && record.reversePatch) {
        out.push({
          ...record,
          reversePatch: [...pending, record.reversePatch].flat() as RevisionRecord['reversePatch'],
        });
      } else if (pending === null) {
        // A dropped record had no patch, so this one could not be reached either: say so honestly.
        const { reversePatch: _unusable, ...rest } = record;
        out.push(rest);
      } else {
        out.push({ ...record });
      }
      pending = [];
    } else if (pending !== null) {
      if (record.reversePatch) pending.push(record.reversePatch);
      else pending = null;
    }
  }
  return out.reverse();
}
