import type { AppraisalResult } from '../types.ts';
import { appraiseYear, createLaneAppraiser, finishLaneAppraisal, laneResult } from './laneAppraisal.ts';

export { benefitCostRatio, costPerNetJob, vfmBand } from './rules.ts';

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
 * (total undiscounted cost * 1e6 / the largest yearly net jobs; null when that is <= 0): the lane
 * appraisal on one lane, so a projection and every Monte Carlo draw are appraised by the same code.
 */
export function appraise({ netGva, netJobs, cost, discountFactors }: AppraisalInputs): AppraisalResult {
  const appraiser = createLaneAppraiser(1);
  discountFactors.forEach((df, y) => appraiseYear(appraiser, df, [netGva[y]!], [netJobs[y]!], [cost[y]!]));
  return laneResult(finishLaneAppraisal(appraiser), 0, discountFactors);
}
