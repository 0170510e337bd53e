/**
 * Quantified links without evidence (issue 14): a warning on each link whose target's formula uses
 * its source (this year's value or, through prev(), last year's) while its evidence is "none" or not
 * stated; none for a qualitative link or a link with evidence; never an error.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument, checkLinkEvidence, isQuantifiedLink } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

describe('quantified links without evidence', () => {
  it('finds none in the worked example, whose links all state evidence', () => {
    expect(checkLinkEvidence(workedExample())).toEqual([]);
  });

  it('warns on a used link with evidence "none" and on one with no evidence at all, naming both boxes', () => {
    const doc = withChange(workedExample(), (d) => {
      d.logicModel.links[1]!.evidence = 'none';
      delete d.logicModel.links[2]!.evidence;
    });
    const found = checkLinkEvidence(doc);
    expect(found.map((d) => [d.severity, d.code, d.path])).toEqual([
      ['warning', 'link.unevidenced', 'logicModel.links[1].evidence'],
      ['warning', 'link.unevidenced', 'logicModel.links[2].evidence'],
    ]);
    expect(found[0]!.message).toContain('"Firms supported (cumulative)" to "GVA uplift"');
    expect(found[0]!.message).toContain('uses "firms"');
    // Part of the document's checks, as a warning: nothing refuses the file.
    expect(checkDocument(doc).filter((d) => d.code === 'link.unevidenced')).toHaveLength(2);
    expect(checkDocument(doc).some((d) => d.severity === 'error')).toBe(false);
  });

  it('counts a source read through prev() as quantified, and a link no formula uses as not', () => {
    const doc = withChange(workedExample(), (d) => {
      // firms = prev(firms, 0) + grant / cost_per_firm: a self-link would be odd; use a new box read via prev().
      d.logicModel.nodes.push({ id: 'advice', stage: 'activity', label: 'Advice sessions', expr: '3' });
      d.logicModel.nodes[1]!.expr = 'prev(firms, 0) + grant / cost_per_firm + prev(advice, 0) * 0';
      d.logicModel.links.push({ id: 'l4', from: 'advice', to: 'firms', evidence: 'none' });
      d.logicModel.links.push({ id: 'l5', from: 'grant', to: 'uplift', evidence: 'none' });
    });
    expect(isQuantifiedLink(doc, { from: 'advice', to: 'firms' })).toBe(true);
    expect(isQuantifiedLink(doc, { from: 'grant', to: 'uplift' })).toBe(false);
    expect(checkLinkEvidence(doc).map((d) => d.path)).toEqual(['logicModel.links[3].evidence']);
  });
});
