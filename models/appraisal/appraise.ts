import type { AppraisalResult, VfmBand } from '../types.ts';

/** Value-for-money band from a BCR (DfT categories, method.md section 6). */
export function vfmBand(bcr: number | null): VfmBand | null {
  if (bcr === null || !Number.isFinite(bcr)) return null;
  if (bcr < 1) return 'poor';
  if (bcr < 1.5) return 'low';
  if (bcr < 2) return 'medium';
  if (bcr < 4) return 'high';
  return 'very high';
}

/** BCR = PV benefits / PV costs; null when there are no costs to divide by. */
export function benefitCostRatio(pvBenefits: number, pvCosts: number): number | null {
  return pvCosts === 0 ? null : pvBenefits / pvCosts;
}

/** Cost per net additional job in GBP: total undiscounted cost (£m) * 1e6 over the peak yearly net jobs; null without jobs. */
export function costPerNetJob(totalCost: number, peakNetJobs: number): number | null {
  return peakNetJobs > 0 ? (totalCost * 1e6) / peakNetJobs : null;
}

export interface AppraisalInputs {
  /** Net additional GVA of all interventions a year, £m. */
  netGva: ArrayLike<number>;
  /** Net additional jobs a year, a count. */
  netJobs: ArrayLike<number>;
  /** Public cost a year with optimism bias, £m. */
  cost: ArrayLike<number>;
  discountFactors: number[];
}

/**
 * PV of benefits and costs, NPV, BCR (null without costs), cost per net additional job in GBP
 * (total undiscounted cost * 1e6 / the largest yearly net jobs; null when that is <= 0).
 */
export function appraise({ netGva, netJobs, cost, discountFactors }: AppraisalInputs): AppraisalResult {
  let pvBenefits = 0;
  let pvCosts = 0;
  let totalCost = 0;
  let peakJobs = -Infinity;
  discountFactors.forEach((df, y) => {
    pvBenefits += netGva[y]! * df;
    pvCosts += cost[y]! * df;
    totalCost += cost[y]!;
    peakJobs = Math.max(peakJobs, netJobs[y]!);
  });
  const bcr = benefitCostRatio(pvBenefits, pvCosts);
  return {
    discountFactors,
    pvBenefits,
    pvCosts,
    npv: pvBenefits - pvCosts,
    bcr,
    costPerNetJob: costPerNetJob(totalCost, peakJobs),
    vfm: vfmBand(bcr),
  };
}
