/**
 * Cutting a damaged history: a file whose history cannot be rebuilt past some revision (a patch
 * edited by hand, a record deleted, a tampered value) still opens, runs and saves; on request its
 * history is cut at the last revision that rebuilds and checks, so that every revision it lists is
 * one that can be restored. The CLI's `history --cut-damaged` writes the result and keeps the
 * original as a backup.
 */
import type { Diagnostic, RevisionRecord, ScenarioDocument } from '../types.ts';
import { cloneJson, revisionContent } from './content.ts';
import { contentHashOf } from './contentHash.ts';
import { checkHistory } from './revisions.ts';
import { isRestorable } from './verify.ts';

export interface HistoryCut {
  /** The document with its history cut (the input itself when nothing was damaged). */
  document: ScenarioDocument;
  /** The revisions kept, oldest first. */
  kept: number[];
  /** The revisions dropped, oldest first (unreadable records are counted in `unreadable`). */
  dropped: number[];
  /** Records that were not revision records at all (no whole-number revision or no time). */
  unreadable: number;
  /** What was damaged, or null when the history was intact and nothing was cut. */
  damage: Diagnostic | null;
}

/**
 * The document with its history cut after the newest damage: the revisions from the current one
 * back to the oldest that still rebuilds and matches its hash. When the current revision itself is
 * not described (no record for it, or the file was edited outside Causeway since), only a fresh
 * record for the current content remains. The content is never changed.
 */
export function cutHistory(doc: ScenarioDocument): HistoryCut {
  const walk = checkHistory(doc);
  const all = doc.history?.revisions ?? [];
  const unreadable = all.length - walk.records.length;
  if (!walk.damage && unreadable === 0)
    return { document: doc, kept: walk.records.map((r) => r.revision), dropped: [], unreadable: 0, damage: null };
  const current = doc.meta.revision ?? 0;
  let kept: RevisionRecord[];
  const head = walk.records[walk.records.length - 1];
  const headUsable = head !== undefined && head.revision === current && walk.damage?.code !== 'history.edited';
  if (!headUsable) {
    const fresh: RevisionRecord = {
      revision: current,
      savedAt: doc.meta.updatedAt ?? head?.savedAt ?? doc.meta.createdAt ?? new Date(0).toISOString(),
      contentHash: contentHashOf(revisionContent(doc)),
    };
    if (head?.revision === current && head.note) fresh.note = head.note;
    if (head?.revision === current && head.milestone) fresh.milestone = head.milestone;
    kept = [fresh];
  } else {
    // From the newest, the revisions that can be restored; the first that cannot ends the cut.
    let firstGood = walk.checks.length;
    while (firstGood > 0 && isRestorable(walk.checks[firstGood - 1]!)) firstGood--;
    kept = walk.records.slice(firstGood).map((r) => cloneJson(r));
  }
  const keptNumbers = new Set(kept.map((r) => r.revision));
  const out = cloneJson({ ...doc, history: undefined }) as ScenarioDocument;
  const { revisions: _damaged, ...historyRest } = doc.history ?? { revisions: [] };
  out.history = { ...cloneJson(historyRest), revisions: kept };
  return {
    document: out,
    kept: kept.map((r) => r.revision),
    dropped: walk.records.map((r) => r.revision).filter((r) => !keptNumbers.has(r)),
    unreadable,
    damage: walk.damage,
  };
}
