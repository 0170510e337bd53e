/**
 * Pure document edit operations (document in, new document out). The renderer's store applies them
 * so undo/redo is a matter of keeping old documents; the CLI's `set` uses `setParameterValue`.
 */
export * from './nodes.ts';
export * from './assumptions.ts';
export * from './layout.ts';
export * from './setting.ts';
export * from './revisions.ts';
export * from './gridLayout.ts';
export * from './timeProfiles.ts';
export * from './scenarioValues.ts';
export * from './monitoring.ts';
export * from './scenarioTree.ts';
