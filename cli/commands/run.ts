import {
  formatGbp,
  formatGbpMillions,
  formatJobs,
  formatRatio,
  projectScenario,
  runMonteCarlo,
  type Projection,
  type ScenarioDocument,
} from '../../models/index.ts';
import { parseAssignments, parseCommandArgs, parseInteger } from '../args.ts';
import { UsageError, type CommandSpec } from '../command.ts';
import { readScenarioFile, reportDiagnostics } from '../scenarioFile.ts';
import { renderCsv, renderTable } from '../table.ts';

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
    const seed = parseInteger(values.seed, 'seed', 0) ?? 1;
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
      io.stdout(
        JSON.stringify(
          uncertainty ? { ...projection.value, uncertainty: uncertainty.value } : projection.value,
          null,
          2,
        ) + '\n',
      );
    } else if (values.csv) {
      io.stdout(projectionCsv(projection.value));
    } else {
      io.stdout(projectionTable(read.document, projection.value) + '\n');
      if (uncertainty) {
        const { npv, bcr } = uncertainty.value.appraisal;
        io.stdout(
          `\nMonte Carlo (${samples} draws, seed ${seed}): NPV p10 ${formatGbpMillions(npv.p10)}, p50 ${formatGbpMillions(npv.p50)}, p90 ${formatGbpMillions(npv.p90)}` +
            (bcr ? `; BCR p10 ${formatRatio(bcr.p10)}, p50 ${formatRatio(bcr.p50)}, p90 ${formatRatio(bcr.p90)}` : '') +
            '\n',
        );
      }
    }
    return 0;
  },
};

function projectionTable(doc: ScenarioDocument, p: Projection): string {
  const scenario = doc.scenarios.find((s) => s.id === p.scenario)!;
  const t = p.total;
  const rows = p.years.map((year, y) => [
    String(year),
    formatGbpMillions(t.baseline.gva[y]),
    formatGbpMillions(t.projected.gva[y]),
    formatGbpMillions(t.netImpact.gva[y]),
    formatJobs(t.baseline.jobs[y]),
    formatJobs(t.projected.jobs[y]),
    formatJobs(t.netImpact.jobs[y]),
    formatGbp(t.projected.productivity[y]),
    formatGbpMillions(t.cost[y]),
  ]);
  const a = p.appraisal;
  const title = `${doc.meta.title} — scenario "${scenario.name}" (${p.scenario}), ${doc.area.name}; £m in ${doc.prices.baseYear} prices, jobs as counted in the baseline`;
  const table = renderTable(
    [
      'Year',
      'Baseline GVA',
      'Projected GVA',
      'Net GVA',
      'Baseline jobs',
      'Projected jobs',
      'Net jobs',
      'Productivity',
      'Cost (incl. OB)',
    ],
    rows,
  );
  const appraisal = [
    `PV benefits ${formatGbpMillions(a.pvBenefits)}, PV costs ${formatGbpMillions(a.pvCosts)}, NPV ${formatGbpMillions(a.npv)}`,
    `BCR ${a.bcr === null ? 'not defined (no costs)' : formatRatio(a.bcr)}${a.vfm ? ` (${a.vfm} value for money)` : ''}, cost per net additional job ${a.costPerNetJob === null ? 'not defined (no net jobs)' : formatGbp(a.costPerNetJob)}`,
    `Discounting: ${doc.appraisal.discountRate === undefined ? 'Green Book schedule (3.5% for years 1-30)' : `flat ${(doc.appraisal.discountRate * 100).toFixed(1)}%`} from ${p.years[0]}; optimism bias ${(doc.appraisal.optimismBias * 100).toFixed(0)}%.`,
  ];
  return [title, '', table, '', ...appraisal].join('\n');
}

function projectionCsv(p: Projection): string {
  const t = p.total;
  const header = [
    'year',
    'baseline_gva_gbp_m',
    'projected_gva_gbp_m',
    'gross_gva_gbp_m',
    'net_gva_gbp_m',
    'baseline_jobs',
    'projected_jobs',
    'gross_jobs',
    'net_jobs',
    'baseline_productivity_gbp',
    'projected_productivity_gbp',
    'cost_gbp_m',
  ];
  const rows = p.years.map((year, y) => [
    year,
    t.baseline.gva[y]!,
    t.projected.gva[y]!,
    t.grossImpact.gva[y]!,
    t.netImpact.gva[y]!,
    t.baseline.jobs[y]!,
    t.projected.jobs[y]!,
    t.grossImpact.jobs[y]!,
    t.netImpact.jobs[y]!,
    t.baseline.productivity[y]!,
    t.projected.productivity[y]!,
    t.cost[y]!,
  ]);
  return renderCsv(header, rows);
}
