/**
 * The results tables of a report beyond the headline ones (tables.ts): every yearly series for the
 * area, each sector and each intervention side by side; the appraisal year by year; the yearly Monte
 * Carlo percentiles; and compact per-sector and per-intervention summaries for documents, where a
 * table must fit the width of a page. All are built from the catalogue (SERIES, METRICS, HEADLINES),
 * so a series or metric added there appears here without a change.
 */
import type { Projection, ScenarioDocument, UncertaintyResult } from '../types.ts';
import { centralValue, resolveScenario } from '../scenario/inheritance.ts';
import type { ScenarioProjection } from './compare.ts';
import { HEADLINES, METRICS, type MetricId } from './metrics.ts';
import { ALL_SERIES, SERIES, type SeriesId } from './series.ts';
import {
  metricColumn,
  numberColumn,
  seriesColumn,
  textColumn,
  yearColumn,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
} from './table.ts';

const horizon = (doc: ScenarioDocument) => ({ start: doc.horizon.startYear, end: doc.horizon.endYear });

/** The series a sector reports (its own baseline and projection) and an intervention (its impacts and cost). */
export const SECTOR_SERIES: readonly SeriesId[] = ALL_SERIES.filter((s) => s !== 'cost');
export const INTERVENTION_SERIES: readonly SeriesId[] = ['gross-gva', 'net-gva', 'gross-jobs', 'net-jobs', 'cost'];

/** What a sector's or an intervention's results are, read through the same SERIES definitions as the totals. */
interface Scope {
  kind: 'total' | 'sector' | 'intervention';
  id: string;
  name: string;
  series: readonly SeriesId[];
  projection: Projection;
}

function scopes(doc: ScenarioDocument, p: Projection): Scope[] {
  const none = p.years.map(() => Number.NaN);
  const empty = { gva: none, jobs: none, productivity: none };
  const sectors = doc.baseline.sectors
    .filter((s) => p.sectors[s.id])
    .map((s): Scope => {
      const sector = p.sectors[s.id]!;
      return {
        kind: 'sector',
        id: s.id,
        name: s.name,
        series: SECTOR_SERIES,
        projection: { ...p, total: { ...sector, cost: none, privateCost: none, socialGva: null } },
      };
    });
  const interventions = doc.interventions
    .filter((i) => p.interventions[i.id])
    .map((i): Scope => {
      const own = p.interventions[i.id]!;
      const total = { baseline: empty, projected: empty, ...own };
      return { kind: 'intervention', id: i.id, name: i.name, series: INTERVENTION_SERIES, projection: { ...p, total } };
    });
  return [
    { kind: 'total', id: 'total', name: doc.area.name, series: ALL_SERIES, projection: p },
    ...sectors,
    ...interventions,
  ];
}

/**
 * Every yearly series of the area total, of each sector and of each intervention the scenario
 * switches on: one row per year, columns grouped by scope ("Machinery: Net additional GVA").
 */
