// Shared test helpers: the good minimal fixture, as text and as a fresh document.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, type ScenarioDocument } from '../../../models/index.ts';

export const MINIMAL_PATH = fileURLToPath(new URL('../../fixtures/good/minimal.causeway.json', import.meta.url));
export const MINIMAL_TEXT = readFileSync(MINIMAL_PATH, 'utf8');

/** A fresh copy of the minimal document, loaded through the real pipeline. */
export function minimalDocument(): ScenarioDocument {
  const outcome = loadScenario(MINIMAL_TEXT);
  if (!outcome.ok) throw new Error(`minimal fixture does not load: ${JSON.stringify(outcome.diagnostics)}`);
  return outcome.document;
}
