/**
 * The sensitivity section of a report: the tornado of NPV (each ranged parameter at its low and its
 * high, docs/method.md section 7) with each parameter's switching value (the value in its range at which
 * NPV = 0), as `causeway sensitivity` prints them, and the table reports show.
 */
import type { Result, ScenarioDocument } from '../types.ts';
import { findSwitchingValue } from '../uncertainty/switching.ts';
import { runTornado, type SensitivityMetric } from '../uncertainty/tornado.ts';
import { METRICS } from './metrics.ts';
import { metricColumn, numberColumn, textColumn, type ReportTable } from './table.ts';

export interface SensitivityRow {
  id: string;
  label: string;
  low: number;
  high: number;
  atLow: number | null;
  atHigh: number | null;
  swing: number;
  /** The parameter value at which NPV = 0 (BCR = 1), or null when it is not within the range. */
  switchingValue: number | null;
}

export interface SensitivityReport {
  scenarioId: string;
  metric: SensitivityMetric;
  base: number | null;
  rows: SensitivityRow[];
}

/** The tornado and switching values of one scenario. */
export function sensitivityFor(
  doc: ScenarioDocument,
  scenarioId: string,
  metric: SensitivityMetric = 'npv',
): Result<SensitivityReport> {
  const tornado = runTornado(doc, scenarioId, { metric });
  if (!tornado.ok) return tornado;
  const rows = tornado.value.parameters.map((bar): SensitivityRow => {
    const switching = bar.swing > 0 ? findSwitchingValue(doc, scenarioId, bar.id, { metric }) : null;
    return {
      id: bar.id,
      label: bar.label ?? doc.parameters[bar.id]?.label ?? bar.id,
      low: bar.low,
      high: bar.high,
      atLow: bar.atLow,
      atHigh: bar.atHigh,
      swing: bar.swing,
      switchingValue: switching?.ok ? switching.value.value : null,
    };
  });
  return {
    ok: true,
    value: { scenarioId, metric, base: tornado.value.base, rows },
    diagnostics: tornado.diagnostics,
  };
}

/** One row per ranged parameter, largest swing first. */
export function sensitivityTable(doc: ScenarioDocument, report: SensitivityReport, scenarioName: string): ReportTable {
  const metric = METRICS[report.metric];
  const years = { start: doc.horizon.startYear, end: doc.horizon.endYear };
  const at = (id: string, label: string) => ({ ...metricColumn(metric, years), id, label, short: label });
  const target = report.metric === 'npv' ? 'NPV = 0' : 'BCR = 1';
  return {
    id: 'sensitivity',
    title: `Sensitivity of ${metric.short}, ${scenarioName}: each parameter at its low and high, others at their values`,
    priceBase: doc.prices.baseYear,
    columns: [
      textColumn('parameter', 'Parameter'),
      textColumn('label', 'Description'),
      numberColumn('low', 'Low', 'value', 6),
      numberColumn('high', 'High', 'value', 6),
      at('at-low', `${metric.short} at low`),
      at('at-high', `${metric.short} at high`),
      at('swing', 'Swing'),
      {
        ...numberColumn('switching', `Switching value (${target})`, 'value', 6),
        undefinedWhen: 'not within the range',
      },
    ],
    rows: report.rows.map((r) => ({
      id: r.id,
      cells: [r.id, r.label, r.low, r.high, r.atLow, r.atHigh, r.swing, r.switchingValue],
    })),
  };
}