export function resultsByScopeTable(doc: ScenarioDocument, { id, name, projection }: ScenarioProjection): ReportTable {
  const groups = scopes(doc, projection);
  const columns: ReportColumn[] = [yearColumn()];
  const readers: (readonly number[])[] = [];
  for (const scope of groups) {
    for (const seriesId of scope.series) {
      const series = SERIES[seriesId];
      const base = seriesColumn(series);
      columns.push({
        ...base,
        id: `${scope.id}:${seriesId}`,
        label: `${scope.name}: ${base.label}`,
        short: `${scope.name}: ${base.short}`,
      });
      readers.push(series.read(scope.projection));
    }
  }
  return {
    id: 'results-by-scope',
    title: `Results year by year: area total, sectors and interventions, ${name} (${id})`,
    priceBase: doc.prices.baseYear,
    columns,
    rows: projection.years.map((year, y) => ({ id: String(year), cells: [year, ...readers.map((r) => r[y] ?? null)] })),
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The optimism bias a scenario applies to costs (its own, inherited, or the file's), at its central value. */
export function optimismBias(doc: ScenarioDocument, scenarioId: string): number {
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  return centralValue(scenario ? resolveScenario(doc, scenario).optimismBias.value : doc.appraisal.optimismBias);
}

/**
 * The Green Book appraisal year by year (docs/method.md section 6): discount factor, public cost before
 * and with optimism bias, present values, and a total row. Costs before optimism bias are the costs
 * with it divided by (1 + OB), which is how they were made.
 */
export function appraisalByYearTable(
  doc: ScenarioDocument,
  { id, name, projection: p }: ScenarioProjection,
): ReportTable {
  const ob = optimismBias(doc, id);
  const withOb = SERIES.cost.read(p);
  const before = withOb.map((c) => c / (1 + ob));
  const benefits = SERIES['net-gva'].read(p);
  const df = p.appraisal.discountFactors;
  const pvCosts = withOb.map((c, y) => c * (df[y] ?? 0));
  const pvBenefits = benefits.map((b, y) => b * (df[y] ?? 0));
  const money = (key: string, label: string, short: string) => numberColumn(key, label, 'gbpMillions', 2, { short });
  const columns = [
    yearColumn(),
    numberColumn('discount-factor', 'Discount factor', 'factor', 6),
    money('cost-before-ob', 'Public cost before optimism bias', 'Cost before OB'),
    money('cost', `Public cost with optimism bias (${formatShare(ob)})`, 'Cost with OB'),
    money('pv-cost', 'Present value of cost', 'PV cost'),
    money('net-gva', 'Net additional GVA (benefit)', 'Net GVA'),
    money('pv-benefit', 'Present value of benefit', 'PV benefit'),
    money('net-pv', 'Net present value in the year', 'Net PV'),
  ];
  const rows = p.years.map((year, y) => ({
    id: String(year),
    cells: [
      year,
      df[y] ?? null,
      before[y] ?? null,
      withOb[y] ?? null,
      pvCosts[y] ?? null,
      benefits[y] ?? null,
      pvBenefits[y] ?? null,
      (pvBenefits[y] ?? 0) - (pvCosts[y] ?? 0),
    ] as ReportCell[],
  }));
  rows.push({
    id: 'total',
    cells: [
      'Total',
      null,
      sum(before),
      sum(withOb),
      sum(pvCosts),
      sum(benefits),
      sum(pvBenefits),
      sum(pvBenefits) - sum(pvCosts),
    ],
  });
  return {
    id: 'appraisal-by-year',
    title: `Appraisal year by year, ${name} (${id}); discounted to ${p.years[0]}`,
    priceBase: doc.prices.baseYear,
    columns,
    rows,
  };
}

function formatShare(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** One row per scope (sector or intervention), the given metrics of that scope as columns. */
function scopeSummary(
  doc: ScenarioDocument,
  scenario: ScenarioProjection,
  kind: 'sector' | 'intervention',
  metrics: readonly MetricId[],
): ReportTable {
  const chosen = scopes(doc, scenario.projection).filter((s) => s.kind === kind);
  const definitions = metrics.map((m) => METRICS[m]);
  return {
    id: `${kind}-summary`,
    title: `${kind === 'sector' ? 'By sector' : 'By intervention'}, ${scenario.name}`,
    priceBase: doc.prices.baseYear,
    columns: [
      textColumn(kind, kind === 'sector' ? 'Sector' : 'Intervention'),
      ...definitions.map((m) => metricColumn(m, horizon(doc))),
    ],
    rows: chosen.map((scope) => ({
      id: scope.id,
      cells: [scope.name, ...definitions.map((m) => (m.kind === 'number' ? m.read(scope.projection) : null))],
    })),
  };
}

/** Net additional GVA and jobs per sector: one row per sector, for documents. */
export function sectorSummaryTable(doc: ScenarioDocument, scenario: ScenarioProjection): ReportTable {
  return scopeSummary(doc, scenario, 'sector', HEADLINES.reportScope);
}

/** Net additional GVA, jobs and cost per intervention: one row per intervention, for documents. */
export function interventionSummaryTable(doc: ScenarioDocument, scenario: ScenarioProjection): ReportTable {
  return scopeSummary(doc, scenario, 'intervention', [...HEADLINES.reportScope, 'total-cost']);
}

/** Monte Carlo percentiles year by year of every series that reports a band. */
export function yearlyPercentilesTable(
  doc: ScenarioDocument,
  scenario: ScenarioProjection,
  u: UncertaintyResult,
): ReportTable {
  const banded = ALL_SERIES.map((s) => SERIES[s]).filter((s) => s.band);
  const keys = ['p5', 'p10', 'p50', 'p90', 'p95'] as const;
  const columns: ReportColumn[] = [yearColumn()];
  const readers: (readonly number[])[] = [];
  for (const series of banded) {
    const band = series.band!(u);
    for (const key of keys) {
      const base = seriesColumn(series);
      columns.push({
        ...base,
        id: `${series.id}:${key}`,
        label: `${base.label} ${key}`,
        short: `${base.short} ${key}`,
      });
      readers.push(band[key]);
    }
  }
  return {
    id: 'yearly-percentiles',
    title: `Monte Carlo percentiles year by year, ${scenario.name} (${u.samples} draws, seed ${u.seed})`,
    priceBase: doc.prices.baseYear,
    columns,
    rows: scenario.projection.years.map((year, y) => ({
      id: String(year),
      cells: [year, ...readers.map((r) => r[y] ?? null)],
    })),
  };
}
