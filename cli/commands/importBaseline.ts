/**
 * `causeway import-baseline FILE DATA... [--area CODE] [--out FILE2]` (contracts.md section 5): reads
 * a user's own Nomis BRES CSVs and ONS regional GVA tables (XLSX or CSV), detects each layout, and adds
 * or updates the file's sectors with their source, release and data year. Prints what it read and
 * what it changed (old -> new); refuses unknown layouts with a sentence naming the headers found.
 * Without --out the file is saved as a new revision (history kept), like `causeway set`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  checkDocument,
  formatDiagnostics,
  planImport,
  readDownload,
  serialiseScenario,
  type ImportedTable,
  type SectorChange,
} from '../../models/index.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { openScenarioFile, saveScenarioFile } from '../../node/scenarioFiles.ts';
import { parseCommandArgs } from '../args.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CommandSpec } from '../command.ts';
import { describeWriteError, openFailure, pathExists, reportFileError } from '../scenarioFile.ts';

const USAGE = 'causeway import-baseline FILE DATA... [--area CODE] [--out FILE2] [--force]';

const show = (v: number | string | undefined): string =>
  v === undefined ? '(none)' : typeof v === 'number' ? String(v) : v.length > 60 ? `"${v.slice(0, 57)}..."` : `"${v}"`;

function describeChange(c: SectorChange): string {
  const head = c.sectorId ? `${c.kind === 'add' ? 'Added' : 'Updated'} ${c.name} (${c.sectorId})` : c.name;
  const lines = c.changes.map(
    (f) => `    ${f.field}: ${c.kind === 'add' ? show(f.new) : `${show(f.old)} -> ${show(f.new)}`}`,
  );
  return [`  ${head}`, ...lines].join('\n');
}

export const importBaselineCommand: CommandSpec = {
  name: 'import-baseline',
  summary: 'Add or update baseline sectors from your own Nomis BRES or ONS regional GVA downloads (XLSX or CSV).',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { area: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
      USAGE,
    );
    const [file, ...data] = positionals;
    if (!file || data.length === 0)
      throw new UsageError(`Name the scenario file and at least one DATA file. Usage: ${USAGE}`);
    const opened = await openScenarioFile(resolve(io.cwd, file));
    if (!opened.ok) return (io.stderr(openFailure(opened.error, file)), EXIT_INVALID);
    const { outcome } = opened.value;
    if (!outcome.ok) {
      io.stderr(`${formatDiagnostics(outcome.diagnostics, file)}\n${file} was not changed; fix these problems first.`);
      return EXIT_INVALID;
    }
    const tables: ImportedTable[] = [];
    let refused = false;
    for (const name of data) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(resolve(io.cwd, name)));
      } catch (e) {
        io.stderr(`${name}: cannot read the data file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
        return EXIT_INVALID;
      }
      const read = readDownload(bytes, name);
      for (const r of read.refusals) io.stderr(`${r.message}\n`);
      refused ||= read.refusals.length > 0;
      tables.push(...read.tables);
      for (const s of read.skipped) io.stdout(`Skipped ${s}.\n`);
    }
    if (refused) {
      io.stderr(`${file} was not changed.\n`);
      return EXIT_INVALID;
    }
    const plan = planImport(outcome.document, tables, { area: values.area });
    if (!plan.ok) {
      io.stderr(`${formatDiagnostics(plan.diagnostics, file)}\n${file} was not changed.`);
      return EXIT_INVALID;
    }
    const p = plan.value;
    io.stdout(`Read, for ${p.area.name} (${p.area.code}):\n${p.read.map((r) => `  ${r}`).join('\n')}\n`);
    for (const r of p.refused) io.stderr(`Not changed: ${r}\n`);
    if (p.changes.length === 0) {
      io.stdout(`Nothing to change in ${file}.\n`);
      return p.refused.length > 0 ? EXIT_INVALID : EXIT_OK;
    }
    const errors = checkDocument(p.document).filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      io.stderr(`${formatDiagnostics(errors, file)}\n${file} was not changed.`);
      return EXIT_INVALID;
    }
    if (values.out) {
      const target = resolve(io.cwd, values.out);
      if (!values.force && (await pathExists(target))) {
        io.stderr(`${values.out}: a file is already there; choose another --out or add --force to replace it.`);
        return EXIT_INVALID;
      }
      try {
        await writeFileAtomic(target, serialiseScenario(p.document));
      } catch (e) {
        const failure = describeWriteError(e, values.out);
        io.stderr(failure.message);
        return failure.code;
      }
    } else {
      const saved = await saveScenarioFile({
        path: opened.value.path,
        document: p.document,
        base: outcome.document,
        expected: opened.value.fingerprint,
        now: new Date().toISOString(),
        note: `Baseline imported from ${data.join(', ')}`,
      });
      if (!saved.ok) return reportFileError(saved.error, io);
    }
    io.stdout(`Changed, in ${values.out ?? file}:\n${p.changes.map(describeChange).join('\n')}\n`);
    return EXIT_OK;
  },
};
