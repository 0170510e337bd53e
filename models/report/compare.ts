/**
 * Every scenario of a file projected side by side, and the `causeway compare --json` shape read from
 * the metric catalogue (docs/contracts.md section 2), so that the JSON, the CLI table and the app's
 * Compare view cannot disagree about what a figure is.
 */
import { projectScenario } from '../engine/index.ts';
import type { Diagnostic, Projection, Result, ScenarioDocument, VfmBand } from '../types.ts';
import { METRICS, type MetricId } from './metrics.ts';

/** One scenario's projection with the names a table shows. */
export interface ScenarioProjection {
  id: string;
  name: string;
  projection: Projection;
}

/** One scenario's headline numbers (the shape of `causeway compare --json`). */
export interface ComparisonRow {
  id: string;
  name: string;
  /** Net additional GVA (£m) and jobs in the last year of the horizon. */
  finalYear: { netGva: number; netJobs: number };
  /** Net additional GVA summed over the horizon, £m, undiscounted. */
  cumulativeNetGva: number;
  npv: number;
  bcr: number | null;
  /** GBP per net additional job. */
  costPerNetJob: number | null;
  /** The band of the UK social BCR (null when that is not assessed). */
  vfm: VfmBand | null;
  /** UK social value (docs/contracts.md section 5): null when not assessed. */
  socialNpv: number | null;
  socialBcr: number | null;
  /** GBP per net job-year. */
  costPerNetJobYear: number | null;
}

/** A projection with its scenario's name, for tables; the id stands in if the scenario has gone. */
export function namedProjection(doc: ScenarioDocument, projection: Projection): ScenarioProjection {
  const scenario = doc.scenarios.find((s) => s.id === projection.scenario);
  return { id: projection.scenario, name: scenario?.name ?? projection.scenario, projection };
}

/**
 * Project every scenario of the file, in file order; fails if any scenario cannot be projected.
 * `project` lets the app pass its memoised projection so each scenario runs once.
 */
export function projectScenarios(
  doc: ScenarioDocument,
  project: (doc: ScenarioDocument, scenarioId: string) => Result<Projection> = projectScenario,
): Result<ScenarioProjection[]> {
  const rows: ScenarioProjection[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const scenario of doc.scenarios) {
    const result = project(doc, scenario.id);
    diagnostics.push(...result.diagnostics);
    if (result.ok) rows.push({ id: scenario.id, name: scenario.name, projection: result.value });
  }
  const unique = diagnostics.filter((d, i) => diagnostics.findIndex((e) => e.message === d.message) === i);
  if (unique.some((d) => d.severity === 'error')) return { ok: false, diagnostics: unique };
  return { ok: true, value: rows, diagnostics: unique };
}

const number = (id: MetricId, p: Projection): number | null => {
  const metric = METRICS[id];
  if (metric.kind !== 'number') throw new Error(`Metric "${id}" is not a number.`);
  return metric.read(p);
};

const band = (id: MetricId, p: Projection): VfmBand | null => {
  const metric = METRICS[id];
  if (metric.kind !== 'band') throw new Error(`Metric "${id}" is not a category.`);
  return metric.read(p);
};

/** The `compare --json` row of one projected scenario. */
export function comparisonRow({ id, name, projection: p }: ScenarioProjection): ComparisonRow {
  return {
    id,
    name,
    finalYear: { netGva: number('net-gva', p) ?? 0, netJobs: number('net-jobs', p) ?? 0 },
    cumulativeNetGva: number('net-gva-cumulative', p) ?? 0,
    npv: number('npv', p) ?? 0,
    bcr: number('bcr', p),
    costPerNetJob: number('cost-per-job', p),
    vfm: band('vfm', p),
    socialNpv: number('social-npv', p),
    socialBcr: number('social-bcr', p),
    costPerNetJobYear: number('cost-per-job-year', p),
  };
}

/** Every scenario's headline numbers in file order (`causeway compare --json`). */
export function compareScenarios(doc: ScenarioDocument): Result<ComparisonRow[]> {
  const projected = projectScenarios(doc);
  if (!projected.ok) return projected;
  return { ok: true, value: projected.value.map(comparisonRow), diagnostics: projected.diagnostics };
}
