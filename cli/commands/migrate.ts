import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CURRENT_SCHEMA_VERSION, serialiseScenario } from '../../models/index.ts';
import { writeFileAtomic } from '../../electron/services/atomicWrite.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile } from '../scenarioFile.ts';

const usage = 'causeway migrate FILE [--out FILE2]';

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  summary: 'Rewrite an older schemaVersion as the current one (the original is kept).',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' } }, usage);
    if (positionals.length !== 1) throw new UsageError(`migrate takes exactly one FILE. Usage: ${usage}`);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return io.stderr(read.message), 1;
    if (read.migratedFrom === null) {
      io.stdout(`${file}: already at schemaVersion ${CURRENT_SCHEMA_VERSION}; nothing to do.\n`);
      return 0;
    }
    // Without --out the original stays beside the new file as FILE.v<old>.bak.
    const target = values.out ? resolve(io.cwd, values.out) : read.path;
    if (!values.out) await copyFile(read.path, `${read.path}.v${read.migratedFrom}.bak`);
    await writeFileAtomic(target, serialiseScenario(read.document));
    io.stdout(`${file}: migrated from schemaVersion ${read.migratedFrom} to ${CURRENT_SCHEMA_VERSION}; wrote ${values.out ?? file}${values.out ? '' : ` (original kept as ${file}.v${read.migratedFrom}.bak)`}.\n`);
    return 0;
  },
};
