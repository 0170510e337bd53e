import { checkHistory, checkSocialValue, formatDiagnostics, senseChecks, type SenseNote } from '../../models/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile } from '../scenarioFile.ts';

const usage = 'causeway validate FILE...';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'Check scenario files: "ok" per valid file, every problem otherwise, and logic-model notes.',
  usage,
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, usage);
    if (positionals.length === 0) throw new UsageError(`validate needs at least one FILE. Usage: ${usage}`);
    let failed = false;
    for (const file of positionals) {
      const read = await readScenarioFile(file, io);
      if (!read.ok) {
        failed = true;
        io.stderr(read.message);
        continue;
      }
      // The file is usable whatever its history holds; a damaged history is a warning with the way out.
      const damage = checkHistory(read.document).damage;
      const historyWarning = damage && {
        ...damage,
        severity: 'warning' as const,
        message: `${damage.message} The file itself can be used; "causeway history ${file} --cut-damaged" cuts the history at the last good revision, keeping a backup.`,
      };
      // What to set for UK social value, as compiling each scenario finds it (warnings, exit code 0).
      const warnings = [
        ...read.warnings,
        ...(historyWarning ? [historyWarning] : []),
        ...checkSocialValue(read.document),
      ];
      if (warnings.length > 0) io.stderr(formatDiagnostics(warnings, file));
      // Sense checks are notes, never errors: they never change the exit code. Dismissed ones are not repeated.
      const notes = senseChecks(read.document).filter((n) => !n.dismissed);
      if (notes.length > 0) io.stderr(formatNotes(notes, file));
      io.stdout(
        `${file}: ok${read.migratedFrom !== null ? ` (schemaVersion ${read.migratedFrom}; run "causeway migrate" to update it)` : ''}\n`,
      );
    }
    return failed ? 1 : 0;
  },
};

/** `FILE: path: Note: message` with why it matters on the next line, as diagnostics are written. */
export function formatNotes(notes: readonly SenseNote[], file: string): string {
  return notes
    .map((n) => `${file}: ${n.path === '' ? '' : `${n.path}: `}Note: ${n.message}\n  Why it matters: ${n.why}`)
    .join('\n');
}
