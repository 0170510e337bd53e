/**
 * Builds the example scenario files the app embeds and opens first (scenarios/*.causeway.json).
 *
 * Each example is composed from the library and the templates (createScenarioForArea, applyTemplate),
 * then edited deterministically: titles, descriptions, link narratives, additionality with its
 * reasoning, scenario overrides, meta and canvas layout. A fixed timestamp keeps the output
 * byte-for-byte reproducible, and test/scenarios/examples.test.ts checks that this script regenerates
 * the committed files exactly, so the examples never drift from the templates and library they use.
 *
 * Run: npx tsx scripts/buildExamples.ts            (writes the files)
 *      npx tsx scripts/buildExamples.ts --check    (exit 1 if a committed file differs)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialiseScenario, type ScenarioDocument } from '../models/index.ts';
import { greaterManchester } from './examples/greaterManchester.ts';
import { westMidlands } from './examples/westMidlands.ts';
import { westYorkshire } from './examples/westYorkshire.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCENARIOS_DIR = join(repoRoot, 'scenarios');

// ---------------------------------------------------------------------------------------------

/** Every example, in the order the app lists them (file names sort the same way). */
export const EXAMPLES: readonly { file: string; build: () => ScenarioDocument }[] = [
  { file: 'greater-manchester-digital-adoption.causeway.json', build: greaterManchester },
  { file: 'west-midlands-advanced-manufacturing-mix.causeway.json', build: westMidlands },
  { file: 'west-yorkshire-machinery-reshoring.causeway.json', build: westYorkshire },
];

/** The text of every example, keyed by file name. */
export function buildExamples(): Map<string, string> {
  return new Map(EXAMPLES.map((e) => [e.file, serialiseScenario(e.build())]));
}

function main(args: string[]): number {
  const check = args.includes('--check');
  let stale = 0;
  for (const [file, text] of buildExamples()) {
    const path = join(SCENARIOS_DIR, file);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        stale += 1;
        process.stderr.write(`${file} is out of date: run npx tsx scripts/buildExamples.ts\n`);
      }
    } else {
      writeFileSync(path, text);
      process.stdout.write(`wrote scenarios/${file}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
