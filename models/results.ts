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
  /** Public cost, £m a year real, with optimism bias. */
  cost: number[];
  /** Private cost (role privateCost), £m a year real, with optimism bias. */
  privateCost: number[];
  /** UK social value of its GVA, £m a year (docs/method.md section 11); null when not assessed. */
  socialGva: number[] | null;
}

export type VfmBand = 'poor' | 'low' | 'medium' | 'high' | 'very high';

/** The local economic return (docs/method.md section 11): what the area gains, not a Green Book BCR. */
export interface LocalAppraisal {
  /** Present value of net additional local GVA, £m. */
  pvBenefits: number;
  /** pvBenefits less the present value of public costs with optimism bias, £m. */
  npv: number;
  /** Net local GVA per £1 of public cost; null when there are no costs or no GVA impact is switched on. */
  bcr: number | null;
  /** Why bcr is null; absent when it is a number. */
  reason?: string;
}

/** UK social value, the Green Book view (docs/method.md section 11). */
export interface SocialAppraisal {
  /** PV of the UK-additional GVA, £m; null when an intervention is not assessed (never 0 for "unknown"). */
  pvBenefits: number | null;
  /** PV of private costs with optimism bias, £m. */
  pvPrivateCosts: number;
  /** PV of public costs with optimism bias, £m. */
  pvPublicCosts: number;
  /** Net present social value: benefits less private and public costs, £m; null when not assessed. */
  npv: number | null;
  /** (pvBenefits - pvPrivateCosts) / pvPublicCosts; null when not assessed, without public costs or GVA. */
  bcr: number | null;
  /** The value-for-money band of the social BCR. */
  vfm: VfmBand | null;
  /** Switched-on interventions whose UK social value is not assessed (no national factors, or a GVA node without a benefit kind). */
  notAssessed: string[];
  /** Why a measure is null, and what to set; absent when all are numbers. */
  reason?: string;
}

export interface AppraisalResult {
  /** By horizon year, discounted to presentValueYear. */
  discountFactors: number[];
  /** The local measures, as in version 1 (same as local.pvBenefits, local.npv, local.bcr). */
  pvBenefits: number;
  /** Public costs with optimism bias, £m. */
  pvCosts: number;
  npv: number;
  bcr: number | null;
  /** GBP per net additional job in the peak year (not £m); null when there are no net jobs. */
  costPerNetJob: number | null;
  /** The band of the UK social BCR; null when that is not assessed or undefined. The local return has no band. */
  vfm: VfmBand | null;
  local: LocalAppraisal;
  social: SocialAppraisal;
  /** GBP of undiscounted public cost per net job-year (jobs summed over the years); null when that sum <= 0. */
  costPerNetJobYear: number | null;
  /** The year values are discounted to. */
  presentValueYear: number;
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
    /** Public cost with optimism bias, £m a year. */
    cost: number[];
    /** Private cost with optimism bias, £m a year. */
    privateCost: number[];
    /** UK social value, £m a year; null when an intervention is not assessed. */
    socialGva: number[] | null;
  };
  sectors: Record<string, SectorProjection>;
  interventions: Record<string, InterventionProjection>;
  nodes: Record<string, number[]>;
  appraisal: AppraisalResult;
  /** Present when costs in cash prices were deflated: which nodes, and the deflator used. */
  prices?: { cashNodes: string[]; deflator: string };
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
    /** Net present social value; null when UK social value is not assessed. */
    socialNpv: ScalarPercentiles | null;
    /** Over the draws where the social BCR is defined; null when not assessed or never defined. */
    socialBcr: ScalarPercentiles | null;
    costPerNetJobYear: ScalarPercentiles | null;
  };
}
