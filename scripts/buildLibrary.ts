/**
 * Builds models/library/baselineLibrary.json from the ONS files in ../shared/data (relative to the
 * repository root). Run: `npm run build:library` (or `npx tsx scripts/buildLibrary.ts [--check]`).
 *
 * The economics and parsing live in models/library/build (pure, tested); this file only reads the
 * files, unzips the input-output workbook (an .xlsx is a zip of XML parts) and writes the result.
 * `--check` writes nothing and exits 1 when the committed library differs from a rebuild.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import {
  buildLibrary,
  buildLocalLibrary,
  serialiseLibrary,
  serialiseLocalLibrary,
  type LibraryInputs,
  type LocalInputs,
} from '../models/library/build/index.ts';

export { buildLibrary, buildLocalLibrary, serialiseLibrary, serialiseLocalLibrary };
export type { LibraryInputs, LocalInputs };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared data folder, beside the repository (CAUSEWAY_SHARED_DATA overrides it, e.g. in a worktree). */
const SHARED_DATA = process.env['CAUSEWAY_SHARED_DATA'] ?? resolve(repoRoot, '..', 'shared', 'data');
/** The shared ONS data folder. */
export const DATA_DIR = join(SHARED_DATA, 'ons');
export const LIBRARY_PATH = join(repoRoot, 'models', 'library', 'baselineLibrary.json');
/** The shared local-authority data folder (councils, combined authorities, commuting). */
export const LOCAL_DATA_DIR = join(SHARED_DATA, 'local');
export const LOCAL_LIBRARY_PATH = join(repoRoot, 'models', 'library', 'localLibrary.json');

/** The text of every entry of a zip archive (stored or deflated), by name. Enough for an .xlsx. */
export function unzipText(buf: Buffer): Map<string, string> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const skip = nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    if (method === 0) out.set(name, data.toString('utf8'));
    else if (method === 8) out.set(name, inflateRawSync(data).toString('utf8'));
    p += 46 + skip;
  }
  return out;
}

/** The XML of a named worksheet, found through workbook.xml and its relationships. */
export function sheetXml(parts: Map<string, string>, sheetName: string): string {
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const rid = new RegExp(`<sheet name="${sheetName}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(workbook)?.[1];
  const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  const xml = target && parts.get(`xl/${target.replace(/^\/?xl\//, '')}`);
  if (!xml) throw new Error(`worksheet "${sheetName}" not found in the workbook`);
  return xml;
}

/** Reads every input file of the library from `dir` (default: shared/data/ons). */
export function readInputs(dir: string = DATA_DIR): LibraryInputs {
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');
  const xlsx = unzipText(readFileSync(join(dir, 'iot2023industry.xlsx')));
  return {
    gvaItl1Current: text('regional-gva-itl1-current.csv'),
    gvaItl2Current: text('regional-gva-itl2-current.csv'),
    gvaItl2Cvm: text('regional-gva-itl2-cvm.csv'),
    jobs: text('jobs/jobs_by_region_industry_core.csv'),
    bresLong: text('jobs/bres_itl2_2digit_2015_2021_long.csv'),
    io: {
      sharedStrings: xlsx.get('xl/sharedStrings.xml') ?? '',
      multipliers: sheetXml(xlsx, 'Multipliers'),
      iot: sheetXml(xlsx, 'IOT'),
    },
  };
}

/** Reads every input of the local part from `dir` (default: shared/data/local) and the ONS BRES extract. */
export function readLocalInputs(dir: string = LOCAL_DATA_DIR, onsDir: string = DATA_DIR): LocalInputs {
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    gvaLa: text('gva_la_by_industry_itl1_2025.csv'),
    bresLa: text('bres_employment_la_sic_section_west_north_yorkshire_2015_2021.csv'),
    caLookup: text('lookup_lad_to_combined_authority.csv'),
    itlLookup: text('lookup_lad23_lau1_itl3_itl2_itl1_2021.csv'),
    commuting: text('census2021_odwp01ew_ltla_flows.csv'),
    bresLong: readFileSync(join(onsDir, 'jobs/bres_itl2_2digit_2015_2021_long.csv'), 'utf8'),
  };
}

function main(argv: string[]): number {
  const outputs = [
    { path: LIBRARY_PATH, text: serialiseLibrary(buildLibrary(readInputs())) },
    { path: LOCAL_LIBRARY_PATH, text: serialiseLocalLibrary(buildLocalLibrary(readLocalInputs())) },
  ];
  if (argv.includes('--check')) {
    let same = true;
    for (const { path, text } of outputs) {
      const ok = readFileSync(path, 'utf8') === text;
      same &&= ok;
      process.stdout.write(
        ok ? `${path} is up to date\n` : `${path} differs from a rebuild: run npm run build:library\n`,
      );
    }
    return same ? 0 : 1;
  }
  for (const { path, text } of outputs) {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path} (${Buffer.byteLength(text)} bytes)\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`buildLibrary: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
