/**
 * The yearly quantities a projection reports for the area (the columns of the year-by-year table),
 * each with its unit, display precision and where to read it, so that the app's table, the CSV and
 * the CLI print the same columns from one definition. Headline metrics such as "net GVA in the final
 * year" are built from these in metrics.ts.
 */
import type { Percentiles, Projection, UncertaintyResult } from '../types.ts';
import type { Better } from './metrics.ts';
import type { UnitId } from './units.ts';

export type SeriesId =
  | 'baseline-gva'
  | 'projected-gva'
  | 'gross-gva'
  | 'net-gva'
  | 'baseline-jobs'
  | 'projected-jobs'
  | 'gross-jobs'
  | 'net-jobs'
  | 'baseline-productivity'
  | 'projected-productivity'
  | 'cost';

export interface SeriesDefinition {
  id: SeriesId;
  /** Plain UK English, no unit: "Net additional GVA". */
  label: string;
  /** For narrow places (table columns on screen, the CLI): "Net GVA". */
  short: string;
  unit: UnitId;
  /** Decimals shown and written to CSV. */
  precision: number;
  better: Better;
  /** What it is and is not, in one line. */
  description: string;
  /** One value per year of `projection.years`. */
  read(p: Projection): readonly number[];
  /** Monte Carlo percentiles by year, where the run reports them. */
  band?(u: UncertaintyResult): Percentiles;
}

const SERIES_LIST: SeriesDefinition[] = [
  {
    id: 'baseline-gva',
    label: 'Baseline GVA',
    short: 'Baseline GVA',
    unit: 'gbpMillions',
    precision: 1,
    better: 'none',
    description: 'GVA of the modelled sectors without any intervention; not a forecast of the whole economy.',
    read: (p) => p.total.baseline.gva,
  },
  {
    id: 'projected-gva',
    label: 'Projected GVA',
    short: 'Projected GVA',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description: 'Baseline GVA plus the net additional GVA of the scenario’s interventions.',
    read: (p) => p.total.projected.gva,
    band: (u) => u.total.projected.gva,
  },
  {
    id: 'gross-gva',
    label: 'Gross additional GVA',
    short: 'Gross GVA',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description: 'GVA the interventions generate before deadweight, displacement, leakage and multipliers.',
    read: (p) => p.total.grossImpact.gva,
  },
  {
    id: 'net-gva',
    label: 'Net additional GVA',
    short: 'Net GVA',
    unit: 'gbpMillions',
    precision: 1,
    better: 'higher',
    description: 'GVA the area gains after additionality; a yearly flow, not discounted.',
    read: (p) => p.total.netImpact.gva,
    band: (u) => u.total.netImpact.gva,
  },
  {
    id: 'baseline-jobs',
    label: 'Baseline jobs',
    short: 'Baseline jobs',
    unit: 'jobs',
    precision: 0,
    better: 'none',
    description: 'Jobs in the modelled sectors without any intervention, as counted in the baseline data.',
    read: (p) => p.total.baseline.jobs,
  },
  {
    id: 'projected-jobs',
    label: 'Projected jobs',
    short: 'Projected jobs',
    unit: 'jobs',
    precision: 0,
    better: 'higher',
    description: 'Baseline jobs plus the net additional jobs of the scenario’s interventions.',
    read: (p) => p.total.projected.jobs,
    band: (u) => u.total.projected.jobs,
  },
  {
    id: 'gross-jobs',
    label: 'Gross additional jobs',
    short: 'Gross jobs',
    unit: 'jobs',
    precision: 0,
    better: 'higher',
    description: 'Jobs the interventions create before additionality; not jobs the area gains.',
    read: (p) => p.total.grossImpact.jobs,
  },
  {
    id: 'net-jobs',
    label: 'Net additional jobs',
    short: 'Net jobs',
    unit: 'jobs',
    precision: 0,
    better: 'higher',
    description: 'Jobs the area gains in the year after additionality; a count in that year, not job-years.',
    read: (p) => p.total.netImpact.jobs,
    band: (u) => u.total.netImpact.jobs,
  },
  {
    id: 'baseline-productivity',
    label: 'Baseline productivity',
    short: 'Baseline productivity',
    unit: 'gbpPerJob',
    precision: 0,
    better: 'none',
    description: 'Baseline GVA per baseline job, in pounds; not output per hour.',
    read: (p) => p.total.baseline.productivity,
  },
  {
    id: 'projected-productivity',
    label: 'Projected productivity',
    short: 'Productivity',
    unit: 'gbpPerJob',
    precision: 0,
    better: 'higher',
    description: 'Projected GVA per projected job, in pounds; not output per hour.',
    read: (p) => p.total.projected.productivity,
    band: (u) => u.total.projected.productivity,
  },
  {
    id: 'cost',
    label: 'Public cost with optimism bias',
    short: 'Cost',
    unit: 'gbpMillions',
    precision: 1,
    better: 'lower',
    description: 'Public spending in the year with optimism bias added; not discounted.',
    read: (p) => p.total.cost,
  },
];

export const SERIES = Object.fromEntries(SERIES_LIST.map((s) => [s.id, s])) as Record<SeriesId, SeriesDefinition>;

/** Every yearly series in the order tables show them. */
export const ALL_SERIES: readonly SeriesId[] = SERIES_LIST.map((s) => s.id);
