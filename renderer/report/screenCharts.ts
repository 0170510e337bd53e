/**
 * The chart specifications (models/report charts) of the charts on screen, built from what each chart
 * component already holds, so that "Save image" writes the chart the user is looking at: same series,
 * same choice of measure, with its title, legend and price base.
 */
import {
  METRICS,
  actualSeries,
  logicModelSvg,
  type Indicator,
  type LogicNode,
  type SensitivityMetric,
  type ChartSeries,
  type ChartSpec,
  type Percentiles,
  type Projection,
  type ScenarioDocument,
  type UnitId,
  CHART_COLOURS as COLOURS,
} from '../engine.ts';

const UNIT_OF: Record<string, UnitId> = { gva: 'gbpMillions', jobs: 'jobs', productivity: 'gbpPerJob' };

/** Baseline against projected, with the Monte Carlo p10-p90 band (TrendChart). */
export function trendSpec(p: {
  id: string;
  title: string;
  years: number[];
  baseline: number[];
  projected: number[];
  band?: Percentiles | null;
}): ChartSpec {
  const series: ChartSeries[] = [];
  if (p.band)
    series.push({
      id: 'band',
      label: 'p10–p90 range',
      kind: 'area',
      colour: COLOURS.band,
      values: p.band.p90,
      lower: p.band.p10,
    });
  series.push(
    { id: 'baseline', label: 'Baseline', kind: 'line', colour: COLOURS.baseline, values: p.baseline, dashed: true },
    { id: 'projected', label: 'Projected', kind: 'line', colour: COLOURS.projected, values: p.projected },
  );
  return { id: p.id, title: p.title.replace(' · ', ', '), categories: p.years, series, unit: UNIT_OF[p.id] ?? 'value' };
}

/** Net additional GVA or jobs with the p5-p95 and p10-p90 fans (NetImpactFan). */
export function fanSpec(p: {
  title: string;
  years: number[];
  central: number[];
  band: Percentiles | null;
  metric: 'gva' | 'jobs';
}): ChartSpec {
  const series: ChartSeries[] = [];
  if (p.band)
    series.push(
      { id: 'outer', label: 'p5–p95', kind: 'area', colour: '#cfe0f3', values: p.band.p95, lower: p.band.p5 },
      { id: 'inner', label: 'p10–p90', kind: 'area', colour: COLOURS.band, values: p.band.p90, lower: p.band.p10 },
      {
        id: 'median',
        label: 'Median (p50)',
        kind: 'line',
        colour: COLOURS.projected,
        values: p.band.p50,
        dashed: true,
      },
    );
  series.push({ id: 'central', label: 'Central projection', kind: 'line', colour: COLOURS.net, values: p.central });
  return { id: `net-${p.metric}`, title: p.title, categories: p.years, series, unit: UNIT_OF[p.metric]! };
}

/** One series per intervention, sector or scenario: stacked bars (ImpactBreakdown) or lines (Compare). */
export function seriesSpec(p: {
  id: string;
  title: string;
  years: number[];
  metric: 'gva' | 'jobs';
  kind: 'bar' | 'line';
  series: { id: string; name: string; colour: string; values: readonly (number | null)[] }[];
}): ChartSpec {
  return {
    id: p.id,
    title: p.title,
    categories: p.years,
    unit: UNIT_OF[p.metric]!,
    bars: 'stacked',
    series: p.series.map((s) => ({ id: s.id, label: s.name, kind: p.kind, colour: s.colour, values: s.values })),
  };
}

/** Gross to net, step by step (Waterfall): totals, reductions and increases as floating bars. */
export function waterfallSpec(p: {
  title: string;
  steps: { name: string; range: [number, number]; kind: 'total' | 'down' | 'up' }[];
}): ChartSpec {
  const of = (kind: string) => p.steps.map((s) => (s.kind === kind ? s.range[1] : null));
  const from = (kind: string) => p.steps.map((s) => (s.kind === kind ? s.range[0] : null));
  const bar = (kind: 'total' | 'down' | 'up', label: string, colour: string): ChartSeries => ({
    id: kind,
    label,
    kind: 'bar',
    colour,
    values: of(kind),
    lower: from(kind),
  });
  return {
    id: 'waterfall',
    title: p.title,
    categories: p.steps.map((s) => s.name),
    unit: 'gbpMillions',
    bars: 'overlap',
    series: [bar('total', 'Gross and net', '#1f5fa8'), bar('down', 'Reduces', '#c2561a'), bar('up', 'Adds', '#2f8450')],
  };
}

/** The tornado on screen: each parameter at its low and high, bars from the central case. */
export function tornadoSpec(p: {
  title: string;
  unit: UnitId;
  base: number;
  bars: { name: string; atLow: number | null; atHigh: number | null }[];
}): ChartSpec {
  return {
    id: 'tornado',
    title: p.title,
    categories: p.bars.map((b) => b.name),
    unit: p.unit,
    bars: 'horizontal',
    base: p.base,
    series: [
      { id: 'low', label: 'At low', kind: 'bar', colour: '#c2561a', values: p.bars.map((b) => b.atLow) },
      { id: 'high', label: 'At high', kind: 'bar', colour: '#1f5fa8', values: p.bars.map((b) => b.atHigh) },
    ],
    height: Math.max(240, 120 + p.bars.length * 26),
  };
}

