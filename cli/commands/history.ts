/**
 * `causeway history FILE [--json]`: the file's revisions, newest first, with time, note and
 * milestone (JSON: `{ "revisions": [ { "revision", "savedAt", "note", "milestone", "restorable" } ] }`).
 */
import { resolve } from 'node:path';
import { formatDiagnostics, listRevisions } from '../../models/index.ts';
import { readScenarioFile } from '../../node/scenarioFiles.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CommandSpec } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { openFailure } from '../scenarioFile.ts';

const USAGE = 'causeway history FILE [--json]';

export const historyCommand: CommandSpec = {
  name: 'history',
  summary: "List a file's saved revisions, newest first, with notes and milestones.",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, USAGE);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`Name exactly one scenario file. Usage: ${USAGE}`);
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
    io.stdout([line(header), ...rows.map(line)].join('\n') + '\n');
    return EXIT_OK;
  },
};
