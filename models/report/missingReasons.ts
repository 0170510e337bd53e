/**
 * Why a projection's BCR or UK social measure is missing, in a few words for a table cell
 * ("Not assessed (no public costs)"): the actual reason, read from what the appraisal recorded, not
 * the list of every reason the metric could have (metrics.ts `undefinedWhen`, kept for places that
 * describe the metric rather than a figure).
 */
import { NO_COSTS, NO_GVA } from '../appraisal/laneAppraisal.ts';
import type { Projection } from '../types.ts';

/** The local BCR: no GVA impact switched on, else no public costs (the engine's order). */
export function localMissingReason(p: Projection): string | undefined {
  const reason = p.appraisal.local.reason;
  return reason === NO_GVA ? 'no GVA impact switched on' : reason === NO_COSTS ? 'no public costs' : undefined;
}

/**
 * The UK social measures: not assessed (what is missing, from the sentence the engine wrote in
 * models/engine/compileChecks.ts, assessSocialValue), else the local BCR's reason.
 */
export function socialMissingReason(p: Projection): string | undefined {
  const social = p.appraisal.social;
  if (social.notAssessed.length > 0) {
    const national = /no national factors/.test(social.reason ?? '');
    const kind = /benefit kind/.test(social.reason ?? '');
    if (national && kind) return 'national factors and benefit kinds missing';
    return kind ? 'a GVA node has no benefit kind' : 'national factors missing';
  }
  return localMissingReason(p);
}
