/**
 * The check stage: the file format's checks and the engine's composed into one, for loading a file
 * (loadScenario) and for checking a document in memory (checkDocument); and the logic-model sense
 * checks (notes, never errors) with their checklist.
 */
export { checkDocument } from './checkDocument.ts';
export { checkLinkEvidence, isQuantifiedLink } from './linkEvidence.ts';
export { loadScenario, type LoadOutcome, type LoadOptions } from './loadScenario.ts';
export { checkSocialValue } from './socialValueChecks.ts';
export { checkFiniteResults, checkFiniteUncertainty } from './finiteResults.ts';
export {
  SENSE_CHECKS,
  SENSE_CHECK_CODES,
  senseChecklist,
  senseChecks,
  type ChecklistLine,
  type SenseCheckCode,
  type SenseCheckOptions,
  type SenseNote,
} from './senseChecks.ts';
