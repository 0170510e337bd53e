/**
 * Versioned scenario files: each save adds a revision record carrying the reverse patch from the
 * new content back to the previous one, so any kept revision can be rebuilt from the current
 * document by walking the patches backwards.
 *
 * Invariant: `history.revisions` is sorted oldest first; the newest record describes the document's
 * own content (`meta.revision`) and has no patch; every older record's patch turns the next newer
 * record's content into its own.
 */
import type { Diagnostic, DiagnosticCode, Result, RevisionRecord, ScenarioDocument } from '../types.ts';
import { cloneJson, revisionContent } from './content.ts';
import { CONTENT_HASH_PREFIX, contentHashOf } from './contentHash.ts';
import { diffJson } from './patch.ts';
import { DEFAULT_RETENTION, selectRetained, thinRevisions, type RetentionPolicy } from './retention.ts';
import { isRestorable, walkRevisions, type Walk } from './verify.ts';

export interface CommitOptions {
  /** ISO 8601 time of the save; becomes `meta.updatedAt` and the record's `savedAt`. */
  now: string;
  note?: string;
  /** A name for this revision; retention never prunes it. */
  milestone?: string;
  /** Thinning applied after the commit; `false` keeps every revision. */
  retention?: RetentionPolicy | false;
}

/** Records oldest first, tolerating a missing or damaged history. */
export function historyRecords(doc: ScenarioDocument): RevisionRecord[] {
  const revisions = doc.history?.revisions;
  if (!Array.isArray(revisions)) return [];
  return revisions
    .filter(
      (r): r is RevisionRecord =>
        typeof r === 'object' && r !== null && Number.isInteger(r.revision) && typeof r.savedAt === 'string',
    )
    .sort((a, b) => a.revision - b.revision);
}

function currentRevision(doc: ScenarioDocument): number {
  const r = doc.meta.revision;
  return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0;
}

/**
 * The document to write when `next` is saved over `previous` (the last saved document `next` was
 * edited from, with its history; null for a document never saved, or whose saved form is unknown).
 * Sets `meta.revision` to the previous revision + 1 and `meta.updatedAt` to `now`, records the
 * reverse patch to the previous content, and applies retention. Neither argument is modified.
 */
export function commitRevision(
  previous: ScenarioDocument | null,
  next: ScenarioDocument,
  options: CommitOptions,
): ScenarioDocument {
  const base = previous ?? next;
  const records = historyRecords(base).map((r) => cloneJson(r));
  const prevRevision = currentRevision(base);
  const head = records[records.length - 1];
  // The opened content's hash, computed once (it is the costly part of a save on a large model):
  // it tells an outside edit, and otherwise certifies the head revision's patch.
  const openedHash = previous ? contentHashOf(withoutHistory(previous)) : null;
  const outside = previous ? outsideEditRecord(previous, head, openedHash!, options.now) : null;
  const newRevision = prevRevision + (outside ? 2 : 1);
  // The new revision's content, built once: the patch and the thinning below only read it.
  const nextContent = withMeta(revisionContent(next), newRevision, options.now);
  if (outside) {
    // Revision N's hash stays what was saved as N, and it loses its patch: N cannot be rebuilt from
    // the edited file, because nobody knows what the outside edit changed. The edit is revision N+1.
    delete head!.reversePatch;
    outside.record.reversePatch = diffJson(nextContent, outside.content);
    records.push(outside.record);
  } else if (previous) {
    // diffJson copies what it returns, so the previous content needs no copy of its own.
    const { history: _previousHistory, ...previousContent } = previous;
    const reversePatch = diffJson(nextContent, previousContent);
    // The previous content as opened, which is what was saved as the head revision (checked above).
    const contentHash = openedHash!;
    if (head && head.revision === prevRevision) {
      head.reversePatch = reversePatch;
      head.contentHash = contentHash;
    } else {
      // A file saved without history (an older release, another tool): record what it was.
      const savedAt = previous.meta.updatedAt ?? previous.meta.createdAt ?? options.now;
      records.push({ revision: prevRevision, savedAt, reversePatch, contentHash });
    }
  } else if (head) {
    // The content of the head revision is unknown here, so older revisions cannot be rebuilt; keep
    // them listed (their notes and milestones still tell the story) without claiming a patch.
    delete head.reversePatch;
  }
  const record: RevisionRecord = {
    revision: newRevision,
    savedAt: options.now,
    contentHash: contentHashOf(nextContent),
  };
  if (options.note) record.note = options.note;
  if (options.milestone) record.milestone = options.milestone;
  records.push(record);
  const kept =
    options.retention === false
      ? records
      : thinHistoryRecords(records, nextContent, options.now, options.retention ?? DEFAULT_RETENTION);
  // nextContent is this function's own copy and goes nowhere else: the result can be built on it.
  const { revisions: _oldRevisions, ...historyRest } = next.history ?? { revisions: [] };
  return { ...nextContent, history: { ...cloneJson(historyRest), revisions: kept } };
}

