/**
 * A cost in cash prices that another formula uses (issue 10 audit): only the cost itself is deflated,
 * so the formula divides cash money by real money; checkDocument warns, saying what to do.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const warnings = (doc: ReturnType<typeof workedExample>) =>
  checkDocument(doc).filter((d) => d.code === 'prices.cash-used');

describe('a cash-price cost used by a formula', () => {
  it('warns at the formula that uses it, naming both and what to do', () => {
    // The worked example: firms = prev(firms, 0) + grant / cost_per_firm, grant the cost node.
    const doc = withChange(workedExample(), (d) => (d.logicModel.nodes[0]!.prices = 'cash'));
    const found = warnings(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', path: 'logicModel.nodes[1].expr' });
    expect(found[0]!.message).toBe(
      '“Firms supported (cumulative)” (firms) uses “Grant budget” (grant), whose values are in cash prices: only the cost itself is deflated, so this formula sees cash values while the rest of the model is in 2019 prices. Give what it is combined with (a cost per unit, say) in cash prices too, or enter the cost in 2019 prices instead.',
    );
  });

  it('says nothing for a real-price cost, or a cash cost no formula uses', () => {
    expect(warnings(workedExample())).toEqual([]);
    const unused = withChange(workedExample(), (d) => {
      d.logicModel.nodes[0]!.prices = 'cash';
      d.logicModel.nodes[1]!.expr = 'prev(firms, 0) + budget / cost_per_firm';
      d.logicModel.links = d.logicModel.links.filter((l) => !(l.from === 'grant' && l.to === 'firms'));
    });
    expect(warnings(unused)).toEqual([]);
  });
});
