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
import { applyJsonPatch, diffJson } from './patch.ts';
import { DEFAULT_RETENTION, selectRetained, thinRevisions, type RetentionPolicy } from './retention.ts';

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
  // The new revision's content, built once: the patch and the thinning below only read it.
  const nextContent = withMeta(revisionContent(next), prevRevision + 1, options.now);
  if (previous) {
    // diffJson copies what it returns, so the previous content needs no copy of its own.
    const { history: _previousHistory, ...previousContent } = previous;
    const reversePatch = diffJson(nextContent, previousContent);
    if (head && head.revision === prevRevision) {
      head.reversePatch = reversePatch;
    } else {
      // A file saved without history (an older release, another tool): record what it was.
      const savedAt = previous.meta.updatedAt ?? previous.meta.createdAt ?? options.now;
      records.push({ revision: prevRevision, savedAt, reversePatch });
    }
  } else if (head) {
    // The content of the head revision is unknown here, so older revisions cannot be rebuilt; keep
    // them listed (their notes and milestones still tell the story) without claiming a patch.
    delete head.reversePatch;
  }
  const record: RevisionRecord = { revision: prevRevision + 1, savedAt: options.now };
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

function withMeta(doc: ScenarioDocument, revision: number, now: string): ScenarioDocument {
  doc.meta = { ...doc.meta, revision, updatedAt: now };
  return doc;
}

/**
 * Thinning with minimal patches: revisions whose successor was dropped get a fresh diff when both
 * contents can be rebuilt, falling back to the concatenation from `thinRevisions` otherwise.
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
  // Rebuild contents newest first along the original chain, then re-diff the composed patches.
  const contents = new Map<number, ScenarioDocument>();
  let content: ScenarioDocument | null = headContent;
  for (let i = records.length - 1; i >= 0 && content; i--) {
    const record = records[i]!;
    if (i < records.length - 1) {
      const applied: ReturnType<typeof applyJsonPatch<ScenarioDocument>> | null = record.reversePatch
        ? applyJsonPatch(content, record.reversePatch)
        : null;
      content = applied && applied.ok ? applied.value : null;
      if (!content) break;
    }
    if (keep.has(record.revision)) contents.set(record.revision, content);
  }
  for (let i = 0; i < thinned.length - 1; i++) {
    const older = thinned[i]!;
    const newer = thinned[i + 1]!;
    const from = contents.get(newer.revision);
    const to = contents.get(older.revision);
    if (from && to && older.reversePatch) older.reversePatch = diffJson(from, to);
  }
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
}

/** The document's revisions, newest first. */
export function listRevisions(doc: ScenarioDocument): RevisionSummary[] {
  const records = historyRecords(doc);
  const out: RevisionSummary[] = [];
  let reachable = records.length > 0 && records[records.length - 1]!.revision === currentRevision(doc);
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (i < records.length - 1 && !Array.isArray(r.reversePatch)) reachable = false;
    out.push({
      revision: r.revision,
      savedAt: r.savedAt,
      note: r.note ?? null,
      milestone: r.milestone ?? null,
      restorable: reachable,
    });
  }
  return out;
}

function problem(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { severity: 'error', code, path, message };
}

/**
 * The document as it was saved as revision `revision`: its content exactly, carrying the history up
 * to and including that revision (so it is itself a valid versioned file whose head is `revision`).
 */
export function reconstructRevision(doc: ScenarioDocument, revision: number): Result<ScenarioDocument> {
  const records = historyRecords(doc);
  const head = records[records.length - 1];
  if (!head || head.revision !== currentRevision(doc)) {
    return {
      ok: false,
      diagnostics: [
        problem(
          'history.no-head',
          'history.revisions',
          `The history does not describe the current revision (${currentRevision(doc)}), so earlier revisions cannot be rebuilt.`,
        ),
      ],
    };
  }
  const index = records.findIndex((r) => r.revision === revision);
  if (index < 0) {
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
  let content = revisionContent(doc);
  for (let i = records.length - 2; i >= index; i--) {
    const record = records[i]!;
    const path = `history.revisions[${doc.history!.revisions.indexOf(record)}].reversePatch`;
    if (!Array.isArray(record.reversePatch)) {
      return {
        ok: false,
        diagnostics: [
          problem(
            'history.unrecoverable',
            path,
            `Revision ${revision} cannot be rebuilt: revision ${record.revision} has no patch, so the chain back to it is broken.`,
          ),
        ],
      };
    }
    const applied = applyJsonPatch(content, record.reversePatch);
    if (!applied.ok) {
      return {
        ok: false,
        diagnostics: [
          problem(
            'history.patch-failed',
            `${path}[${applied.index}]`,
            `Revision ${record.revision} cannot be rebuilt because its patch does not apply (${applied.reason}); the history may have been edited by hand.`,
          ),
        ],
      };
    }
    content = applied.value;
  }
  const kept = records.slice(0, index + 1).map((r) => cloneJson(r));
  delete kept[kept.length - 1]!.reversePatch;
  content.history = { ...(cloneJson(doc.history) ?? {}), revisions: kept };
  return { ok: true, value: content, diagnostics: [] };
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