/**
 * The revision a saved file was changed outside Causeway after (a text editor, another program):
 * its newest record describes its revision and carries a hash, and the content no longer matches
 * it. Null when the file matches, has no history, or was saved before hashes were recorded.
 */
export function editedOutside(doc: ScenarioDocument): number | null {
  const head = historyRecords(doc).at(-1);
  return head && isOutsideEdit(doc, head, contentHashOf(revisionContent(doc))) ? head.revision : null;
}

function isOutsideEdit(doc: ScenarioDocument, head: RevisionRecord, hash: string): boolean {
  return (
    head.revision === currentRevision(doc) &&
    typeof head.contentHash === 'string' &&
    head.contentHash.startsWith(CONTENT_HASH_PREFIX) &&
    head.contentHash !== hash
  );
}

/**
 * For a save over a file changed outside Causeway since revision N: the record N+1 that keeps the
 * file as it was found (its content numbered N+1, dated when the outside edit said it was made if
 * that is after N and not after this save, else by this save), and that content. Null otherwise.
 */
function outsideEditRecord(
  previous: ScenarioDocument,
  head: RevisionRecord | undefined,
  openedHash: string,
  now: string,
): { record: RevisionRecord; content: ScenarioDocument } | null {
  if (!head) return null;
  if (!isOutsideEdit(previous, head, openedHash)) return null;
  const opened = withoutHistory(previous);
  const stated = Date.parse(previous.meta.updatedAt ?? '');
  const savedAt = stated > Date.parse(head.savedAt) && stated <= Date.parse(now) ? previous.meta.updatedAt! : now;
  const content = withMeta(cloneJson(opened) as ScenarioDocument, head.revision + 1, savedAt);
  return {
    record: {
      revision: head.revision + 1,
      savedAt,
      note: `Changed outside Causeway after revision ${head.revision}`,
      changedOutside: true,
      contentHash: contentHashOf(content),
    },
    content,
  };
}

/**
 * What to tell the user after saving `saved` (the document a save wrote) when that save found the
 * file changed outside Causeway: the change was kept as a revision of its own, and what that costs.
 */
export function outsideEditNotice(saved: ScenarioDocument): string | null {
  const records = historyRecords(saved);
  const kept = records.at(-2);
  if (!kept?.changedOutside || records.at(-1)!.revision !== currentRevision(saved)) return null;
  const before = kept.revision - 1;
  return `The file had been changed outside Causeway since revision ${before}; that change is kept as revision ${kept.revision}, and revision ${before} and older can no longer be restored.`;
}

/** The document's content without its history (no copy: the fields are shared). */
function withoutHistory(doc: ScenarioDocument): Omit<ScenarioDocument, 'history'> {
  const { history: _history, ...content } = doc;
  return content;
}

function withMeta(doc: ScenarioDocument, revision: number, now: string): ScenarioDocument {
  doc.meta = { ...doc.meta, revision, updatedAt: now };
  return doc;
}

