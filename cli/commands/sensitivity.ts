import {
  switchingInWords,
  switchingOf,
  formatGbpMillions,
  formatNumber,
  formatRatio,
  UNITS,
  runTornado,
  type SensitivityMetric,
} from '../../models/index.ts';
import { parseAssignments, parseCommandArgs } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { renderTable } from '../table.ts';

const usage =
  'causeway sensitivity FILE [--scenario ID] [--metric npv|bcr|social-npv|social-bcr] [--json] [--set PARAM=VALUE]...';

/** How each metric is named in the heading, the columns and the switching-value column. */
const METRICS: Record<SensitivityMetric, { name: string; short: string; switching: string }> = {
  npv: { name: 'local NPV', short: 'NPV', switching: 'NPV = 0 at' },
  bcr: { name: 'net local GVA per £1 of public cost', short: 'Return', switching: 'Return = 1 at' },
  'social-npv': { name: 'UK net present social value', short: 'NPSV', switching: 'NPSV = 0 at' },
  'social-bcr': { name: 'UK social BCR', short: 'Social BCR', switching: 'Social BCR = 1 at' },
};

export const sensitivityCommand: CommandSpec = {
  name: 'sensitivity',
  summary:
    'The tornado: each ranged parameter, additionality factor and optimism bias at its low and high, ranked by swing, with switching values.',
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
    if (!Object.hasOwn(METRICS, metric))
      throw new UsageError(`--metric must be npv, bcr, social-npv or social-bcr, not "${values.metric}".`);
    const set = parseAssignments(values.set);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), 1);
    const tornado = runTornado(read.document, values.scenario, { metric, set });
    if (!tornado.ok) return reportDiagnostics(tornado.diagnostics, file, io);
    const scenarioId = values.scenario ?? read.document.scenarios[0]!.id;
    // Switching values are an addition to the contract's shape: the value at which NPV = 0 (BCR = 1).
    const parameters = tornado.value.parameters.map((bar) => ({
      ...bar,
      ...switchingOf(read.document, scenarioId, bar, { metric, set }),
    }));
    if (values.json) {
      io.stdout(JSON.stringify({ metric, scenario: scenarioId, base: tornado.value.base, parameters }, null, 2) + '\n');
      return 0;
    }
    const money = metric === 'npv' || metric === 'social-npv';
    const show = (v: number | null) => (money ? formatGbpMillions(v) : formatRatio(v));
    const { short } = METRICS[metric];
    io.stdout(
      `Sensitivity of the ${METRICS[metric].name} in scenario "${scenarioId}" (base ${tornado.value.base === null ? 'not assessed' : show(tornado.value.base)}); £m in ${read.document.prices.baseYear} prices\n\n`,
    );
    const rows = parameters.map((p) => [
      p.id,
      formatNumber(p.low, 3),
      formatNumber(p.high, 3),
      show(p.atLow),
      show(p.atHigh),
      show(p.swing),
      switchingInWords(p, show, (v) => UNITS.value.format(v, 4)) ?? formatNumber(p.switchingValue, 4),
    ]);
    io.stdout(
      renderTable(
        ['Parameter', 'Low', 'High', `${short} at low`, `${short} at high`, 'Swing', METRICS[metric].switching],
        rows,
      ) + '\n',
    );
    return 0;
  },
};
