/**
 * Versioned scenario files (pure): revisions with reverse RFC 6902 patches, milestones, retention,
 * reconstruction and comparison of any kept revision. Used by the file service (Electron and CLI)
 * and by the renderer's History view.
 */
export { revisionContent } from './content.ts';
export { diffJson, applyJsonPatch, type PatchOperation } from './patch.ts';
export { DEFAULT_RETENTION, selectRetained, thinRevisions, type RetentionPolicy } from './retention.ts';
export {
  commitRevision,
  historyRecords,
  listRevisions,
  markMilestone,
  reconstructRevision,
  thinHistory,
  type CommitOptions,
  type RevisionSummary,
} from './revisions.ts';
export { diffContents, diffRevisions, pointerToPath, type RevisionChange, type RevisionDiff } from './diff.ts';
