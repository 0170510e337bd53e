/**
 * The catalogue of headline metrics: every figure the KPI strip, the appraisal panel, Compare, the
 * CSV exports and the CLI show about a scenario is defined here once, with its label, unit, display
 * precision, which direction is better, what it is (and is not), and how to read it from a
 * projection and, where the Monte Carlo run reports percentiles, from those. Adding a metric is one
 * entry here plus its place in a headline list below.
 */
import type { Projection, ScalarPercentiles, UncertaintyResult, VfmBand } from '../types.ts';
import { localMissingReason, socialMissingReason } from './missingReasons.ts';
import { SERIES, type SeriesId } from './series.ts';
import type { UnitId } from './units.ts';

export type Better = 'higher' | 'lower' | 'none';

/**
 * Which years a figure covers, which decides what its heading adds: "Net GVA 2040" for the final
 * year, "Net GVA 2026–2040" for a sum over the horizon, nothing for an appraisal over the horizon.
 * A 'peak' figure is the largest yearly value, whose year differs by scenario: its heading says
 * "peak" and its `basis` names the year.
 */
export type Period = 'final-year' | 'horizon' | 'appraisal' | 'peak';

interface MetricCommon {
  id: string;
  /** Plain UK English, no unit, no year: "Net present value". */
  label: string;
  /** For narrow places (the KPI strip, table columns): "NPV". */
  short: string;
  period: Period;
  better: Better;
  /** What it is and is not, in one line. */
  description: string;
  /** Why the figure can be missing, said in full where there is room: "no costs". */
  undefinedWhen?: string;
  /**
   * What a missing figure is called where it is shown: "Not assessed" for measures that need
   * something the file does not state (docs/method.md sections 11-12); "Not defined" or "–" otherwise.
   */
  missingLabel?: string;
  /** Why this projection's figure is missing, when it is, in as few words as `undefinedWhen`. */
  whyMissing?(p: Projection): string | undefined;
}

export interface NumberMetric extends MetricCommon {
  kind: 'number';
  unit: Exclude<UnitId, 'text'>;
  /** Decimals shown and written to CSV. */
  precision: number;
  /** The figure, or null where it is not defined (a BCR without costs). */
  read(p: Projection): number | null;
  /** Monte Carlo percentiles where the run reports them (null when undefined in every draw). */
  readUncertainty?(u: UncertaintyResult): ScalarPercentiles | null;
  /**
   * What the figure is measured on in this projection, said beside it so that no figure is read
   * against a year the screen does not show: "in 2030", "per net job at the peak, 2030".
   */
  basis?(p: Projection): string | null;
}

/** A category read from the projection, such as the value-for-money band. */
export interface BandMetric extends MetricCommon {
  kind: 'band';
  read(p: Projection): VfmBand | null;
  /** How each category is written for people. */
  labels: Record<VfmBand, string>;
}

export type Metric = NumberMetric | BandMetric;

const finalYear = (id: SeriesId) => (p: Projection) => SERIES[id].read(p).at(-1) ?? null;

/**
 * Index of a series' largest value, the first if several tie (docs/method.md section 6: cost per net
 * job divides by "the largest yearly total of net additional jobs"); -1 for an empty series.
 */
function peakIndex(values: readonly number[]): number {
  let best = -1;
  for (let y = 0; y < values.length; y++) if (best < 0 || values[y]! > values[best]!) best = y;
  return best;
}
const peakValue = (id: SeriesId) => (p: Projection) => {
  const values = SERIES[id].read(p);
  const k = peakIndex(values);
  return k < 0 ? null : values[k]!;
};
/** The calendar year of a series' peak, or null when there is no positive peak to speak of. */
export function peakYear(id: SeriesId, p: Projection): number | null {
  const values = SERIES[id].read(p);
  const k = peakIndex(values);
  return k < 0 || !(values[k]! > 0) ? null : (p.years[k] ?? null);
}
const inPeakYear = (id: SeriesId) => (p: Projection) => {
  const year = peakYear(id, p);
  return year === null ? null : `in ${year}`;
};
// Summed in year order from zero, exactly as `compare --json` always has (byte-identical output).
const overHorizon = (id: SeriesId) => (p: Projection) => SERIES[id].read(p).reduce((a, b) => a + b, 0);

