/**
 * The charts of a report, as specifications for chart.ts: the area's GVA, jobs and productivity
 * against the baseline (with the Monte Carlo p10-p90 band when a run is given), net additional GVA
 * by intervention, public cost against net additional GVA, the tornado, and every scenario's net
 * additional GVA side by side. Labels and units come from the SERIES catalogue.
 */
import type { Projection, ScenarioDocument, UncertaintyResult } from '../../types.ts';
import type { ScenarioProjection } from '../compare.ts';
import { SERIES, type SeriesId } from '../series.ts';
import type { SensitivityReport } from '../sensitivity.ts';
import { METRICS } from '../metrics.ts';
import { UNITS, unitNote } from '../units.ts';
import type { ChartSeries, ChartSpec } from './chart.ts';
import { CHART_COLOURS, paletteColour } from './palette.ts';

/**
 * Where the scenario's impact is too small to see against the whole area's economy (under 2% of its
 * GVA in the final year), the sector the impact lands in most, as the app's results view opens on;
 * null when the area total shows it.
 */
export function impactSector(p: Projection): string | null {
  const last = p.years.length - 1;
  const share = Math.abs(p.total.netImpact.gva[last] ?? 0) / Math.max(1e-9, Math.abs(p.total.baseline.gva[last] ?? 0));
  if (share >= 0.02) return null;
  let best: string | null = null;
  let bestValue = 0;
  for (const [id, s] of Object.entries(p.sectors)) {
    const value = s.netImpact.gva.reduce((a, b) => a + Math.abs(b), 0);
    if (value > bestValue) [best, bestValue] = [id, value];
  }
  return best;
}

const TRENDS: { id: string; baseline: SeriesId; projected: SeriesId; noun: string }[] = [
  { id: 'gva', baseline: 'baseline-gva', projected: 'projected-gva', noun: 'GVA' },
  { id: 'jobs', baseline: 'baseline-jobs', projected: 'projected-jobs', noun: 'Jobs' },
  { id: 'productivity', baseline: 'baseline-productivity', projected: 'projected-productivity', noun: 'Productivity' },
];

const unitText = (doc: ScenarioDocument, id: SeriesId) => {
  const note = SERIES[id].unit === 'jobs' ? '' : unitNote(SERIES[id].unit, doc.prices.baseYear);
  return note ? ` (${note})` : '';
};

/**
 * Baseline against projected, with the p10-p90 band of a Monte Carlo run: for the area, or for the
 * sector the impact lands in when it would not show against the area (impactSector).
 */
export function trendCharts(
  doc: ScenarioDocument,
  { name, projection: area }: ScenarioProjection,
  u?: UncertaintyResult | null,
): ChartSpec[] {
  const sectorId = impactSector(area);
  const sector = sectorId ? area.sectors[sectorId] : undefined;
  // A sector is read through the same SERIES definitions, as a projection whose total is that sector.
  const p: Projection = sector
    ? {
        ...area,
        total: { ...sector, cost: area.total.cost, privateCost: area.total.privateCost, socialGva: null },
      }
    : area;
  const scope = sector ? (doc.baseline.sectors.find((s) => s.id === sectorId)?.name ?? sectorId!) : doc.area.name;
  return TRENDS.map(({ id, baseline, projected, noun }) => {
    const series: ChartSeries[] = [];
    // Monte Carlo reports bands for the area total only.
    const band = u && !sector ? SERIES[projected].band?.(u) : undefined;
    if (band)
      series.push({
        id: 'band',
        label: 'p10–p90 range',
        kind: 'area',
        colour: CHART_COLOURS.band,
        values: band.p90,
        lower: band.p10,
      });
    series.push(
      {
        id: baseline,
        label: 'Baseline',
        kind: 'line',
        colour: CHART_COLOURS.baseline,
        values: SERIES[baseline].read(p),
        dashed: true,
      },
      {
        id: projected,
        label: 'Projected',
        kind: 'line',
        colour: CHART_COLOURS.projected,
        values: SERIES[projected].read(p),
      },
    );
    return {
      id: `${p.scenario}-${id}`,
      title: `${noun}${unitText(doc, projected)}, ${scope}: ${name}`,
      categories: p.years,
      series,
      unit: SERIES[projected].unit,
      ...(band && u
        ? { note: `Band: Monte Carlo p10 to p90, ${u.samples.toLocaleString('en-GB')} draws, seed ${u.seed}.` }
        : sector
          ? { note: `${scope}: the sector the impact lands in most; against the whole area it would not show.` }
          : {}),
    };
  });
}

