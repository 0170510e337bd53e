/**
 * Quantified links without evidence (issue 14): an arrow whose target's formula uses its source
 * carries a number into the results, so "no evidence" there is a warning in Problems, on the arrow
 * and in its inspector, not only a logic-check note. Evidence is not part of the formula analysis's
 * cache key (models/engine/analyseModel.ts), so it is read here, from the document, every time;
 * the formulas' references come from that cache.
 */
import { warning } from '../diagnostics.ts';
import { analyseModel } from '../engine/analyseModel.ts';
import type { Diagnostic, Link, ScenarioDocument } from '../types.ts';

/** True when the formula of the link's target uses its source (this year's value or an earlier year's). */
export function isQuantifiedLink(doc: ScenarioDocument, link: Pick<Link, 'from' | 'to'>): boolean {
  const target = analyseModel(doc).byNode.get(link.to);
  if (!target) return false;
  return target.analysis.nodeRefs.includes(link.from) || target.analysis.prevRefs.includes(link.from);
}

/** A warning for each link that a formula uses and whose evidence is "none" (or not stated). */
export function checkLinkEvidence(doc: ScenarioDocument): Diagnostic[] {
  const links = doc.logicModel?.links ?? [];
  if (links.length === 0) return [];
  const label = new Map((doc.logicModel?.nodes ?? []).map((n) => [n.id, n.label]));
  const out: Diagnostic[] = [];
  links.forEach((l, k) => {
    if (l.evidence !== undefined && l.evidence !== 'none') return;
    if (!isQuantifiedLink(doc, l)) return;
    const from = label.get(l.from) ?? l.from;
    const to = label.get(l.to) ?? l.to;
    out.push(
      warning(
        'link.unevidenced',
        `logicModel.links[${k}].evidence`,
        `The link from "${from}" to "${to}" carries a number (the formula of "${to}" uses "${l.from}") but states no evidence: say how strong the evidence is and why in its rationale.`,
      ),
    );
  });
  return out;
}
