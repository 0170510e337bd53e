/**
 * The logframe: every monitoring indicator on the logic model's boxes (docs/contracts.md section 4) as
 * one report table, results first (impacts, then outcomes, down to inputs), with baseline, target,
 * actuals and source (the "means of verification"). The app's register and the CSV export are
 * renderings of this table; the reports' indicators annex is a narrower view by the same builder.
 *
 * An indicator tracks its box when it is in the box's unit: then the box's projected value for the
 * target year is shown beside the target, and the app plots actuals against the box's projection.
 */
import type { Indicator, LogicNode, Projection, ScenarioDocument, Stage } from '../types.ts';
import { numberColumn, textColumn, yearColumn, type ReportCell, type ReportColumn, type ReportTable } from './table.ts';

/** Results first, as a logframe reads. */
const LEVEL_ORDER: readonly Stage[] = ['impact', 'outcome', 'output', 'activity', 'input'];
const LEVEL_NAMES: Record<Stage, string> = {
  impact: 'Impact',
  outcome: 'Outcome',
  output: 'Output',
  activity: 'Activity',
  input: 'Input',
};

const sameUnit = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether the indicator measures the box's own quantity (it is in the box's unit). */
export function indicatorTracksBox(node: LogicNode, indicator: Indicator): boolean {
  return node.expr !== undefined && sameUnit(node.unit, indicator.unit);
}

/** The indicator's actuals as [year, value], in year order. */
export function actualSeries(indicator: Indicator): [number, number][] {
  return Object.entries(indicator.actuals ?? {})
    .map(([year, value]): [number, number] => [Number(year), value])
    .sort((a, b) => a[0] - b[0]);
}

/** Every box with indicators, results first, in file order within a level. */
export function boxesWithIndicators(doc: ScenarioDocument): LogicNode[] {
  return LEVEL_ORDER.flatMap((stage) =>
    doc.logicModel.nodes.filter((n) => n.stage === stage && (n.indicators ?? []).length > 0),
  );
}

/**
 * How an indicator's figures read, from its free-text unit: money in £ million, a share (a fraction
 * shown as a percentage), or anything else counted in whole units (firms, jobs, workers).
 */
export type IndicatorKind = 'gbpMillions' | 'share' | 'count';

export function indicatorKind(unit: string | undefined): IndicatorKind {
  const u = (unit ?? '').trim().toLowerCase();
  if (u.startsWith('£m')) return 'gbpMillions';
  if (/^(share|proportion|fraction)\b/.test(u)) return 'share';
  return 'count';
}

/** Decimals a figure keeps: £0.1m, a tenth of a percentage point (0.001 of a share), whole counts. */
const KEPT_DECIMALS: Record<IndicatorKind, number> = { gbpMillions: 1, share: 3, count: 0 };

/**
 * A projected figure rounded as the indicator's unit is read: the model's 6.9461 (£m) is "6.9", its
 * 21.1878 jobs are 21. Targets are round numbers; a projection beside them should not look precise.
 */
export function roundIndicatorValue(unit: string | undefined, x: number): number {
  const scale = 10 ** KEPT_DECIMALS[indicatorKind(unit)];
  return Math.round(x * scale) / scale;
}

const yearCol = (id: string, label: string) => ({ ...yearColumn(), id, label, short: label });

/** One indicator on its box, with its actuals in year order and the box's projected value (or null). */
interface IndicatorRow {
  node: LogicNode;
  indicator: Indicator;
  actuals: [number, number][];
  projected: number | null;
}

/** A column of an indicator table and how a row fills it. */
interface IndicatorColumn {
  column: ReportColumn;
  cell: (row: IndicatorRow) => ReportCell;
}

const latest = (row: IndicatorRow) => row.actuals[row.actuals.length - 1];

