/**
 * Builds models/prices/gdpDeflatorData.ts from the GDP deflator downloads in ../shared/data/deflators
 * (relative to the repository root; `--data DIR` to read another folder).
 * Run: npx tsx scripts/buildDeflator.ts [--data DIR] [--check]
 * `--check` writes nothing and exits 1 when the committed module differs from a rebuild.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflatorModuleText } from '../models/prices/buildDeflatorModule.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFLATOR_DATA_DIR = resolve(repoRoot, '..', 'shared', 'data', 'deflators');
export const DEFLATOR_MODULE_PATH = join(repoRoot, 'models', 'prices', 'gdpDeflatorData.ts');

function main(args: string[]): number {
  const at = args.indexOf('--data');
  const dir = at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : DEFLATOR_DATA_DIR;
  const text = deflatorModuleText({
    ybgb: readFileSync(join(dir, 'gdp_deflator_ons_ybgb.csv'), 'utf8'),
    hmt: readFileSync(join(dir, 'gdp_deflator_hmt.csv'), 'utf8'),
  });
  if (args.includes('--check')) {
    if (readFileSync(DEFLATOR_MODULE_PATH, 'utf8') === text) return 0;
    process.stderr.write('models/prices/gdpDeflatorData.ts is out of date: run npx tsx scripts/buildDeflator.ts\n');
    return 1;
  }
  writeFileSync(DEFLATOR_MODULE_PATH, text);
  process.stdout.write(`wrote models/prices/gdpDeflatorData.ts from ${dir}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
