/**
 * The check stage: the file format's checks and the engine's composed into one, for loading a file
 * (loadScenario) and for checking a document in memory (checkDocument).
 */
import { checkDocument } from './checkDocument.ts';

export { checkDocument };
export { loadScenario, type LoadOutcome, type LoadOptions } from './loadScenario.ts';

/** @deprecated The former name of checkDocument, kept while callers outside models/ move over. */
export const validateDocument = checkDocument;
