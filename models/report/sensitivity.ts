/**
 * The sensitivity section of a report: the tornado of NPV (each ranged parameter at its low and its
 * high, docs/method.md section 7) with each parameter's switching value (the value in its range at which
 * NPV = 0), as `causeway sensitivity` prints them, and the table reports show.
 */
import type { Result, ScenarioDocument } from '../types.ts';
import type { CompileOptions } from '../engine/compileScenario.ts';
import { findSwitchingValue, type SwitchingJump } from '../uncertainty/switching.ts';
import { runTornado, type SensitivityMetric } from '../uncertainty/tornado.ts';
import { METRICS } from './metrics.ts';
import { UNITS } from './units.ts';
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
  /** Set when the metric steps over the target (see SwitchingValue.jump). */
  switchingJump?: SwitchingJump;
  /** True when the metric does not move across the range (swing 0): no switching value is defined. */
  switchingFlat: boolean;
}

/** What a tornado bar needs for its switching value. */
interface SwitchingBar {
  id: string;
  swing: number;
}

/**
 * The switching value of one tornado bar, by the one rule the CLI, the app's reports and their
 * tables share: none when the metric does not move at all (a flat bar: every value "switches" or
 * none does), else the crossing found in the range, a jump across the target, or none in range.
 */
export function switchingOf(
  doc: ScenarioDocument,
  scenarioId: string,
  bar: SwitchingBar,
  options: CompileOptions & { metric: SensitivityMetric },
): Pick<SensitivityRow, 'switchingValue' | 'switchingJump' | 'switchingFlat'> {
  if (!(bar.swing > 0)) return { switchingValue: null, switchingFlat: true };
  const found = findSwitchingValue(doc, scenarioId, bar.id, options);
  const jump = found.ok ? found.value.jump : undefined;
  return {
    switchingValue: found.ok ? found.value.value : null,
    ...(jump ? { switchingJump: jump } : {}),
    switchingFlat: false,
  };
}

/**
 * Why a row has no switching value, in words ("none in range", "none: jumps from 0.93 to 1.11
 * between 6 and 7", "none: the measure does not move across the range"), or null when it has one.
 * `show` formats the metric, `value` the input.
 */
export function switchingInWords(
  row: Pick<SensitivityRow, 'switchingValue' | 'switchingJump' | 'switchingFlat'>,
  show: (metric: number) => string,
  value: (input: number) => string,
): string | null {
  if (row.switchingFlat) return 'none: the measure does not move across the range';
  if (row.switchingJump) {
    const j = row.switchingJump;
    return `none: jumps from ${show(j.metricFrom)} to ${show(j.metricTo)} between ${value(j.from)} and ${value(j.to)}`;
  }
  return row.switchingValue === null ? 'none in range' : null;
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
    return {
      id: bar.id,
      label: bar.label ?? doc.parameters[bar.id]?.label ?? bar.id,
      low: bar.low,
      high: bar.high,
      atLow: bar.atLow,
      atHigh: bar.atHigh,
      swing: bar.swing,
      ...switchingOf(doc, scenarioId, bar, { metric }),
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
  const column = metricColumn(metric, years);
  const showMetric = (v: number) => UNITS[column.unit].format(v, column.precision);
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
        undefinedWhen: 'none: see the next column',
      },
      textColumn('switching-none', 'Why there is none'),
    ],
    rows: report.rows.map((r) => ({
      id: r.id,
      cells: [
        r.id,
        r.label,
        r.low,
        r.high,
        r.atLow,
        r.atHigh,
        r.swing,
        r.switchingValue,
        switchingInWords(r, showMetric, (v) => UNITS.value.format(v, 4)),
      ],
    })),
  };
}
