/**
 * The appraisal of many runs at once (docs/method.md section 6), one lane per run: the one place where
 * present values are computed. A deterministic projection is one lane, a Monte Carlo batch or a
 * tornado has one lane per draw or case, and appraise() is this on one lane of given series.
 */
import type { AppraisalResult } from '../types.ts';
import { benefitCostRatio, costPerNetJob, vfmBand } from './rules.ts';

/** Running sums over the years so far, one value per lane. */
export interface LaneAppraiser {
  readonly lanes: number;
  readonly pvBenefits: Float64Array;
  readonly pvCosts: Float64Array;
  /** Undiscounted cost, £m. */
  readonly totalCost: Float64Array;
  /** The largest yearly net jobs so far (-Infinity before the first year). */
  readonly peakNetJobs: Float64Array;
}

/** Per-lane appraisal: PVs and NPV in £m, BCR, cost per net job in GBP; NaN where a metric is undefined. */
export interface LaneAppraisal {
  pvBenefits: Float64Array;
  pvCosts: Float64Array;
  npv: Float64Array;
  bcr: Float64Array;
  costPerNetJob: Float64Array;
}

export function createLaneAppraiser(lanes: number): LaneAppraiser {
  return {
    lanes,
    pvBenefits: new Float64Array(lanes),
    pvCosts: new Float64Array(lanes),
    totalCost: new Float64Array(lanes),
    peakNetJobs: new Float64Array(lanes).fill(-Infinity),
  };
}

/**
 * Add one year to every lane: net additional GVA (£m), net additional jobs and cost with optimism
 * bias (£m) of that year, one value per lane, discounted by `discountFactor`.
 */
export function appraiseYear(
  into: LaneAppraiser,
  discountFactor: number,
  netGva: ArrayLike<number>,
  netJobs: ArrayLike<number>,
  cost: ArrayLike<number>,
): void {
  const { pvBenefits, pvCosts, totalCost, peakNetJobs } = into;
  for (let l = 0; l < into.lanes; l++) {
    pvBenefits[l] = pvBenefits[l]! + netGva[l]! * discountFactor;
    pvCosts[l] = pvCosts[l]! + cost[l]! * discountFactor;
    totalCost[l] = totalCost[l]! + cost[l]!;
    if (netJobs[l]! > peakNetJobs[l]!) peakNetJobs[l] = netJobs[l]!;
  }
}

/** NPV, BCR and cost per net job of every lane once all years are in. */
export function finishLaneAppraisal(from: LaneAppraiser): LaneAppraisal {
  const { lanes, pvBenefits, pvCosts, totalCost, peakNetJobs } = from;
  const result: LaneAppraisal = {
    pvBenefits: pvBenefits.slice(),
    pvCosts: pvCosts.slice(),
    npv: new Float64Array(lanes),
    bcr: new Float64Array(lanes),
    costPerNetJob: new Float64Array(lanes),
  };
  for (let l = 0; l < lanes; l++) {
    result.npv[l] = pvBenefits[l]! - pvCosts[l]!;
    // NaN stands for "not defined" in a Float64Array; laneResult turns it back into null.
    result.bcr[l] = benefitCostRatio(pvBenefits[l]!, pvCosts[l]!) ?? NaN;
    result.costPerNetJob[l] = costPerNetJob(totalCost[l]!, peakNetJobs[l]!) ?? NaN;
  }
  return result;
}

/** One lane's appraisal in the shape of a projection's (null where undefined, with its VfM band). */
export function laneResult(appraisal: LaneAppraisal, lane: number, discountFactors: number[]): AppraisalResult {
  const defined = (v: number) => (Number.isNaN(v) ? null : v);
  const bcr = defined(appraisal.bcr[lane]!);
  return {
    discountFactors,
    pvBenefits: appraisal.pvBenefits[lane]!,
    pvCosts: appraisal.pvCosts[lane]!,
    npv: appraisal.npv[lane]!,
    bcr,
    costPerNetJob: defined(appraisal.costPerNetJob[lane]!),
    vfm: vfmBand(bcr),
  };
}
