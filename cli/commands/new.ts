import { resolve } from 'node:path';
import { createScenarioForArea, serialiseScenario, TEMPLATES, type TemplateId } from '../../models/index.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { describeWriteError, pathExists, reportDiagnostics } from '../scenarioFile.ts';

const templateIds = TEMPLATES.map((t) => t.id);
const usage = `causeway new --area CODE --out FILE [--sectors ID,ID...] [--template ${templateIds.join('|')}]... [--projection national|trend] [--title TEXT] [--force]`;

export const newCommand: CommandSpec = {
  name: 'new',
  summary: 'Write a new scenario file for an area: real baselines from the library, templates switched on by scenario.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        area: { type: 'string' },
        out: { type: 'string' },
        sectors: { type: 'string' },
        template: { type: 'string', multiple: true },
        title: { type: 'string' },
        projection: { type: 'string' },
        force: { type: 'boolean' },
      },
      usage,
    );
    if (positionals.length > 0)
      throw new UsageError(`new takes no positional arguments ("${positionals[0]}"). Usage: ${usage}`);
    if (!values.area || !values.out) throw new UsageError(`new needs --area and --out. Usage: ${usage}`);
    const templates = (values.template ?? []) as TemplateId[];
    const unknown = templates.find((t) => !templateIds.includes(t));
    if (unknown) throw new UsageError(`"${unknown}" is not a template; choose from ${templateIds.join(', ')}.`);
    if (values.projection !== undefined && values.projection !== 'national' && values.projection !== 'trend')
      throw new UsageError(
        `--projection is national (the Great Britain trend of each industry, the default) or trend (each sector's own).`,
      );
    const target = resolve(io.cwd, values.out);
    if (!values.force && (await pathExists(target))) {
      io.stderr(`${values.out}: a file is already there; choose another --out or add --force to replace it.`);
      return 1;
    }
    const created = createScenarioForArea({
      areaCode: values.area,
      sectorIds: values.sectors
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      templates,
      projection: values.projection as 'national' | 'trend' | undefined,
      title: values.title,
      now: new Date().toISOString(),
    });
    if (!created.ok) return reportDiagnostics(created.diagnostics, values.out, io);
    try {
      await writeFileAtomic(target, serialiseScenario(created.value));
    } catch (e) {
      const failure = describeWriteError(e, values.out);
      io.stderr(failure.message);
      return failure.code;
    }
    const doc = created.value;
    for (const d of created.diagnostics) io.stderr(`${values.out}: ${d.message}\n`);
    io.stdout(
      `${values.out}: new scenario file for ${doc.area.name} (${doc.area.code}) with ${doc.baseline.sectors.length} baseline sectors and scenarios ${doc.scenarios.map((s) => `"${s.id}"`).join(', ')}.\n`,
    );
    return 0;
  },
};
