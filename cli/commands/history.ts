/**
 * `causeway history FILE [--json] [--cut-damaged]`: the file's revisions, newest first, with time,
 * note and milestone, each checked (JSON: `{ "revisions": [ { "revision", "savedAt", "note",
 * "milestone", "restorable", "verified", "problem" } ] }`). With `--cut-damaged`, a history damaged
 * past some revision is cut there, keeping the original as a backup.
 */
import { resolve } from 'node:path';
import { formatDiagnostics, listRevisions, type RevisionSummary } from '../../models/index.ts';
import { cutDamagedHistory } from '../../node/historyRepair.ts';
import { readScenarioFile } from '../../node/scenarioFiles.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliIO, type CommandSpec } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { openFailure, reportFileError } from '../scenarioFile.ts';

const USAGE = 'causeway history FILE [--json] [--cut-damaged]';

/** "1, 2 and 3" (at most a few listed). */
function listed(numbers: number[]): string {
  const shown = numbers.length > 6 ? [...numbers.slice(0, 3), '…', ...numbers.slice(-2)] : numbers;
  return shown.length === 1 ? String(shown[0]) : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** What the list means for restoring, in sentences after the table (empty when all is well). */
export function historySummary(revisions: RevisionSummary[], file: string): string[] {
  const lines: string[] = [];
  const firstBad = revisions.find((r) => !r.restorable);
  if (firstBad?.problem) {
    const cause =
      revisions.find((r) => !r.restorable && !r.problem?.startsWith('It is older than'))?.problem ?? firstBad.problem;
    lines.push(`Revisions ${firstBad.revision} and older cannot be restored: ${cause}`);
    if (!cause.startsWith('Causeway stopped checking'))
      lines.push(
        `Run "causeway history ${file} --cut-damaged" to cut the history at the last good revision (the file is kept as a backup).`,
      );
  }
  if (revisions.some((r) => r.restorable && !r.verified))
    lines.push(
      'Revisions saved before Causeway recorded a hash of each revision cannot be checked against what was saved.',
    );
  return lines;
}

async function cut(file: string, io: CliIO): Promise<number> {
  const outcome = await cutDamagedHistory(resolve(io.cwd, file), new Date().toISOString());
  if (!outcome.ok) return reportFileError(outcome.error, io);
  const { kept, dropped, unreadable, backupPath } = outcome.value;
  if (!backupPath) {
    io.stdout(`${file}: every revision in its history can be restored; nothing to cut.\n`);
    return EXIT_OK;
  }
  const what = [
    ...(dropped.length > 0 ? [`dropped revision${dropped.length > 1 ? 's' : ''} ${listed(dropped)}`] : []),
    ...(unreadable > 0 ? [`${unreadable} unreadable record${unreadable > 1 ? 's' : ''}`] : []),
  ].join(' and ');
  io.stdout(
    `Cut the history of ${file} at revision ${kept[0]}: ${what || 'rewrote the current record'}. The original is kept as ${backupPath}.\n`,
  );
  return EXIT_OK;
}

export const historyCommand: CommandSpec = {
  name: 'history',
  summary: "List a file's saved revisions, newest first, with notes, milestones and what can be restored.",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, 'cut-damaged': { type: 'boolean' } },
      USAGE,
    );
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`Name exactly one scenario file. Usage: ${USAGE}`);
    if (values['cut-damaged']) return cut(file, io);
    const opened = await readScenarioFile(resolve(io.cwd, file));
    if (!opened.ok) return (io.stderr(openFailure(opened.error, file)), EXIT_INVALID);
    // A file with semantic problems still has a history worth reading; only an unreadable one has not.
    const document = opened.value.outcome.document;
    if (!document) {
      io.stderr(formatDiagnostics(opened.value.outcome.diagnostics, file));
      return EXIT_INVALID;
    }
    const revisions = listRevisions(document);
    if (values.json) {
      io.stdout(JSON.stringify({ revisions }, null, 2) + '\n');
      return EXIT_OK;
    }
    if (revisions.length === 0) {
      io.stdout(`${file} has no saved revisions recorded yet; it is at revision ${document.meta.revision ?? 0}.\n`);
      return EXIT_OK;
    }
    const rows = revisions.map((r) => [
      String(r.revision),
      r.savedAt.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC'),
      r.milestone ?? '',
      (r.note ?? '') + (r.restorable ? '' : ' (cannot be restored)'),
    ]);
    const header = ['Revision', 'Saved', 'Milestone', 'Note'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd();
    const summary = historySummary(revisions, file);
    io.stdout([line(header), ...rows.map(line), ...(summary.length ? ['', ...summary] : [])].join('\n') + '\n');
    return EXIT_OK;
  },
};
