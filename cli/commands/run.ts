import {
  appraisalTable,
  namedProjection,
  projectScenario,
  resolveScenario,
  resultsByYearTable,
  runMonteCarlo,
  centralValue,
  councilResults,
  councilSection,
  HEADLINES,
  METRICS,
  metricBasis,
  SUMMARY_STATISTICS,
  toCsv,
  uncertaintyTable,
  YEAR_TABLE_SUMMARY,
  type Projection,
  type ScenarioDocument,
  type UncertaintyResult,
} from '../../models/index.ts';
import { parseAssignments, parseCommandArgs, parseInteger, parseSeed } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { inheritanceFields } from './compare.ts';
import { renderReportTable, renderSideways } from '../table.ts';

const usage = 'causeway run FILE [--scenario ID] [--json | --csv] [--samples N] [--seed S] [--set PARAM=VALUE]...';

export const runCommand: CommandSpec = {
  name: 'run',
  summary: 'Project one scenario: GVA, jobs, productivity and the appraisal.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        scenario: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        samples: { type: 'string' },
        seed: { type: 'string' },
        set: { type: 'string', multiple: true },
      },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(`run takes exactly one FILE. Usage: ${usage}`);
    if (values.json && values.csv) throw new UsageError('Choose either --json or --csv, not both.');
    const samples = parseInteger(values.samples, 'samples', 2);
    const seed = parseSeed(values.seed) ?? 1;
    if (values.seed !== undefined && samples === undefined)
      throw new UsageError('--seed needs --samples N (Monte Carlo draws).');
    const set = parseAssignments(values.set);
    const file = positionals[0]!;
    const read = await readScenarioFile(file, io);
    if (!read.ok) return (io.stderr(read.message), 1);

    const projection = projectScenario(read.document, values.scenario, { set });
    if (!projection.ok) return reportDiagnostics(projection.diagnostics, file, io);
    const uncertainty =
      samples === undefined
        ? undefined
        : runMonteCarlo(read.document, projection.value.scenario, { samples, seed, set });
    if (uncertainty && !uncertainty.ok) return reportDiagnostics(uncertainty.diagnostics, file, io);

    if (values.json) {
      // Results by council only for a file that states how to split them (contracts.md section 6).
      const councils = councilResults(read.document, projection.value);
      const json = {
        ...projection.value,
        ...(councils ? { councils: councilsJson(councils) } : {}),
        ...(uncertainty ? { uncertainty: uncertainty.value } : {}),
      };
      io.stdout(JSON.stringify(json, null, 2) + '\n');
    } else if (values.csv) {
      // The same table and the same writer as the app's "Export CSV" of the year-by-year results.
      io.stdout(toCsv(resultsByYearTable(read.document, namedProjection(read.document, projection.value))));
    } else {
      io.stdout(projectionReport(read.document, projection.value, set, uncertainty?.value) + '\n');
    }
    return 0;
  },
};

/** The council results without their years (the projection's own `years` give them). */
function councilsJson({ years: _years, ...rest }: NonNullable<ReturnType<typeof councilResults>>) {
  return rest;
}

function projectionReport(
  doc: ScenarioDocument,
  p: Projection,
  set: Record<string, number>,
  uncertainty?: UncertaintyResult,
): string {
  const scenario = namedProjection(doc, p);
  const title = `${doc.meta.title} — scenario "${scenario.name}" (${p.scenario}), ${doc.area.name}; £m in ${doc.prices.baseYear} prices, jobs as counted in the baseline`;
  const years = renderReportTable(resultsByYearTable(doc, scenario, YEAR_TABLE_SUMMARY));
  const resolved = doc.scenarios.find((s) => s.id === p.scenario);
  const bias = set['appraisal.optimismBias'] ?? centralValue(resolveScenario(doc, resolved!).optimismBias.value);
  const discounting = `Discounting: ${doc.appraisal.discountRate === undefined ? 'Green Book schedule (3.5% for years 1-30)' : `flat ${(doc.appraisal.discountRate * 100).toFixed(1)}%`} to ${p.appraisal.presentValueYear}; optimism bias ${(bias * 100).toFixed(0)}%.`;
  // What each appraisal figure is measured on, where its label alone does not say (cost per job is
  // per net job in the peak year, not in the final year the results table ends with).
  const bases = HEADLINES.appraisal.flatMap((id) => {
    const basis = metricBasis(METRICS[id], p);
    return basis ? [`${METRICS[id].label}: ${basis}.`] : [];
  });
  const notes = [
    ...bases,
    'The local return (net local GVA per £1 of public cost) is what the area gains, not a Green Book BCR; the value-for-money band belongs to the UK social BCR only.',
    ...(p.appraisal.social.reason ? [p.appraisal.social.reason] : []),
    ...(p.prices
      ? [
          `Costs in cash prices (${p.prices.cashNodes.join(', ')}) are deflated to ${doc.prices.baseYear} prices. ${p.prices.deflator}`,
        ]
      : []),
  ];
  const lines = [
    title,
    '',
    years,
    '',
    renderSideways(appraisalTable(doc, scenario), 'Appraisal'),
    discounting,
    ...notes,
  ];
  const councils = councilSection(doc, scenario);
  if (councils)
    lines.push(
      '',
      councils.table.title,
      councils.rule,
      renderReportTable(councils.table),
      ...(councils.commutingSource ? [councils.commutingSource] : []),
    );
  const order = inheritanceFields(doc, p.scenario).searchOrder;
  if (order) lines.splice(1, 0, `Values are looked up in this order: ${order.join(' -> ')} -> the file.`);
  if (uncertainty) {
    lines.push(
      '',
      renderSideways(
        uncertaintyTable(doc, uncertainty, SUMMARY_STATISTICS),
        `Monte Carlo (${uncertainty.samples} draws, seed ${uncertainty.seed})`,
        false,
      ),
    );
  }
  return lines.join('\n');
}
