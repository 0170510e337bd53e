/** Reading the committed fixtures the way the app does: file text through loadScenario. */
import { readFileSync } from 'node:fs';
import { loadScenario, type ScenarioDocument } from '../models/index.ts';
import { FIXTURE_DIR, fixtureFile } from './paths.ts';

export function fixtureText(name: string, dir = FIXTURE_DIR): string {
  return readFileSync(fixtureFile(name, dir), 'utf8');
}

export function loadFixture(name: string, dir = FIXTURE_DIR): ScenarioDocument {
  const loaded = loadScenario(fixtureText(name, dir));
  if (!loaded.ok)
    throw new Error(`Fixture ${name} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.document;
}
