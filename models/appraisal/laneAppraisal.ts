/**
 * The appraisal of many runs at once (docs/method.md sections 6, 11 and 12), one lane per run: the one
 * place where present values are computed. A deterministic projection is one lane, a Monte Carlo
 * batch or a tornado has one lane per draw or case, and appraise() is this on one lane of given series.
 */
import type { AppraisalResult } from '../types.ts';
import { benefitCostRatio, costPerNetJob, costPerNetJobYear, socialBenefitCostRatio, vfmBand } from './rules.ts';

/** Running sums over the years so far, one value per lane. */
export interface LaneAppraiser {
  readonly lanes: number;
  readonly pvBenefits: Float64Array;
  readonly pvCosts: Float64Array;
  readonly pvPrivateCosts: Float64Array;
  readonly pvSocial: Float64Array;
  /** Undiscounted public cost, £m. */
  readonly totalCost: Float64Array;
  /** The largest yearly net jobs so far (-Infinity before the first year). */
  readonly peakNetJobs: Float64Array;
  /** Net jobs summed over the years so far (job-years). */
  readonly jobYears: Float64Array;
}

/** One year of every lane: the totals accumulate.ts produces (£m, jobs as a count). */
export interface LaneYear {
  netGva: ArrayLike<number>;
  netJobs: ArrayLike<number>;
  /** Public cost with optimism bias. */
  cost: ArrayLike<number>;
  /** Private cost with optimism bias. */
  privateCost: ArrayLike<number>;
  /** UK social value of GVA. */
  socialGva: ArrayLike<number>;
}

/** What is assessed at all, the same for every lane of a run (docs/method.md sections 11 and 12). */
export interface Assessed {
  /** Some GVA impact is switched on, so there is a benefit to put against costs. */
  benefits: boolean;
  /** Every switched-on intervention's UK social value is assessed. */
  social: boolean;
}

/**
 * Per-lane appraisal: PVs and NPVs in £m, BCRs, costs per net job and job-year in GBP; NaN where a
 * metric is undefined or not assessed.
 */
export interface LaneAppraisal {
  assessed: Assessed;
  pvBenefits: Float64Array;
  pvCosts: Float64Array;
  npv: Float64Array;
  bcr: Float64Array;
  costPerNetJob: Float64Array;
  costPerNetJobYear: Float64Array;
  socialPvBenefits: Float64Array;
  pvPrivateCosts: Float64Array;
  socialNpv: Float64Array;
  socialBcr: Float64Array;
}

export function createLaneAppraiser(lanes: number): LaneAppraiser {
  return {
    lanes,
    pvBenefits: new Float64Array(lanes),
    pvCosts: new Float64Array(lanes),
    pvPrivateCosts: new Float64Array(lanes),
    pvSocial: new Float64Array(lanes),
    totalCost: new Float64Array(lanes),
    peakNetJobs: new Float64Array(lanes).fill(-Infinity),
    jobYears: new Float64Array(lanes),
  };
}

/** Add one year to every lane, discounted by `discountFactor`. */
export function appraiseYear(into: LaneAppraiser, discountFactor: number, year: LaneYear): void {
  const { pvBenefits, pvCosts, pvPrivateCosts, pvSocial, totalCost, peakNetJobs, jobYears } = into;
  const { netGva, netJobs, cost, privateCost, socialGva } = year;
  for (let l = 0; l < into.lanes; l++) {
    pvBenefits[l] = pvBenefits[l]! + netGva[l]! * discountFactor;
    pvCosts[l] = pvCosts[l]! + cost[l]! * discountFactor;
    pvPrivateCosts[l] = pvPrivateCosts[l]! + privateCost[l]! * discountFactor;
    pvSocial[l] = pvSocial[l]! + socialGva[l]! * discountFactor;
    totalCost[l] = totalCost[l]! + cost[l]!;
    if (netJobs[l]! > peakNetJobs[l]!) peakNetJobs[l] = netJobs[l]!;
    jobYears[l] = jobYears[l]! + netJobs[l]!;
  }
}