const METRIC_LIST = [
  {
    id: 'net-gva',
    kind: 'number',
    label: 'Net additional GVA',
    short: 'Net GVA',
    period: 'final-year',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description: 'Net additional GVA in the last year of the horizon; one year, not a total or a present value.',
    read: finalYear('net-gva'),
  },
  {
    id: 'net-jobs',
    kind: 'number',
    label: 'Net additional jobs',
    short: 'Net jobs',
    period: 'final-year',
    unit: 'jobs',
    precision: 0,
    better: 'higher',
    description: 'Net additional jobs in the last year of the horizon; not the peak and not job-years.',
    read: finalYear('net-jobs'),
  },
  {
    id: 'net-gva-cumulative',
    kind: 'number',
    label: 'Net additional GVA',
    short: 'Net GVA',
    period: 'horizon',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description: 'Net additional GVA summed over every year of the horizon, undiscounted; not a present value.',
    read: overHorizon('net-gva'),
  },
  {
    id: 'total-cost',
    kind: 'number',
    label: 'Public cost with optimism bias',
    short: 'Cost',
    period: 'horizon',
    unit: 'gbpMillions',
    precision: 1,
    better: 'lower',
    description:
      'Public cost with optimism bias summed over every year of the horizon, undiscounted; not a present value.',
    read: overHorizon('cost'),
  },
  {
    id: 'pv-benefits',
    kind: 'number',
    label: 'Present value of net local GVA',
    short: 'PV local GVA',
    period: 'appraisal',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description:
      'Net additional local GVA discounted to the present-value year and summed: what the area gains, not UK social value.',
    read: (p) => p.appraisal.pvBenefits,
  },
  {
    id: 'pv-costs',
    kind: 'number',
    label: 'Present value of public costs (with optimism bias)',
    short: 'PV public costs',
    period: 'appraisal',
    unit: 'gbpMillions',
    precision: 1,
    better: 'lower',
    description: 'Public costs with optimism bias, discounted and summed; private costs are not included.',
    read: (p) => p.appraisal.pvCosts,
  },
  {
    id: 'npv',
    kind: 'number',
    label: 'Net local GVA less public cost (present value)',
    short: 'Local NPV',
    period: 'appraisal',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description:
      'Present value of net local GVA less present value of public costs; not a cash surplus and not UK social value.',
    read: (p) => p.appraisal.npv,
    readUncertainty: (u) => u.appraisal.npv,
  },
  {
    id: 'bcr',
    kind: 'number',
    label: 'Net local GVA per £1 of public cost',
    short: 'Local GVA per £1',
    period: 'appraisal',
    unit: 'ratio',
    precision: 2,
    better: 'higher',
    description:
      'The local economic return: present value of net local GVA per pound of public cost. Not a Green Book BCR and carries no value-for-money band.',
    undefinedWhen: 'no public costs, or no GVA impact switched on',
    missingLabel: 'Not assessed',
    whyMissing: localMissingReason,
    read: (p) => p.appraisal.bcr,
    readUncertainty: (u) => u.appraisal.bcr,
  },
  {
    id: 'social-pv-benefits',
    kind: 'number',
    label: 'Present value of UK social benefits',
    short: 'PV UK benefits',
    period: 'appraisal',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description:
      'Net local GVA that is additional for the UK (less national displacement; output benefits only for jobs filled by people otherwise not in work), discounted.',
    undefinedWhen: 'an intervention has no national factors',
    missingLabel: 'Not assessed',
    whyMissing: socialMissingReason,
    read: (p) => p.appraisal.social.pvBenefits,
  },
  {
    id: 'social-pv-private-costs',
    kind: 'number',
    label: 'Present value of private costs (with optimism bias)',
    short: 'PV private costs',
    period: 'appraisal',
    unit: 'gbpMillions',
    precision: 1,
    better: 'lower',
    description:
      'Private costs such as firms’ co-investment, with optimism bias, discounted; they count against UK social value only.',
    read: (p) => p.appraisal.social.pvPrivateCosts,
  },
  {
    id: 'social-npv',
    kind: 'number',
    label: 'Net present social value (UK)',
    short: 'UK NPSV',
    period: 'appraisal',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description: 'Present value of UK social benefits less private and public costs (Green Book).',
    undefinedWhen: 'an intervention has no national factors',
    missingLabel: 'Not assessed',
    whyMissing: socialMissingReason,
    read: (p) => p.appraisal.social.npv,
    readUncertainty: (u) => u.appraisal.socialNpv,
  },
  {
    id: 'social-bcr',
    kind: 'number',
    label: 'UK social BCR (Green Book)',
    short: 'UK social BCR',
    period: 'appraisal',
    unit: 'ratio',
    precision: 2,
    better: 'higher',
    description: 'UK social benefits less private costs, per pound of public cost (Green Book, MHCLG Appraisal Guide).',
    undefinedWhen: 'national factors missing, no public costs, or no GVA impact switched on',
    missingLabel: 'Not assessed',
    whyMissing: socialMissingReason,
    read: (p) => p.appraisal.social.bcr,
    readUncertainty: (u) => u.appraisal.socialBcr,
  },
  {
    id: 'vfm',
    kind: 'band',
    label: 'Value-for-money category (UK social BCR)',
    short: 'Value for money',
    period: 'appraisal',
    better: 'higher',
    description:
      'The band of the UK social BCR (poor < 1, low 1–1.5, medium 1.5–2, high 2–4, very high ≥ 4); the local return has none. Not a judgement.',
    undefinedWhen: 'the UK social BCR is not assessed',
    missingLabel: 'Not assessed',
    // The band is missing exactly when the social BCR is: give that figure's own reason.
    whyMissing: socialMissingReason,
    read: (p) => p.appraisal.vfm,
    labels: { poor: 'Poor', low: 'Low', medium: 'Medium', high: 'High', 'very high': 'Very high' },
  },
  {
    id: 'cost-per-job',
    kind: 'number',
    label: 'Cost per net additional job',
    short: 'Cost per net job',
    period: 'appraisal',
    unit: 'gbpPerJob',
    precision: 0,
    better: 'lower',
    description:
      'Undiscounted public cost with optimism bias, in pounds, per net additional job in the peak year; not per job-year.',
    undefinedWhen: 'no net jobs',
    read: (p) => p.appraisal.costPerNetJob,
    readUncertainty: (u) => u.appraisal.costPerNetJob,
    basis: (p) => {
      const year = peakYear('net-jobs', p);
      return year === null ? null : `per net job at the peak, ${year}`;
    },
  },
  {
    id: 'net-gva-peak',
    kind: 'number',
    label: 'Net additional GVA in the peak year',
    short: 'Peak net GVA',
    period: 'peak',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description: 'The largest yearly net additional GVA over the horizon; one year, not a total.',
    read: peakValue('net-gva'),
    basis: inPeakYear('net-gva'),
  },
  {
    id: 'net-gva-peak-year',
    kind: 'number',
    label: 'Year of peak net additional GVA',
    short: 'Peak GVA year',
    period: 'peak',
    unit: 'year',
    precision: 0,
    better: 'none',
    description: 'The first year in which net additional GVA is at its largest; none when it is never positive.',
    undefinedWhen: 'no positive net GVA',
    read: (p) => peakYear('net-gva', p),
  },
  {
    id: 'net-jobs-peak',
    kind: 'number',
    label: 'Net additional jobs in the peak year',
    short: 'Peak net jobs',
    period: 'peak',
    unit: 'jobs',
    precision: 0,
    better: 'higher',
    description: 'The largest yearly count of net additional jobs; the divisor of cost per net job.',
    read: peakValue('net-jobs'),
    basis: inPeakYear('net-jobs'),
  },
  {
    id: 'net-jobs-peak-year',
    kind: 'number',
    label: 'Year of peak net additional jobs',
    short: 'Peak jobs year',
    period: 'peak',
    unit: 'year',
    precision: 0,
    better: 'none',
    description: 'The first year in which net additional jobs are at their largest; none when never positive.',
    undefinedWhen: 'no positive net jobs',
    read: (p) => peakYear('net-jobs', p),
  },
  {
    id: 'net-jobs-cumulative',
    kind: 'number',
    label: 'Net additional job-years',
    short: 'Net job-years',
    period: 'horizon',
    unit: 'jobYears',
    precision: 0,
    better: 'higher',
    description: 'Net additional jobs summed over every year of the horizon (one job for ten years is ten job-years).',
    read: overHorizon('net-jobs'),
  },
  {
    id: 'cost-per-job-year',
    kind: 'number',
    label: 'Cost per net job-year',
    short: 'Cost per job-year',
    period: 'appraisal',
    unit: 'gbpPerJobYear',
    precision: 0,
    better: 'lower',
    description:
      'Undiscounted public cost with optimism bias, in pounds, per year of net additional employment (net jobs summed over the years), as evaluations quote it; not per job.',
    undefinedWhen: 'no net job-years',
    read: (p) => p.appraisal.costPerNetJobYear,
    readUncertainty: (u) => u.appraisal.costPerNetJobYear,
  },
] as const satisfies readonly Metric[];

export type MetricId = (typeof METRIC_LIST)[number]['id'];

export const METRICS = Object.fromEntries(METRIC_LIST.map((m) => [m.id, m])) as unknown as Record<MetricId, Metric>;

/** Every metric in catalogue order. */
export const ALL_METRICS: readonly MetricId[] = METRIC_LIST.map((m) => m.id);

// Which metrics each place shows (the strip, Compare, reports...): models/report/headlines.ts.
export { HEADLINES } from './headlines.ts';

/** The heading of a metric over the given years: "Net GVA 2040", "Net GVA 2026–2040", "NPV". */
export function metricHeading(metric: Metric, years: { start: number; end: number }, form: 'label' | 'short'): string {
  const text = metric[form];
  if (metric.period === 'final-year') return `${text} ${years.end}`;
  if (metric.period === 'horizon') return `${text} ${years.start}–${years.end}`;
  return text;
}

/** What a figure is measured on in this projection ("in 2030"), or null when its heading says it all. */
export function metricBasis(metric: Metric, p: Projection): string | null {
  return metric.kind === 'number' && metric.basis ? metric.basis(p) : null;
}
