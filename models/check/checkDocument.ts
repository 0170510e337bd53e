/**
 * Every semantic check of an in-memory document, in one place: the file format's (ids, references,
 * roles, ranges: models/file) and then the engine's (formulas against the whitelist and the model,
 * links, cycles, role nodes: models/engine) and links a formula uses without evidence. Loading runs it after the file stages; the app runs it
 * after every edit, the CLI before it writes a file.
 */
import { checkBaselines } from '../baseline/plausibility.ts';
import { checkModel } from '../engine/checkModel.ts';
import { checkRanges } from '../file/ranges.ts';
import { MAX_HORIZON_YEARS } from '../file/shape.ts';
import { checkReferences } from '../file/references.ts';
import { checkInheritance } from '../scenario/inheritance.ts';
import { checkCashFeeds } from './cashFeeds.ts';
import { checkIndicators } from './indicatorChecks.ts';
import { checkLinkEvidence } from './linkEvidence.ts';
import type { Diagnostic, ScenarioDocument } from '../types.ts';

/**
 * All problems of a well-shaped document (as loadScenario or the editor produces), errors and
 * warnings, each with a JSON path and a sentence saying what to do. Never throws on such a document.
 */
export function checkDocument(doc: ScenarioDocument): Diagnostic[] {
  return [
    ...checkReferences(doc),
    ...checkInheritance(doc),
    ...checkRanges(doc),
    ...checkModel(doc),
    ...checkLinkEvidence(doc),
    ...checkCashFeeds(doc),
    ...checkIndicators(doc),
    // The plausibility checks project every year of the horizon: with a horizon the range check
    // refuses (a billion years, say) they would exhaust memory before that error is shown.
    ...(horizonInRange(doc) ? checkBaselines(doc) : []),
  ];
}

function horizonInRange(doc: ScenarioDocument): boolean {
  const { startYear, endYear } = doc.horizon;
  return (
    Number.isInteger(startYear) &&
    Number.isInteger(endYear) &&
    endYear >= startYear &&
    endYear - startYear < MAX_HORIZON_YEARS
  );
}
