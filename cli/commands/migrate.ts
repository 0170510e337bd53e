import { copyFile, readFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { resolve } from 'node:path';
import { CURRENT_SCHEMA_VERSION, serialiseScenario } from '../../models/index.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { parseCommandArgs } from '../args.ts';
import { EXIT_INVALID, UsageError, type CommandSpec } from '../command.ts';
import { describeWriteError, pathExists, readScenarioFile } from '../scenarioFile.ts';

const usage = 'causeway migrate FILE [--out FILE2 [--force]]';

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  summary: 'Rewrite an older schemaVersion as the current one (the original is kept).',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { out: { type: 'string' }, force: { type: 'boolean' } },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(`migrate takes exactly one FILE. Usage: ${usage}`);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), 1);
    if (read.migratedFrom === null) {
      io.stdout(`${file}: already at schemaVersion ${CURRENT_SCHEMA_VERSION}; nothing to do.\n`);
      return 0;
    }
    const target = values.out ? resolve(io.cwd, values.out) : read.path;
    // Rewriting FILE itself, with or without --out, keeps the original beside it as FILE.v<old>.bak.
    const inPlace = target === read.path;
    const shown = values.out ?? file;
    if (!inPlace && !values.force && (await pathExists(target))) {
      io.stderr(`${shown} already exists; choose another --out file, or add --force to replace it.`);
      return EXIT_INVALID;
    }
    const backup = `${read.path}.v${read.migratedFrom}.bak`;
    try {
      if (inPlace) {
        try {
          await copyFile(read.path, backup, constants.COPYFILE_EXCL);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
          // An earlier run kept it already (same bytes): fine; anything else is someone's original.
          const [kept, now] = await Promise.all([readFile(backup), readFile(read.path)]);
          if (!kept.equals(now)) {
            io.stderr(
              `${file}.v${read.migratedFrom}.bak already exists and holds a different file; move it away so that the original can be kept, then run causeway migrate again. ${file} was not changed.`,
            );
            return EXIT_INVALID;
          }
        }
      }
      await writeFileAtomic(target, serialiseScenario(read.document));
    } catch (e) {
      const failure = describeWriteError(e, shown);
      io.stderr(`${failure.message}${inPlace ? '' : ` ${file} is unchanged.`}`);
      return failure.code;
    }
    io.stdout(
      `${file}: migrated from schemaVersion ${read.migratedFrom} to ${CURRENT_SCHEMA_VERSION}; wrote ${shown}${inPlace ? ` (original kept as ${file}.v${read.migratedFrom}.bak)` : ''}.\n`,
    );
    return 0;
  },
};
