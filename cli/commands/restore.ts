/**
 * `causeway restore FILE --revision N --out FILE2 [--force]`: writes revision N as it was saved
 * (the same content, carrying the history up to N) as a new file. FILE itself is never changed.
 */
import { resolve } from 'node:path';
import { formatDiagnostics, readScenarioText, reconstructRevision, serialiseScenario } from '../../models/index.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { readScenarioFile } from '../../node/scenarioFiles.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CommandSpec } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { describeWriteError, openFailure, pathExists } from '../scenarioFile.ts';

const USAGE = 'causeway restore FILE --revision N --out FILE2 [--force]';

export const restoreCommand: CommandSpec = {
  name: 'restore',
  summary: 'Write an earlier revision of a file, as it was saved, to a new file.',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { revision: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
      USAGE,
    );
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`Name exactly one scenario file. Usage: ${USAGE}`);
    if (values.revision === undefined || !/^\d+$/.test(values.revision))
      throw new UsageError(
        `--revision must be a revision number such as 3 (see causeway history ${file}). Usage: ${USAGE}`,
      );
    if (!values.out) throw new UsageError(`--out must name the new file to write. Usage: ${USAGE}`);
    const revision = Number(values.revision);
    const source = resolve(io.cwd, file);
    const target = resolve(io.cwd, values.out);
    if (target === source)
      throw new UsageError(`--out must be a new file, not ${file} itself; restoring never changes the original.`);
    if (!values.force && (await pathExists(target))) {
      io.stderr(`${values.out} already exists; choose another --out file, or add --force to replace it.`);
      return EXIT_INVALID;
    }
    const opened = await readScenarioFile(source);
    if (!opened.ok) return (io.stderr(openFailure(opened.error, file)), EXIT_INVALID);
    const document = opened.value.outcome.document;
    if (!document) {
      io.stderr(formatDiagnostics(opened.value.outcome.diagnostics, file));
      return EXIT_INVALID;
    }
    // The current revision is always available, even in a file saved without history.
    const rebuilt =
      revision === (document.meta.revision ?? 0) && !document.history
        ? { ok: true as const, value: document, diagnostics: [] }
        : reconstructRevision(document, revision);
    if (!rebuilt.ok) {
      io.stderr(formatDiagnostics(rebuilt.diagnostics, file));
      return EXIT_INVALID;
    }
    if (rebuilt.diagnostics.length > 0) io.stderr(formatDiagnostics(rebuilt.diagnostics, file));
    // Whatever the history held, what is written must open: a revision that would not is refused.
    const text = serialiseScenario(rebuilt.value);
    const reread = readScenarioText(text);
    if (!reread.ok) {
      const why = reread.diagnostics[0]?.message ?? 'it is not a scenario file';
      io.stderr(
        `${file}: Revision ${revision} was rebuilt but would not load as a scenario file (${why.replace(/\.$/, '')}), so ${values.out} was not written; the history is damaged.`,
      );
      return EXIT_INVALID;
    }
    try {
      await writeFileAtomic(target, text);
    } catch (e) {
      const failure = describeWriteError(e, values.out);
      io.stderr(failure.message);
      return failure.code;
    }
    io.stdout(`Wrote revision ${revision} of ${file} to ${values.out}.\n`);
    return EXIT_OK;
  },
};
