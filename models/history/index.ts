/**
 * Versioned scenario files (pure): revisions with reverse RFC 6902 patches, milestones, retention,
 * reconstruction and comparison of any kept revision (the renderer's History view), and the one save
 * path, prepareSave, shared by the file service (Electron main and the CLI) and the browser adapter.
 */
export { jsonEqual, revisionContent } from './content.ts';
export { diffJson, applyJsonPatch, type PatchOperation } from './patch.ts';
export { DEFAULT_RETENTION, selectRetained, thinRevisions, type RetentionPolicy } from './retention.ts';
export {
  commitRevision,
  editedOutside,
  outsideEditNotice,
  historyRecords,
  listRevisions,
  markMilestone,
  reconstructRevision,
  checkHistory,
  thinHistory,
  type CommitOptions,
  type RevisionSummary,
} from './revisions.ts';
export { documentToSave, prepareSave, type PreparedSave, type SaveInput } from './prepareSave.ts';
export {
  describeChanges,
  describePath,
  diffContents,
  diffRevisions,
  pointerToPath,
  type DescribedChange,
  type RevisionChange,
  type RevisionDiff,
} from './diff.ts';
export { cutHistory, type HistoryCut } from './repair.ts';
export { contentHashOf, CONTENT_HASH_PREFIX } from './contentHash.ts';
export { isRestorable, MAX_VERIFY_BYTES, type RevisionCheck, type RevisionStatus } from './verify.ts';
