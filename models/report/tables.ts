/**
 * The report tables every view, export and CLI command renders: headline figures per scenario
 * (the KPI strip, the appraisal summary, Compare), results year by year, and the Monte Carlo
 * percentiles of the headline metrics.
 */
import type { ScenarioDocument, UncertaintyResult } from '../types.ts';
import type { ScenarioProjection } from './compare.ts';
import { HEADLINES, METRICS, ALL_METRICS, type MetricId, type NumberMetric } from './metrics.ts';
import { ALL_SERIES, SERIES, type SeriesId } from './series.ts';
import { metricColumn, seriesColumn, textColumn, yearColumn, type ReportCell, type ReportTable } from './table.ts';

const horizon = (doc: ScenarioDocument) => ({ start: doc.horizon.startYear, end: doc.horizon.endYear });

/** The year-by-year columns the app's table on screen and the CLI's table show (the CSV has all). */
export const YEAR_TABLE_SUMMARY: readonly SeriesId[] = [
  'baseline-gva',
  'projected-gva',
  'net-gva',
  'baseline-jobs',
  'projected-jobs',
  'net-jobs',
  'projected-productivity',
  'cost',
];

/** One row per scenario, one column per metric, after a scenario-name column. */
export function headlineTable(
  doc: ScenarioDocument,
  scenarios: readonly ScenarioProjection[],
  metrics: readonly MetricId[],
  id: string,
  title: string,
): ReportTable {
  const definitions = metrics.map((m) => METRICS[m]);
  return {
    id,
    title,
    priceBase: doc.prices.baseYear,
    columns: [textColumn('scenario', 'Scenario'), ...definitions.map((m) => metricColumn(m, horizon(doc)))],
    rows: scenarios.map(({ id: scenarioId, name, projection }) => {
      const cells: ReportCell[] = [
        name,
        ...definitions.map((m): ReportCell => {
          if (m.kind === 'number') return m.read(projection);
          const category = m.read(projection);
          return category === null ? null : m.labels[category];
        }),
      ];
      // The actual reason for each missing figure, where the metric can tell.
      const why = [
        undefined,
        ...definitions.map((m, k) => (cells[k + 1] === null ? m.whyMissing?.(projection) : undefined)),
      ];
      return { id: scenarioId, cells, ...(why.some(Boolean) ? { why } : {}) };
    }),
  };
}

/** Every scenario's headline figures side by side (Compare, `causeway compare`). */
export function compareTable(doc: ScenarioDocument, scenarios: readonly ScenarioProjection[]): ReportTable {
  return headlineTable(doc, scenarios, HEADLINES.compare, 'compare', `${doc.meta.title}: scenarios compared`);
}

/** The Green Book appraisal of one scenario: present values, NPV, BCR, value for money, cost per job. */
export function appraisalTable(doc: ScenarioDocument, scenario: ScenarioProjection): ReportTable {
  return headlineTable(doc, [scenario], HEADLINES.appraisal, 'appraisal', `Appraisal, ${scenario.name}`);
}

/** The headline strip of one scenario. */
export function stripTable(doc: ScenarioDocument, scenario: ScenarioProjection): ReportTable {
  return headlineTable(doc, [scenario], HEADLINES.strip, 'headlines', `Headline results, ${scenario.name}`);
}

/** Area totals year by year: one row per year, the given series as columns (all of them by default). */
export function resultsByYearTable(
  doc: ScenarioDocument,
  { id, name, projection }: ScenarioProjection,
  series: readonly SeriesId[] = ALL_SERIES,
): ReportTable {
  const definitions = series.map((s) => SERIES[s]);
  const values = definitions.map((s) => s.read(projection));
  return {
    id: 'results-by-year',
    title: `Results year by year, ${name} (${id}), ${doc.area.name}`,
    priceBase: doc.prices.baseYear,
    columns: [yearColumn(), ...definitions.map(seriesColumn)],
    rows: projection.years.map((year, y) => ({
      id: String(year),
      cells: [year, ...values.map((v) => v[y] ?? null)],
    })),
  };
}

/** The statistics a Monte Carlo run reports for each headline metric, in the order tables show them. */
const STATISTICS = [
  { id: 'p5', label: 'p5' },
  { id: 'p10', label: 'p10' },
  { id: 'p50', label: 'p50' },
  { id: 'p90', label: 'p90' },
  { id: 'p95', label: 'p95' },
  { id: 'mean', label: 'Mean' },
] as const;

export type StatisticId = (typeof STATISTICS)[number]['id'];

/** The statistics summaries on screen and in the terminal show; exports have all of them. */
export const SUMMARY_STATISTICS: readonly StatisticId[] = ['p10', 'p50', 'p90', 'mean'];

/** The metrics the Monte Carlo run reports percentiles for, in catalogue order. */
export function uncertainMetrics(): NumberMetric[] {
  return ALL_METRICS.map((m) => METRICS[m]).filter(
    (m): m is NumberMetric => m.kind === 'number' && m.readUncertainty !== undefined,
  );
}

/**
 * Monte Carlo percentiles of the headline metrics: one row per statistic, one column per metric
 * (null where the metric is undefined in every draw, such as a BCR without costs).
 */
export function uncertaintyTable(
  doc: ScenarioDocument,
  u: UncertaintyResult,
  statistics: readonly StatisticId[] = STATISTICS.map((s) => s.id),
): ReportTable {
  const metrics = uncertainMetrics();
  const percentiles = metrics.map((m) => m.readUncertainty!(u));
  return {
    id: 'uncertainty',
    title: `Monte Carlo, ${u.samples} draws, seed ${u.seed}`,
    priceBase: doc.prices.baseYear,
    columns: [textColumn('statistic', 'Statistic'), ...metrics.map((m) => metricColumn(m, horizon(doc)))],
    rows: STATISTICS.filter((s) => statistics.includes(s.id)).map(({ id, label }) => ({
      id,
      cells: [label, ...percentiles.map((p) => (p ? p[id] : null))],
    })),
  };
}
