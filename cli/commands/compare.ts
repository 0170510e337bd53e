import {
  compareTable,
  comparisonRow,
  projectScenarios,
  resolveScenario,
  type ComparisonRow,
  type ScenarioDocument,
} from '../../models/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { renderSideways } from '../table.ts';

const usage = 'causeway compare FILE [--json]';

/** How a scenario inherits (docs/contracts.md section 4), for scenarios that do; nothing for the others. */
export function inheritanceFields(
  doc: ScenarioDocument,
  scenarioId: string,
): { basedOn?: string; alsoInheritsFrom?: string[]; searchOrder?: string[] } {
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return {};
  const order = resolveScenario(doc, scenario).searchOrder;
  return {
    ...(scenario.basedOn === undefined ? {} : { basedOn: scenario.basedOn }),
    ...(scenario.alsoInheritsFrom?.length ? { alsoInheritsFrom: scenario.alsoInheritsFrom } : {}),
    ...(order.length > 1 ? { searchOrder: order } : {}),
  };
}

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
    const doc = read.document;
    const projected = projectScenarios(doc);
    if (!projected.ok) return reportDiagnostics(projected.diagnostics, file, io);
    if (values.json) {
      // The contract's fields first, unchanged; inheriting scenarios add how they inherit.
      const rows: ComparisonRow[] = projected.value.map((s) => ({
        ...comparisonRow(s),
        ...inheritanceFields(doc, s.id),
      }));
      io.stdout(JSON.stringify({ scenarios: rows }, null, 2) + '\n');
      return 0;
    }
    // Names with ids, since the ids are what `--scenario` takes.
    const table = compareTable(
      doc,
      projected.value.map((s) => ({ ...s, name: `${s.name} (${s.id})` })),
    );
    io.stdout(`${table.title}, £m in ${doc.prices.baseYear} prices\n\n`);
    // Measures down the side, a column per scenario: fourteen measures do not fit across a terminal.
    io.stdout(renderSideways(table, 'Measure') + '\n');
    io.stdout(
      '\nCost per net additional job is per net job in the peak year of net jobs ("Year of peak net additional jobs"); cost per net job-year is over the whole horizon.\n',
    );
    const inheriting = projected.value.flatMap((s) => {
      const order = inheritanceFields(doc, s.id).searchOrder;
      return order ? [`  ${s.id}: ${order.join(' -> ')} -> the file`] : [];
    });
    if (inheriting.length > 0) io.stdout(`\nValues are looked up in this order:\n${inheriting.join('\n')}\n`);
    return 0;
  },
};
