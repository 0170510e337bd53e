/**
 * Walking a history from the current content back through the reverse patches, trusting nothing:
 * each patch's shape is checked (patchShape.ts), it is applied within bounds (patchApply.ts), and
 * the content it rebuilds is compared with the hash recorded when that revision was saved
 * (contentHash.ts). The walk works on one copy of the content, patched in place, so its cost is
 * linear in the history's length. Reconstruction, the revision list, retention and cutting a
 * damaged history all use it, so they agree on what can be restored.
 */
import { error } from '../diagnostics.ts';
import { MAX_FILE_CHARS } from '../file/parseJson.ts';
import type { Diagnostic, DiagnosticCode, RevisionRecord, ScenarioDocument } from '../types.ts';
import { CONTENT_HASH_PREFIX, TreeHasher } from './contentHash.ts';
import { applyChecked, measure, PatchFailure, type PatchBudget } from './patchApply.ts';
import { checkPatch } from './patchShape.ts';

/**
 * - verified: rebuilt, and equal to what was saved as it (its hash);
 * - unverified: rebuilt, but saved before Causeway recorded hashes, so it cannot be checked;
 * - damaged: its own patch or hash fails; unreachable: a newer revision's failure cuts it off;
 * - unchecked: checking the history this far back would take too long (MAX_VERIFY_BYTES).
 */
export type RevisionStatus = 'verified' | 'unverified' | 'damaged' | 'unreachable' | 'unchecked';

/**
 * Most bytes hashed while checking one history (a few seconds): a genuine history of a 2,000-node
 * model checks about 60,000 revisions of value edits or 3,500 of node insertions within it. What
 * lies beyond is reported as not checked (status `unchecked`), not as damaged.
 */
export const MAX_VERIFY_BYTES = 256 * 1024 * 1024;

export interface RevisionCheck {
  revision: number;
  status: RevisionStatus;
  /** Why it cannot be restored, in a sentence; null when it can. */
  problem: string | null;
}

export interface WalkOptions {
  /** Stop once this revision is rebuilt (its content is returned). */
  stopAt?: number;
  /** Compare rebuilt contents with their recorded hashes (retention skips this: it only re-diffs). */
  verify?: boolean;
  /** Sees each rebuilt content (the live working copy: clone what you keep). */
  onContent?: (record: RevisionRecord, content: ScenarioDocument) => void;
  /** The JSON path of a record, for diagnostics. */
  pathOf?: (record: RevisionRecord) => string;
}

export interface Walk {
  /** One per record, oldest first (as the records given). */
  checks: RevisionCheck[];
  /** The newest failure, or null when every revision can be rebuilt. */
  damage: Diagnostic | null;
  /** The content of `stopAt`, when it was rebuilt. */
  content: ScenarioDocument | null;
}

const restorable = (status: RevisionStatus) => status === 'verified' || status === 'unverified';
export const isRestorable = (check: RevisionCheck): boolean => restorable(check.status);

/** Values a genuine history's walk may touch: a few times what the file holds (patchApply.ts). */
function workBudget(content: ScenarioDocument, records: readonly RevisionRecord[]): PatchBudget {
  const counter: PatchBudget = { work: Number.MAX_SAFE_INTEGER, size: 0, maxSize: Number.MAX_SAFE_INTEGER };
  const size = measure(content, counter, -1).size;
  for (const r of records) if (Array.isArray(r.reversePatch)) measure(r.reversePatch, counter, -1);
  const values = Number.MAX_SAFE_INTEGER - counter.work;
  return { work: 4 * values + 10_000, size, maxSize: MAX_FILE_CHARS };
}

function isHash(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(CONTENT_HASH_PREFIX);
}

/**
 * Walks `records` (oldest first; the last describes `headContent`) from the newest back, rebuilding
 * each revision in turn. `headContent` is patched in place: pass a copy.
 */
