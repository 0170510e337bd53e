/**
 * `causeway explain` (docs/contracts.md section 5): why a box or a net total has its value in a year,
 * traced through formulas, additionality and baselines to parameters, with each input's contribution
 * to the change from business as usual (models/explain).
 */
import {
  explain,
  formatContribution,
  formatEntryValue,
  formatTraceValue,
  type ExplainEntry,
  type ExplainTarget,
  type Explanation,
} from '../../models/index.ts';
import { parseCommandArgs, parseInteger } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';

const usage =
  'causeway explain FILE --scenario ID (--node NODE | --total gva|jobs) [--year YEAR] [--against ID] [--depth N] [--json]';

/** Levels shown as text when --depth is not given; JSON carries the whole trace. */
const TEXT_DEPTH = 4;

export const explainCommand: CommandSpec = {
  name: 'explain',
  summary: 'Why a number? A box or net total in one year, traced to parameters with each input\u2019s contribution.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        scenario: { type: 'string' },
        node: { type: 'string' },
        total: { type: 'string' },
        year: { type: 'string' },
        against: { type: 'string' },
        depth: { type: 'string' },
        json: { type: 'boolean' },
      },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(`explain takes exactly one FILE. Usage: ${usage}`);
    if (values.scenario === undefined) throw new UsageError(`explain needs --scenario ID. Usage: ${usage}`);
    if ((values.node === undefined) === (values.total === undefined))
      throw new UsageError(`Give either --node NODE or --total gva|jobs. Usage: ${usage}`);
    if (values.total !== undefined && values.total !== 'gva' && values.total !== 'jobs')
      throw new UsageError(`--total must be gva or jobs, not "${values.total}".`);
    const target: ExplainTarget =
      values.node !== undefined ? { node: values.node } : { total: values.total as 'gva' | 'jobs' };
    const year = parseInteger(values.year, 'year', 0);
    const depth = parseInteger(values.depth, 'depth', 1) ?? (values.json ? undefined : TEXT_DEPTH);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), 1);
    const traced = explain(read.document, values.scenario, target, {
      ...(year === undefined ? {} : { year }),
      ...(values.against === undefined ? {} : { against: values.against }),
      ...(depth === undefined ? {} : { depth }),
    });
    if (!traced.ok) return reportDiagnostics(traced.diagnostics, file, io);
    io.stdout(values.json ? JSON.stringify(traced.value, null, 2) + '\n' : renderTrace(traced.value));
    return 0;
  },
};

const withUnit = (x: number, unit: string | undefined) => `${formatTraceValue(x)}${unit ? ` ${unit}` : ''}`;

/** The trace as indented text: each entry's value, its reference value and its share of the change above it. */
export function renderTrace(t: Explanation): string {
  const against = t.against.kind === 'scenario' ? `"${t.against.name}" (${t.against.id})` : t.against.name;
  const lines = [
    `${t.label}${t.target.startsWith('total.') ? '' : ` [${t.target}]`} in ${t.year}, scenario "${t.scenarioName}" (${t.scenario}) against ${against}:`,
    `  ${withUnit(t.value, t.unit)} against ${formatTraceValue(t.reference)}, a change of ${formatContribution(t.change)}`,
    `  = ${t.formula}`,
  ];
  if (t.note) lines.push(`  (${t.note})`);
  lines.push(
    '',
    `Each input: its value, its value in the reference, and its share of the change above it (${t.rule === 'shapley' ? 'Shapley value' : 'sequential substitution'}; shares add up to the change).`,
  );
  const walk = (entries: ExplainEntry[], indent: string) => {
    for (const e of entries) {
      const id = e.kind === 'switch' || e.kind === 'intervention' || e.kind === 'gross' ? '' : ` [${e.id}]`;
      const when = e.year === t.year ? '' : ` in ${e.year}`;
      lines.push(
        `${indent}- ${e.label}${id}${when}: ${formatEntryValue(e, e.value)}${e.unit && e.kind !== 'switch' ? ` ${e.unit}` : ''} against ${formatEntryValue(e, e.reference)}; share ${formatContribution(e.contribution)}${e.repeated ? ' (explained above)' : ''}${e.truncated ? ' (more with --depth)' : ''}`,
      );
      if (e.formula) lines.push(`${indent}    = ${e.formula}`);
      if (e.note) lines.push(`${indent}    (${e.note})`);
      if (e.inputs) walk(e.inputs, `${indent}  `);
    }
  };
  walk(t.inputs, '  ');
  return lines.join('\n') + '\n';
}
