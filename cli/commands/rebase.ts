/**
 * `causeway rebase FILE --to YEAR [--out FILE2 [--force]]` (docs/method.md section 13): converts every
 * money value in real prices by D(YEAR) / D(base year) with the embedded GDP deflator and saves the
 * result as a new revision (in FILE, or in FILE2 carrying FILE's history), exactly as the app's Save
 * does. It prints the factor, what it converted and what it left for the user to check.
 */
import { resolve } from 'node:path';
import { DEFLATOR_NOTE, checkDocument, formatDiagnostics, rebaseDocument } from '../../models/index.ts';
import { openScenarioFile, saveScenarioFile } from '../../node/scenarioFiles.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CommandSpec } from '../command.ts';
import { parseCommandArgs, parseInteger } from '../args.ts';
import { openFailure, pathExists, reportFileError } from '../scenarioFile.ts';

const USAGE = 'causeway rebase FILE --to YEAR [--out FILE2 [--force]] [--note TEXT]';

export const rebaseCommand: CommandSpec = {
  name: 'rebase',
  summary: "Convert a file's money to another price base year with the GDP deflator (a new revision).",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { to: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, note: { type: 'string' } },
      USAGE,
    );
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`Name exactly one scenario file. Usage: ${USAGE}`);
    const to = parseInteger(values.to, 'to', 1);
    if (to === undefined)
      throw new UsageError(`--to must give the new price base year, e.g. --to 2024. Usage: ${USAGE}`);
    const source = resolve(io.cwd, file);
    const target = values.out ? resolve(io.cwd, values.out) : source;
    const shown = values.out ?? file;
    if (target !== source && !values.force && (await pathExists(target))) {
      io.stderr(`${shown} already exists; choose another --out file, or add --force to replace it.`);
      return EXIT_INVALID;
    }
    const opened = await openScenarioFile(source);
    if (!opened.ok) return (io.stderr(openFailure(opened.error, file)), EXIT_INVALID);
    const { outcome } = opened.value;
    if (!outcome.ok) {
      io.stderr(`${formatDiagnostics(outcome.diagnostics, file)}\n${file} was not changed; fix these problems first.`);
      return EXIT_INVALID;
    }
    const from = outcome.document.prices.baseYear;
    if (from === to) {
      io.stdout(`${file}: money is already in ${to} prices; nothing to do.\n`);
      return EXIT_OK;
    }
    const rebased = rebaseDocument(outcome.document, to);
    if (!rebased.ok) {
      io.stderr(`${formatDiagnostics(rebased.diagnostics, file)}\n${file} was not changed.`);
      return EXIT_INVALID;
    }
    const { document, factor, converted, check } = rebased.value;
    const problems = checkDocument(document).filter((d) => d.severity === 'error');
    if (problems.length > 0) {
      io.stderr(`${formatDiagnostics(problems, file)}\n${file} was not changed.`);
      return EXIT_INVALID;
    }
    const change = `${from} to ${to} prices: every money value x ${factor.toFixed(6)} (${signedPercent(factor)})`;
    const saved = await saveScenarioFile({
      path: target,
      document,
      base: outcome.document,
      expected: target === source ? opened.value.fingerprint : null,
      now: new Date().toISOString(),
      note: values.note ?? `Rebased from ${change}.`,
    });
    if (!saved.ok) return reportFileError(saved.error, io);
    const lines = [
      `${shown}: saved revision ${saved.value.revision}, rebased from ${change}.`,
      DEFLATOR_NOTE,
      ...(document.prices.basis ? [`Price label: ${document.prices.basis}`] : []),
      `Converted (${converted.length}):`,
      ...converted.map((c) => `  ${c}`),
      ...(check.length > 0 ? [`Left as they were; check them (${check.length}):`, ...check.map((c) => `  ${c}`)] : []),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};

/** "+4.7%" or "-2.1%": how much the values changed. */
export function signedPercent(factor: number): string {
  const pct = (factor - 1) * 100;
  return `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)}%`;
}
