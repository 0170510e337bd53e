/**
 * Restoring a saved revision as an edit (the History view). Revisions are rebuilt from the file as
 * last saved, never from the working document: the working document may carry unsaved edits, and
 * walking the saved reverse patches back from it would mix those edits into every older revision.
 */
import { reconstructRevision } from '../history/index.ts';
import type { Result, ScenarioDocument } from '../types.ts';

/**
 * The working document replaced by revision `revision`'s content, rebuilt from `saved` (the file as
 * last opened or saved). It keeps the saved file's revision number, save time and history, so that
 * saving it records a new revision and loses none; whatever was unsaved is replaced, as a restore
 * means. Fails, with the reason, when the revision cannot be rebuilt.
 */
export function restoreRevision(saved: ScenarioDocument, revision: number): Result<ScenarioDocument> {
  const old = reconstructRevision(saved, revision);
  if (!old.ok) return old;
  const meta = { ...old.value.meta };
  if (saved.meta.revision === undefined) delete meta.revision;
  else meta.revision = saved.meta.revision;
  if (saved.meta.updatedAt === undefined) delete meta.updatedAt;
  else meta.updatedAt = saved.meta.updatedAt;
  const { history: _rebuilt, ...content } = old.value;
  return {
    ok: true,
    value: { ...content, meta, ...(saved.history ? { history: saved.history } : {}) },
    diagnostics: [],
  };
}

/** The saved revision `revision` as it was saved, or the working document for `'now'`. */
export function revisionOrNow(
  saved: ScenarioDocument,
  working: ScenarioDocument,
  revision: number | 'now',
): Result<ScenarioDocument> {
  return revision === 'now' ? { ok: true, value: working, diagnostics: [] } : reconstructRevision(saved, revision);
}
