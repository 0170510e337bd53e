/**
 * The renderer's one door to the core: everything the UI computes comes from models/index.ts
 * (projection, appraisal, uncertainty, file format, history, library, templates, edits). Keeping a
 * single re-export point means the lint boundary has one place to watch and no economics can creep
 * into components.
 */
export * from '../models/index.ts';