/**
 * Thinning with minimal patches: a kept revision whose older neighbour's patch was composed from
 * dropped ones gets a fresh diff when both contents can be rebuilt, falling back to the
 * composition from `thinRevisions` otherwise. One walk back along the original chain, as far as the
 * oldest such pair, holding one rebuilt content at a time: linear in the number of revisions.
 */
function thinHistoryRecords(
  records: RevisionRecord[],
  headContent: ScenarioDocument,
  now: string,
  policy: RetentionPolicy,
): RevisionRecord[] {
  const keep = selectRetained(records, now, policy);
  if (keep.size === records.length) return records;
  const thinned = thinRevisions(records, now, policy);
  // For each kept record whose kept older neighbour was not its direct neighbour: that neighbour.
  const olderOf = new Map<number, number>();
  for (let i = 1; i < thinned.length; i++) olderOf.set(thinned[i]!.revision, thinned[i - 1]!.revision);
  const position = new Map(records.map((r, i) => [r.revision, i]));
  const thinnedByRevision = new Map(thinned.map((r) => [r.revision, r]));
  const rediff = new Map<number, RevisionRecord>(); // older revision -> its thinned record
  let oldest = Infinity;
  for (const [newer, older] of olderOf) {
    if (position.get(newer)! - position.get(older)! > 1) {
      rediff.set(older, thinnedByRevision.get(older)!);
      oldest = Math.min(oldest, older);
    }
  }
  if (rediff.size === 0) return thinned;
  const newerOf = new Map([...olderOf].map(([newer, older]) => [older, newer]));
  let pending: { revision: number; content: ScenarioDocument } | null = null;
  walkRevisions(records, cloneJson(headContent), {
    verify: false,
    stopAt: oldest,
    onContent(record, content) {
      const target = rediff.get(record.revision);
      if (target && pending && pending.revision === newerOf.get(record.revision) && target.reversePatch)
        target.reversePatch = diffJson(pending.content, content);
      // A kept revision whose older kept neighbour needs a fresh diff: hold its content until then.
      const older = olderOf.get(record.revision);
      if (older !== undefined && rediff.has(older))
        pending = { revision: record.revision, content: cloneJson(content) };
    },
  });
  return thinned;
}

/** Applies retention to a saved document's history (e.g. when opening an old file). */
export function thinHistory(
  doc: ScenarioDocument,
  now: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): ScenarioDocument {
  const records = historyRecords(doc);
  const out = cloneJson(doc);
  out.history = { ...(out.history ?? {}), revisions: thinHistoryRecords(records, revisionContent(doc), now, policy) };
  return out;
}

export interface RevisionSummary {
  revision: number;
  savedAt: string;
  note: string | null;
  milestone: string | null;
  /** False when the content of this revision can no longer be rebuilt (see `reconstructRevision`). */
  restorable: boolean;
  /** True when the rebuilt content was checked against the hash recorded when it was saved. */
  verified: boolean;
  /** Why it cannot be restored, in a sentence; null when it can. */
  problem: string | null;
}

/** The history walked from the current content, with each revision's status (see walkRevisions). */
export function checkHistory(doc: ScenarioDocument, stopAt?: number): Walk & { records: RevisionRecord[] } {
  const records = historyRecords(doc);
  const revisions = doc.history?.revisions ?? [];
  const pathOf = (r: RevisionRecord) => `history.revisions[${revisions.indexOf(r)}]`;
  const head = records[records.length - 1];
  // No history at all is not damage: a file saved by another tool, or never saved by Causeway.
  if (!head)
    return {
      records,
      checks: [],
      damage: null,
      content: stopAt === currentRevision(doc) ? revisionContent(doc) : null,
    };
  if (head.revision !== currentRevision(doc)) {
    const damage = problem(
      'history.no-head',
      'history.revisions',
      `The history does not describe the current revision (${currentRevision(doc)}), so earlier revisions cannot be rebuilt.`,
    );
    const checks = records.map((r) => ({
      revision: r.revision,
      status: 'unreachable' as const,
      problem: damage.message,
    }));
    return { records, checks, damage, content: null };
  }
  return {
    records,
    ...walkRevisions(records, revisionContent(doc), { pathOf, ...(stopAt !== undefined ? { stopAt } : {}) }),
  };
}

