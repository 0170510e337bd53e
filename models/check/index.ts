/**
 * The check stage: the file format's checks and the engine's composed into one, for loading a file
 * (loadScenario) and for checking a document in memory (checkDocument).
 */
export { checkDocument } from './checkDocument.ts';
export { loadScenario, type LoadOutcome, type LoadOptions } from './loadScenario.ts';
export { checkFiniteResults, checkFiniteUncertainty } from './finiteResults.ts';
