import { compareTable, comparisonRow, projectScenarios } from '../../models/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { renderReportTable } from '../table.ts';

const usage = 'causeway compare FILE [--json]';

export const compareCommand: CommandSpec = {
  name: 'compare',
  summary: "Every scenario's summary side by side.",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, usage);
    if (positionals.length !== 1) throw new UsageError(`compare takes exactly one FILE. Usage: ${usage}`);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), 1);
    const projected = projectScenarios(read.document);
    if (!projected.ok) return reportDiagnostics(projected.diagnostics, file, io);
    if (values.json) {
      io.stdout(JSON.stringify({ scenarios: projected.value.map(comparisonRow) }, null, 2) + '\n');
      return 0;
    }
    const doc = read.document;
    // Names with ids, since the ids are what `--scenario` takes.
    const table = compareTable(
      doc,
      projected.value.map((s) => ({ ...s, name: `${s.name} (${s.id})` })),
    );
    io.stdout(`${table.title}, £m in ${doc.prices.baseYear} prices\n\n`);
    io.stdout(renderReportTable(table) + '\n');
    return 0;
  },
};