/** The document's revisions, newest first, each checked (see checkHistory). */
export function listRevisions(doc: ScenarioDocument): RevisionSummary[] {
  const { records, checks } = checkHistory(doc);
  return records
    .map((r, i) => ({
      revision: r.revision,
      savedAt: r.savedAt,
      note: r.note ?? null,
      milestone: r.milestone ?? null,
      restorable: isRestorable(checks[i]!),
      verified: checks[i]!.status === 'verified',
      problem: checks[i]!.problem,
    }))
    .reverse();
}

function problem(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { severity: 'error', code, path, message };
}

/**
 * The document as it was saved as revision `revision`: its content exactly, carrying the history up
 * to and including that revision (so it is itself a valid versioned file whose head is `revision`).
 * A revision saved before Causeway recorded hashes comes with a warning that it is unverified.
 */
export function reconstructRevision(doc: ScenarioDocument, revision: number): Result<ScenarioDocument> {
  const records = historyRecords(doc);
  const index = records.findIndex((r) => r.revision === revision);
  if (index < 0 && records.length > 0 && records[records.length - 1]!.revision === currentRevision(doc)) {
    const known = records.map((r) => r.revision).join(', ');
    return {
      ok: false,
      diagnostics: [
        problem(
          'history.unknown-revision',
          'history.revisions',
          `Revision ${revision} is not in the history; the kept revisions are ${known}.`,
        ),
      ],
    };
  }
  if (records.length === 0)
    return {
      ok: false,
      diagnostics: [
        problem(
          'history.no-head',
          'history.revisions',
          `The file has no history, so only its current revision (${currentRevision(doc)}) can be shown.`,
        ),
      ],
    };
  const walk = checkHistory(doc, revision);
  if (!walk.content || index < 0) {
    const check = walk.checks[walk.records.indexOf(records[index]!)];
    const damage =
      walk.damage ??
      problem('history.too-large', 'history.revisions', check?.problem ?? 'The history could not be checked.');
    const cause = damage.message.startsWith(`Revision ${revision} `)
      ? damage.message
      : `Revision ${revision} cannot be restored. ${damage.message}`;
    return { ok: false, diagnostics: [{ ...damage, message: cause }] };
  }
  const content = walk.content;
  const kept = records.slice(0, index + 1).map((r) => cloneJson(r));
  delete kept[kept.length - 1]!.reversePatch;
  const { revisions: _all, ...historyRest } = doc.history ?? { revisions: [] };
  content.history = { ...cloneJson(historyRest), revisions: kept };
  const diagnostics =
    walk.checks[index]!.status === 'unverified' && index < records.length - 1
      ? [
          {
            severity: 'warning' as const,
            code: 'history.hash-mismatch' as const,
            path: `history.revisions[${(doc.history?.revisions ?? []).indexOf(records[index]!)}]`,
            message: `Revision ${revision} was saved before Causeway recorded a hash of each revision, so it cannot be checked against what was saved; it was rebuilt from the patches as they are.`,
          },
        ]
      : [];
  return { ok: true, value: content, diagnostics };
}

/** Names an existing revision as a milestone (kept for ever by retention). */
export function markMilestone(doc: ScenarioDocument, revision: number, name: string): Result<ScenarioDocument> {
  const out = cloneJson(doc);
  const record = out.history?.revisions.find((r) => r.revision === revision);
  if (!record)
    return {
      ok: false,
      diagnostics: [
        problem(
          'history.unknown-revision',
          'history.revisions',
          `Revision ${revision} is not in the history, so it cannot be named "${name}".`,
        ),
      ],
    };
  record.milestone = name;
  return { ok: true, value: out, diagnostics: [] };
}
