import type { AppraisalResult } from '../types.ts';
import { appraiseYear, createLaneAppraiser, finishLaneAppraisal, laneResult } from './laneAppraisal.ts';

export { benefitCostRatio, costPerNetJob, costPerNetJobYear, socialBenefitCostRatio, vfmBand } from './rules.ts';

export interface AppraisalInputs {
  /** Net additional GVA of all interventions a year, £m. */
  netGva: ArrayLike<number>;
  /** Net additional jobs a year, a count. */
  netJobs: ArrayLike<number>;
  /** Public cost a year with optimism bias, £m. */
  cost: ArrayLike<number>;
  /** Private cost a year with optimism bias, £m (default none). */
  privateCost?: ArrayLike<number>;
  /** UK social value of GVA a year, £m; absent: social value not assessed. */
  socialGva?: ArrayLike<number>;
  discountFactors: number[];
  /** The year the factors discount to (default: the first year has factor 1, so reported as null). */
  presentValueYear?: number;
}

/**
 * The appraisal of given yearly series (docs/method.md sections 6, 11 and 12): the lane appraisal on
 * one lane, so a projection and every Monte Carlo draw are appraised by the same code. Benefits are
 * taken as assessed (any GVA series counts); social value is assessed when `socialGva` is given.
 */
export function appraise(inputs: AppraisalInputs): AppraisalResult {
  const { netGva, netJobs, cost, privateCost, socialGva, discountFactors } = inputs;
  const appraiser = createLaneAppraiser(1);
  discountFactors.forEach((df, y) =>
    appraiseYear(appraiser, df, {
      netGva: [netGva[y]!],
      netJobs: [netJobs[y]!],
      cost: [cost[y]!],
      privateCost: [privateCost?.[y] ?? 0],
      socialGva: [socialGva?.[y] ?? 0],
    }),
  );
  const assessed = { benefits: true, social: socialGva !== undefined };
  return laneResult(finishLaneAppraisal(appraiser, assessed), 0, {
    discountFactors,
    presentValueYear: inputs.presentValueYear ?? NaN,
    notAssessed: [],
    socialReason: assessed.social ? null : 'Not assessed: no UK social value series was given.',
  });
}