/** Net additional GVA each year, stacked by intervention. */
export function netGvaByInterventionChart(
  doc: ScenarioDocument,
  { name, projection: p }: ScenarioProjection,
): ChartSpec {
  const series: ChartSeries[] = doc.interventions
    .map((i, k) => ({ i, k }))
    .filter(({ i }) => p.interventions[i.id])
    .map(({ i, k }) => ({
      id: i.id,
      label: i.name,
      kind: 'bar' as const,
      colour: paletteColour(k),
      values: p.interventions[i.id]!.netImpact.gva,
    }));
  return {
    id: `${p.scenario}-net-gva-by-intervention`,
    title: `Net additional GVA by intervention${unitText(doc, 'net-gva')}: ${name}`,
    categories: p.years,
    series,
    unit: 'gbpMillions',
    bars: 'stacked',
  };
}

/** Public cost with optimism bias (bars) against net additional GVA (line), year by year. */
export function costAndBenefitChart(doc: ScenarioDocument, { name, projection: p }: ScenarioProjection): ChartSpec {
  return {
    id: `${p.scenario}-cost-benefit`,
    title: `Public cost and net additional GVA${unitText(doc, 'cost')}: ${name}`,
    categories: p.years,
    series: [
      { id: 'cost', label: SERIES.cost.label, kind: 'bar', colour: CHART_COLOURS.cost, values: SERIES.cost.read(p) },
      {
        id: 'net-gva',
        label: SERIES['net-gva'].label,
        kind: 'line',
        colour: CHART_COLOURS.net,
        values: SERIES['net-gva'].read(p),
      },
    ],
    unit: 'gbpMillions',
  };
}

/** The tornado: the metric with each parameter at its low and its high, from the base case. */
export function tornadoChart(doc: ScenarioDocument, s: SensitivityReport, scenarioName: string, limit = 12): ChartSpec {
  const rows = s.rows.filter((r) => r.swing > 0).slice(0, limit);
  const metric = METRICS[s.metric];
  const unit = metric.kind === 'number' ? metric.unit : 'ratio';
  const note = unitNote(unit, doc.prices.baseYear);
  return {
    id: `${s.scenarioId}-tornado`,
    title: `Sensitivity of ${metric.short}${note ? ` (${note})` : ''}: ${scenarioName}`,
    categories: rows.map((r) => r.label),
    series: [
      {
        id: 'low',
        label: 'Parameter at its low',
        kind: 'bar',
        colour: CHART_COLOURS.low,
        values: rows.map((r) => r.atLow),
      },
      {
        id: 'high',
        label: 'Parameter at its high',
        kind: 'bar',
        colour: CHART_COLOURS.high,
        values: rows.map((r) => r.atHigh),
      },
    ],
    unit,
    bars: 'horizontal',
    base: s.base ?? 0,
    note: `Bars start at the base case (${metric.short} ${metric.kind === 'number' ? UNITS[metric.unit].format(s.base, metric.precision) : '–'}); every other parameter at its value.`,
    height: Math.max(240, 120 + rows.length * 26),
  };
}

/** Every scenario's net additional GVA over the years. */
export function compareChart(doc: ScenarioDocument, scenarios: readonly ScenarioProjection[]): ChartSpec {
  const first: Projection | undefined = scenarios[0]?.projection;
  return {
    id: 'compare-net-gva',
    title: `Net additional GVA by scenario${unitText(doc, 'net-gva')}, ${doc.area.name}`,
    categories: first?.years ?? [],
    series: scenarios.map((s, k) => ({
      id: s.id,
      label: s.name,
      kind: 'line',
      colour: paletteColour(k),
      values: SERIES['net-gva'].read(s.projection),
    })),
    unit: 'gbpMillions',
  };
}
