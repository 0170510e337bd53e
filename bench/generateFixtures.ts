/**
 * Writes the benchmark fixtures, bench/fixtures/*.causeway.json, with the app's own serialiser.
 * Run `npx tsx bench/generateFixtures.ts` after changing a builder; test/bench checks that the
 * committed files are exactly what this produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serialiseScenario } from '../models/index.ts';
import { fixtureFile } from './paths.ts';
import { buildB0 } from './scenarios/b0.ts';
import { SYNTHETIC_SPECS, buildSynthetic } from './scenarios/synthetic.ts';

export const FIXTURE_NAMES = ['B0', ...SYNTHETIC_SPECS.map((s) => s.name)];

/** Fixture name (B0, S20, ...) -> file text. */
export function fixtureTexts(): Record<string, string> {
  const out: Record<string, string> = { B0: serialiseScenario(buildB0()) };
  for (const spec of SYNTHETIC_SPECS) out[spec.name] = serialiseScenario(buildSynthetic(spec));
  return out;
}

// Only when run as a script, so tests can import fixtureTexts() without writing anything.
if (process.argv[1]?.endsWith('generateFixtures.ts') && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, text] of Object.entries(fixtureTexts())) {
    writeFileSync(fixtureFile(name), text);
    console.log(`wrote ${fixtureFile(name)} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}
