/**
 * The logframe: every monitoring indicator on the logic model's boxes (docs/contracts.md section 4) as
 * one report table, results first (impacts, then outcomes, down to inputs), with baseline, target,
 * actuals and source (the "means of verification"). The app's register, the CSV export and the
 * Excel and Word reports are renderings of this table.
 *
 * An indicator tracks its box when it is in the box's unit: then the box's projected value for the
 * target year is shown beside the target, and the app plots actuals against the box's projection.
 */
import type { Indicator, LogicNode, Projection, ScenarioDocument, Stage } from '../types.ts';
import { numberColumn, textColumn, yearColumn, type ReportTable } from './table.ts';

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

const yearCol = (id: string, label: string) => ({ ...yearColumn(), id, label, short: label });

/**
 * The logframe table. With a projection, indicators that track their box show its projected value
 * in the target year (for the scenario projected).
 */
export function logframeTable(doc: ScenarioDocument, projection?: Projection): ReportTable {
  const rows: ReportTable['rows'] = [];
  for (const node of boxesWithIndicators(doc)) {
    for (const indicator of node.indicators ?? []) {
      const actuals = actualSeries(indicator);
      const latest = actuals[actuals.length - 1];
      const y = indicator.targetYear === undefined ? -1 : (projection?.years.indexOf(indicator.targetYear) ?? -1);
      const projected =
        projection && y >= 0 && indicatorTracksBox(node, indicator) ? (projection.nodes[node.id]?.[y] ?? null) : null;
      rows.push({
        id: `${node.id}:${indicator.id}`,
        cells: [
          LEVEL_NAMES[node.stage],
          node.label,
          indicator.name,
          indicator.unit,
          indicator.baseline ?? null,
          indicator.baselineYear ?? null,
          indicator.target ?? null,
          indicator.targetYear ?? null,
          latest?.[1] ?? null,
          latest?.[0] ?? null,
          actuals.map(([year, value]) => `${year}: ${value}`).join('; ') || null,
          projected,
          indicator.source ?? null,
        ],
      });
    }
  }
  return {
    id: 'logframe',
    title: 'Logframe: monitoring indicators',
    priceBase: doc.prices.baseYear,
    columns: [
      textColumn('level', 'Level'),
      textColumn('box', 'Box'),
      textColumn('indicator', 'Indicator'),
      textColumn('unit', 'Unit'),
      numberColumn('baseline', 'Baseline', 'value', 4),
      yearCol('baseline-year', 'Baseline year'),
      numberColumn('target', 'Target', 'value', 4),
      yearCol('target-year', 'Target year'),
      numberColumn('latest-actual', 'Latest actual', 'value', 4),
      yearCol('latest-year', 'Latest actual year'),
      textColumn('actuals', 'Actuals by year'),
      numberColumn('projected', 'Projected in the target year', 'value', 4, { short: 'Projected' }),
      textColumn('source', 'Source (means of verification)', 'Source'),
    ],
    rows,
  };
}