/** Every column an indicator table can have; the logframe has them all, in this order. */
const COLUMNS = {
  level: { column: textColumn('level', 'Level'), cell: (r) => LEVEL_NAMES[r.node.stage] },
  box: { column: textColumn('box', 'Box'), cell: (r) => r.node.label },
  indicator: { column: textColumn('indicator', 'Indicator'), cell: (r) => r.indicator.name },
  unit: { column: textColumn('unit', 'Unit'), cell: (r) => r.indicator.unit },
  baseline: { column: numberColumn('baseline', 'Baseline', 'value', 4), cell: (r) => r.indicator.baseline ?? null },
  baselineYear: { column: yearCol('baseline-year', 'Baseline year'), cell: (r) => r.indicator.baselineYear ?? null },
  target: { column: numberColumn('target', 'Target', 'value', 4), cell: (r) => r.indicator.target ?? null },
  targetYear: { column: yearCol('target-year', 'Target year'), cell: (r) => r.indicator.targetYear ?? null },
  latestActual: {
    column: numberColumn('latest-actual', 'Latest actual', 'value', 4),
    cell: (r) => latest(r)?.[1] ?? null,
  },
  latestYear: { column: yearCol('latest-year', 'Latest actual year'), cell: (r) => latest(r)?.[0] ?? null },
  actuals: {
    column: textColumn('actuals', 'Actuals by year'),
    cell: (r) => r.actuals.map(([year, value]) => `${year}: ${value}`).join('; ') || null,
  },
  projected: {
    column: numberColumn('projected', 'Projected in the target year', 'value', 4, { short: 'Projected' }),
    cell: (r) => r.projected,
  },
  source: {
    column: textColumn('source', 'Source (means of verification)', 'Source'),
    cell: (r) => r.indicator.source ?? null,
  },
} satisfies Record<string, IndicatorColumn>;

/** The one builder of indicator tables: a row per indicator of the given boxes, in their order. */
function indicatorTable(
  doc: ScenarioDocument,
  head: { id: string; title: string },
  nodes: readonly LogicNode[],
  columns: readonly IndicatorColumn[],
  projection?: Projection,
): ReportTable {
  const rows = nodes.flatMap((node) =>
    (node.indicators ?? []).map((indicator) => {
      const y = indicator.targetYear === undefined ? -1 : (projection?.years.indexOf(indicator.targetYear) ?? -1);
      const value =
        projection && y >= 0 && indicatorTracksBox(node, indicator) ? projection.nodes[node.id]?.[y] : undefined;
      const projected = value === undefined ? null : roundIndicatorValue(indicator.unit, value);
      const row: IndicatorRow = { node, indicator, actuals: actualSeries(indicator), projected };
      return { id: `${node.id}:${indicator.id}`, cells: columns.map((c) => c.cell(row)) };
    }),
  );
  return { ...head, priceBase: doc.prices.baseYear, columns: columns.map((c) => c.column), rows };
}

/**
 * The logframe table. With a projection, indicators that track their box show its projected value
 * in the target year (for the scenario projected).
 */
export function logframeTable(doc: ScenarioDocument, projection?: Projection): ReportTable {
  return indicatorTable(
    doc,
    { id: 'logframe', title: 'Logframe: monitoring indicators' },
    boxesWithIndicators(doc),
    Object.values(COLUMNS),
    projection,
  );
}

/** A column under a shorter heading. */
const headed = (c: IndicatorColumn, label: string): IndicatorColumn => ({
  ...c,
  column: { ...c.column, label, short: label },
});

/**
 * The reports' annex of indicators: the logframe without levels, latest actuals or projections, boxes
 * in file order after the boxes table; null where no box has an indicator.
 */
export function indicatorsTable(doc: ScenarioDocument): ReportTable | null {
  const c = COLUMNS;
  const table = indicatorTable(doc, { id: 'indicators', title: 'Monitoring indicators' }, doc.logicModel.nodes, [
    c.box,
    c.indicator,
    c.unit,
    c.baseline,
    c.baselineYear,
    c.target,
    c.targetYear,
    headed(c.actuals, 'Actuals'),
    headed(c.source, 'Source'),
  ]);
  return table.rows.length === 0 ? null : table;
}