/** NPVs, BCRs and costs per job of every lane once all years are in. */
export function finishLaneAppraisal(from: LaneAppraiser, assessed: Assessed): LaneAppraisal {
  const { lanes, pvBenefits, pvCosts, pvPrivateCosts, pvSocial, totalCost, peakNetJobs, jobYears } = from;
  const array = () => new Float64Array(lanes);
  const result: LaneAppraisal = {
    assessed,
    pvBenefits: pvBenefits.slice(),
    pvCosts: pvCosts.slice(),
    npv: array(),
    bcr: array(),
    costPerNetJob: array(),
    costPerNetJobYear: array(),
    socialPvBenefits: assessed.social ? pvSocial.slice() : array().fill(NaN),
    pvPrivateCosts: pvPrivateCosts.slice(),
    socialNpv: array(),
    socialBcr: array(),
  };
  for (let l = 0; l < lanes; l++) {
    result.npv[l] = pvBenefits[l]! - pvCosts[l]!;
    // NaN stands for "not defined" in a Float64Array; laneResult turns it back into null.
    result.bcr[l] = assessed.benefits ? (benefitCostRatio(pvBenefits[l]!, pvCosts[l]!) ?? NaN) : NaN;
    result.costPerNetJob[l] = costPerNetJob(totalCost[l]!, peakNetJobs[l]!) ?? NaN;
    result.costPerNetJobYear[l] = costPerNetJobYear(totalCost[l]!, jobYears[l]!) ?? NaN;
    result.socialNpv[l] = assessed.social ? pvSocial[l]! - pvPrivateCosts[l]! - pvCosts[l]! : NaN;
    result.socialBcr[l] =
      assessed.social && assessed.benefits
        ? (socialBenefitCostRatio(pvSocial[l]!, pvPrivateCosts[l]!, pvCosts[l]!) ?? NaN)
        : NaN;
  }
  return result;
}

export const NO_GVA =
  'Not assessed: no GVA impact is switched on in this scenario, so there is no benefit to set against its costs.';
export const NO_COSTS = 'Not defined: there are no public costs to divide by.';

/**
 * One lane's appraisal in the shape of a projection's: null where undefined or not assessed, with
 * the reason; the value-for-money band from the UK social BCR only.
 */
export function laneResult(
  appraisal: LaneAppraisal,
  lane: number,
  context: { discountFactors: number[]; presentValueYear: number; notAssessed: string[]; socialReason: string | null },
): AppraisalResult {
  const defined = (v: number) => (Number.isNaN(v) ? null : v);
  const { assessed } = appraisal;
  const pvBenefits = appraisal.pvBenefits[lane]!;
  const pvCosts = appraisal.pvCosts[lane]!;
  const npv = appraisal.npv[lane]!;
  const bcr = defined(appraisal.bcr[lane]!);
  const bcrReason = !assessed.benefits ? NO_GVA : pvCosts === 0 ? NO_COSTS : undefined;
  const socialBcr = defined(appraisal.socialBcr[lane]!);
  const socialReason = !assessed.social
    ? (context.socialReason ?? undefined)
    : socialBcr === null
      ? bcrReason
      : undefined;
  const vfm = vfmBand(socialBcr);
  return {
    discountFactors: context.discountFactors,
    pvBenefits,
    pvCosts,
    npv,
    bcr,
    costPerNetJob: defined(appraisal.costPerNetJob[lane]!),
    vfm,
    local: { pvBenefits, npv, bcr, ...(bcr === null && bcrReason ? { reason: bcrReason } : {}) },
    social: {
      pvBenefits: defined(appraisal.socialPvBenefits[lane]!),
      pvPrivateCosts: appraisal.pvPrivateCosts[lane]!,
      pvPublicCosts: pvCosts,
      npv: defined(appraisal.socialNpv[lane]!),
      bcr: socialBcr,
      vfm,
      notAssessed: context.notAssessed,
      ...(socialReason ? { reason: socialReason } : {}),
    },
    costPerNetJobYear: defined(appraisal.costPerNetJobYear[lane]!),
    presentValueYear: context.presentValueYear,
  };
}
