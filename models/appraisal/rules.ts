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
