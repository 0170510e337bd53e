/**
 * The shapes of the engine's results: the deterministic projection (`causeway run --json`), the
 * appraisal and the Monte Carlo percentiles. Units as in docs/method.md: £m, jobs as a count, GBP per job.
 */

export interface SeriesGvaJobs {
  gva: number[];
  jobs: number[];
}
export interface SeriesWithProductivity extends SeriesGvaJobs {
  /** GBP per job. */
  productivity: number[];
}

export interface SectorProjection {
  baseline: SeriesWithProductivity;
  projected: SeriesWithProductivity;
  grossImpact: SeriesGvaJobs;
  netImpact: SeriesGvaJobs;
}

export interface InterventionProjection {
  grossImpact: SeriesGvaJobs;
  netImpact: SeriesGvaJobs;
  /** £m a year with optimism bias. */
  cost: number[];
}

export type VfmBand = 'poor' | 'low' | 'medium' | 'high' | 'very high';

export interface AppraisalResult {
  discountFactors: number[];
  pvBenefits: number;
  pvCosts: number;
  npv: number;
  bcr: number | null;
  /** GBP per net additional job (not £m); null when there are no net jobs. */
  costPerNetJob: number | null;
  /** null when the BCR is undefined (no costs). */
  vfm: VfmBand | null;
}

/** The deterministic projection of one scenario: the shape of `causeway run --json`. */
export interface Projection {
  scenario: string;
  years: number[];
  total: {
    baseline: SeriesWithProductivity;
    projected: SeriesWithProductivity;
    grossImpact: SeriesGvaJobs;
    netImpact: SeriesGvaJobs;
    cost: number[];
  };
  sectors: Record<string, SectorProjection>;
  interventions: Record<string, InterventionProjection>;
  nodes: Record<string, number[]>;
  appraisal: AppraisalResult;
}

export interface Percentiles {
  p5: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  p95: number[];
}
export interface ScalarPercentiles {
  mean: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
}

export interface UncertaintyResult {
  samples: number;
  seed: number;
  total: {
    projected: { gva: Percentiles; jobs: Percentiles; productivity: Percentiles };
    netImpact: { gva: Percentiles; jobs: Percentiles };
  };
  appraisal: {
    npv: ScalarPercentiles;
    /** Over the draws where the BCR is defined; null when none is. */
    bcr: ScalarPercentiles | null;
    costPerNetJob: ScalarPercentiles | null;
  };
}