export function walkRevisions(
  records: readonly RevisionRecord[],
  headContent: ScenarioDocument,
  options: WalkOptions = {},
): Walk {
  const pathOf = options.pathOf ?? ((r) => `history.revisions[${records.indexOf(r)}]`);
  const checks: RevisionCheck[] = records.map((r) => ({ revision: r.revision, status: 'unreachable', problem: null }));
  const verify = options.verify !== false;
  const hasher = new TreeHasher();
  const content = headContent as unknown as Record<string, unknown>;
  let damage: Diagnostic | null = null;
  const fail = (i: number, code: DiagnosticCode, path: string, message: string) => {
    damage = error(code, path, message);
    checks[i]!.status = code === 'history.edited' ? 'unverified' : 'damaged';
    checks[i]!.problem = code === 'history.edited' ? null : message;
    const cause = `revision ${records[i]!.revision} cannot be rebuilt or checked, so nothing older can be either`;
    for (let k = i - 1; k >= 0; k--) checks[k]!.problem = `It is older than the damage: ${cause}.`;
  };
  const hashMatches = (record: RevisionRecord) =>
    !verify || !isHash(record.contentHash) || hasher.hashOf(content) === record.contentHash;
  const done = (i: number) => {
    options.onContent?.(records[i]!, headContent);
    return options.stopAt === records[i]!.revision;
  };

  const last = records.length - 1;
  if (last < 0) return { checks, damage, content: null };
  const head = records[last]!;
  if (!hashMatches(head)) {
    fail(
      last,
      'history.edited',
      `${pathOf(head)}.contentHash`,
      `The file was changed outside Causeway after revision ${head.revision} was saved (its content no longer matches the hash recorded then), so earlier revisions cannot be rebuilt exactly.`,
    );
    return { checks, damage, content: options.stopAt === head.revision ? headContent : null };
  }
  checks[last]!.status = isHash(head.contentHash) ? 'verified' : 'unverified';
  if (done(last)) return { checks, damage, content: headContent };

  const budget = workBudget(headContent, records);
  for (let i = last - 1; i >= 0; i--) {
    const record = records[i]!;
    // A record's path is looked up only for a diagnostic: finding it costs a search of the list.
    const at = () => `${pathOf(record)}.reversePatch`;
    if (!Array.isArray(record.reversePatch)) {
      // A save over a file changed outside Causeway keeps the change as the next record and drops
      // this one's patch on purpose: say so, rather than suggest the history was tampered with.
      const outside = records[i + 1]?.changedOutside === true;
      fail(
        i,
        'history.unrecoverable',
        at(),
        outside
          ? `Revision ${record.revision} cannot be restored: the file was changed outside Causeway after it was saved (that change is kept as revision ${records[i + 1]!.revision}), and what that change altered was not recorded, so revision ${record.revision} and every earlier revision cannot be rebuilt.`
          : `Revision ${record.revision} has no patch, so it and every earlier revision cannot be rebuilt.`,
      );
      break;
    }
    const checked = checkPatch(record.reversePatch);
    if (!checked.ok) {
      fail(
        i,
        'history.patch-invalid',
        `${at()}[${checked.index}]`,
        `Revision ${record.revision} cannot be rebuilt: operation ${checked.index + 1} of its patch is unusable (${checked.reason}); the history has been damaged or edited by hand.`,
      );
      break;
    }
    try {
      applyChecked(content, checked.ops, budget, verify ? hasher.touch : undefined);
    } catch (e) {
      if (!(e instanceof PatchFailure)) throw e;
      if (e.kind === 'too-large')
        fail(
          i,
          'history.too-large',
          `${at()}[${e.index}]`,
          `Revision ${record.revision} cannot be rebuilt: operation ${e.index + 1} of its patch was stopped because ${e.message}, so the history is damaged.`,
        );
      else
        fail(
          i,
          'history.patch-failed',
          `${at()}[${e.index}]`,
          `Revision ${record.revision} cannot be rebuilt because its patch does not apply (${e.message}); the history may have been edited by hand.`,
        );
      break;
    }
    if (!hashMatches(record)) {
      fail(
        i,
        'history.hash-mismatch',
        `${pathOf(record)}.contentHash`,
        `Revision ${record.revision} does not match what was saved as revision ${record.revision} (its recorded hash differs), so the history was changed or damaged after it was saved; it and every earlier revision cannot be restored.`,
      );
      break;
    }
    checks[i]!.status = isHash(record.contentHash) ? 'verified' : 'unverified';
    if (done(i)) return { checks, damage, content: headContent };
    if (hasher.hashedBytes > MAX_VERIFY_BYTES) {
      const why = `Causeway stopped checking the history after revision ${record.revision}: checking further back would take too long (the history is very long or its revisions very large).`;
      for (let k = i - 1; k >= 0; k--)
        checks[k] = { revision: records[k]!.revision, status: 'unchecked', problem: why };
      break;
    }
  }
  return { checks, damage, content: null };
}
