import type { VfmBand } from '../types.ts';

/** Value-for-money band from a BCR (DfT categories, docs/method.md section 6). */
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

/**
 * Cost per net job-year in GBP (docs/method.md section 12): total undiscounted public cost (£m) * 1e6
 * over net additional jobs summed over the years; null when that sum is <= 0.
 */
export function costPerNetJobYear(totalCost: number, jobYears: number): number | null {
  return jobYears > 0 ? (totalCost * 1e6) / jobYears : null;
}

/**
 * The UK social BCR (docs/method.md section 11): (PV benefits - PV private costs) / PV public costs;
 * null without public costs.
 */
export function socialBenefitCostRatio(
  pvBenefits: number,
  pvPrivateCosts: number,
  pvPublicCosts: number,
): number | null {
  return pvPublicCosts === 0 ? null : (pvBenefits - pvPrivateCosts) / pvPublicCosts;
}
