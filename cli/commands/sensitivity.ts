import {
  findSwitchingValue,
  formatGbpMillions,
  formatNumber,
  formatRatio,
  runTornado,
  type SensitivityMetric,
} from '../../models/index.ts';
import { parseAssignments, parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { renderTable } from '../table.ts';

const usage = 'causeway sensitivity FILE [--scenario ID] [--metric npv|bcr] [--json] [--set PARAM=VALUE]...';

export const sensitivityCommand: CommandSpec = {
  name: 'sensitivity',
  summary: 'The tornado: each ranged parameter at its low and high, ranked by swing, with switching values.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        scenario: { type: 'string' },
        metric: { type: 'string' },
        json: { type: 'boolean' },
        set: { type: 'string', multiple: true },
      },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(`sensitivity takes exactly one FILE. Usage: ${usage}`);
    const metric = (values.metric ?? 'npv') as SensitivityMetric;
    if (metric !== 'npv' && metric !== 'bcr')
      throw new UsageError(`--metric must be npv or bcr, not "${values.metric}".`);
    const set = parseAssignments(values.set);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), 1);
    const tornado = runTornado(read.document, values.scenario, { metric, set });
    if (!tornado.ok) return reportDiagnostics(tornado.diagnostics, file, io);
    const scenarioId = values.scenario ?? read.document.scenarios[0]!.id;
    // Switching values are an addition to the contract's shape: the value at which NPV = 0 (BCR = 1).
    const parameters = tornado.value.parameters.map((bar) => {
      const switching = findSwitchingValue(read.document, scenarioId, bar.id, { metric, set });
      return { ...bar, switchingValue: switching.ok ? switching.value.value : null };
    });
    if (values.json) {
      io.stdout(JSON.stringify({ metric, scenario: scenarioId, base: tornado.value.base, parameters }, null, 2) + '\n');
      return 0;
    }
    const show = (v: number | null) => (metric === 'npv' ? formatGbpMillions(v) : formatRatio(v));
    io.stdout(
      `Sensitivity of ${metric.toUpperCase()} in scenario "${scenarioId}" (base ${show(tornado.value.base)}); £m in ${read.document.prices.baseYear} prices\n\n`,
    );
    const rows = parameters.map((p) => [
      p.id,
      formatNumber(p.low, 3),
      formatNumber(p.high, 3),
      show(p.atLow),
      show(p.atHigh),
      show(p.swing),
      p.switchingValue === null ? 'none in range' : formatNumber(p.switchingValue, 4),
    ]);
    io.stdout(
      renderTable(
        [
          'Parameter',
          'Low',
          'High',
          `${metric.toUpperCase()} at low`,
          `${metric.toUpperCase()} at high`,
          'Swing',
          metric === 'npv' ? 'NPV = 0 at' : 'BCR = 1 at',
        ],
        rows,
      ) + '\n',
    );
    return 0;
  },
};