// What each chart component hands its "Save image" menu: one call with what the component holds.

type Band = { gva: Percentiles; jobs: Percentiles } | null;
const measure = (metric: 'gva' | 'jobs', prices: number) => (metric === 'gva' ? `GVA, £m (${prices} prices)` : 'jobs');

export function fanPicture(projection: Projection, band: Band, prices: number, metric: 'gva' | 'jobs') {
  return () => ({
    spec: fanSpec({
      title: `Net additional ${measure(metric, prices)}`,
      years: projection.years,
      central: projection.total.netImpact[metric],
      band: band ? band[metric] : null,
      metric,
    }),
  });
}

type Line = { key?: string; id?: string; name: string; colour: string };
export function breakdownPicture(
  doc: ScenarioDocument,
  projection: Projection,
  series: (Line & { key: string; values: number[] })[],
  metric: 'gva' | 'jobs',
  by: string,
) {
  return () => ({
    spec: seriesSpec({
      id: 'breakdown',
      title: `Net additional ${measure(metric, doc.prices.baseYear)} by ${by}`,
      years: projection.years,
      metric,
      kind: 'bar',
      series: series.map((s) => ({ id: s.key, name: s.name, colour: s.colour, values: s.values })),
    }),
  });
}

export function overlayPicture(
  doc: ScenarioDocument,
  data: Record<string, unknown>[],
  series: (Line & { id: string })[],
  metric: 'gva' | 'jobs',
) {
  return () => ({
    spec: seriesSpec({
      id: `compare-${metric}`,
      title: `Net additional ${measure(metric, doc.prices.baseYear)} by scenario`,
      years: data.map((d) => Number(d['year'])),
      metric,
      kind: 'line',
      series: series.map((s) => ({
        id: s.id,
        name: s.name,
        colour: s.colour,
        values: data.map((d) => (typeof d[s.id] === 'number' ? (d[s.id] as number) : null)),
      })),
    }),
  });
}

export function waterfallPicture(
  doc: ScenarioDocument,
  projection: Projection,
  steps: Parameters<typeof waterfallSpec>[0]['steps'],
) {
  return () => ({
    spec: waterfallSpec({
      title: `Gross to net additional GVA, ${projection.years[0]}–${projection.years.at(-1)} total, £m (${doc.prices.baseYear} prices)`,
      steps,
    }),
  });
}

export function tornadoPicture(
  doc: ScenarioDocument,
  metric: SensitivityMetric,
  unit: UnitId,
  base: number | null,
  bars: { name: string; atLow: number | null; atHigh: number | null }[],
) {
  return () =>
    base === null
      ? null
      : {
          spec: tornadoSpec({
            title: `Sensitivity of ${METRICS[metric].short}${unit === 'gbpMillions' ? `, £m (${doc.prices.baseYear} prices)` : ''}: each ranged input at its low and high`,
            unit,
            base,
            bars,
          }),
        };
}

export function diagramPicture(doc: ScenarioDocument) {
  return () => {
    const svg = logicModelSvg(doc, { limit: Number.POSITIVE_INFINITY });
    return svg ? { svg } : null;
  };
}

/**
 * An indicator's projection (its box's values over the horizon), observed actuals and target on one
 * axis of every year from the first to the last any of them has (ActualsChart). Actuals in
 * consecutive years are joined; a lone actual and the target are dots.
 */
export function actualsSpec(p: {
  node: LogicNode;
  indicator: Indicator;
  years: number[];
  projected: number[];
  scenarioName: string;
}): ChartSpec {
  const { indicator } = p;
  const actuals = new Map(actualSeries(indicator));
  const target =
    indicator.target !== undefined && indicator.targetYear !== undefined
      ? { year: indicator.targetYear, value: indicator.target }
      : null;
  const every = [...p.years, ...actuals.keys(), ...(target ? [target.year] : [])];
  const first = Math.min(...every);
  const categories = Array.from({ length: Math.max(...every) - first + 1 }, (_, k) => first + k);
  const projected = new Map(p.years.map((year, k) => [year, p.projected[k] ?? null]));
  const along = (value: (year: number) => number | null | undefined) => categories.map((y) => value(y) ?? null);
  const series: ChartSeries[] = [
    {
      id: 'projected',
      label: 'Projection',
      kind: 'line',
      colour: COLOURS.projected,
      values: along((y) => projected.get(y)),
    },
    { id: 'actuals', label: 'Actuals', kind: 'line', colour: COLOURS.net, values: along((y) => actuals.get(y)) },
  ];
  if (target)
    series.push({
      id: 'target',
      label: 'Target',
      kind: 'line',
      colour: COLOURS.cost,
      values: along((y) => (y === target.year ? target.value : null)),
    });
  return {
    id: `indicator-${p.node.id}-${indicator.id}`,
    title: `${indicator.name} (${indicator.unit}): actuals against the projection of “${p.node.label}”, ${p.scenarioName}`,
    categories,
    series,
    unit: 'value',
  };
}
