/**
 * Rebasing rewrites the file's price label and says which source texts still quote old-price money
 * (issue 10 audit): by hand from ONS YBGB, 2019 -> 2022 is 100 / 90.3 = 1.107420 and 2019 -> 2024 is
 * 111.2 / 90.3 = 1.231451.
 */
import { describe, expect, it } from 'vitest';
import { rebaseDocument, type ScenarioDocument } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const BASIS = 'Chained volume measures, 2019 prices (ONS regional GVA table 2b)';
const doc = (): ScenarioDocument =>
  withChange(workedExample(), (d) => {
    d.prices.basis = BASIS;
    d.parameters['cost_per_firm']!.source = 'Grants of up to about £20,000 per firm (Made Smarter, 2019).';
    d.parameters['gva_per_firm']!.source = 'An assumption.';
  });
const rebase = (d: ScenarioDocument, to: number) => {
  const r = rebaseDocument(d, to);
  if (!r.ok) throw new Error(r.diagnostics[0]!.message);
  return r.value;
};

describe('the price label after a rebase', () => {
  it('says the money is in the new prices, rebased with the GDP deflator by the factor, keeping what it was', () => {
    const out = rebase(doc(), 2022).document;
    expect(out.prices.basis).toBe(
      `2022 prices: rebased from 2019 prices with the GDP deflator (every money value x 1.107420); before rebasing: ${BASIS}`,
    );
  });

  it('a second rebase states the factor from the original prices, and going back restores the label', () => {
    const twice = rebase(rebase(doc(), 2022).document, 2024).document;
    expect(twice.prices.basis).toBe(
      `2024 prices: rebased from 2019 prices with the GDP deflator (every money value x 1.231451); before rebasing: ${BASIS}`,
    );
    expect(rebase(twice, 2019).document.prices.basis).toBe(BASIS);
  });

  it('lists the parameter sources that quote money, which were not rewritten', () => {
    const { check } = rebase(doc(), 2022);
    expect(check).toContain(
      'parameters.cost_per_firm: its source quotes money ("£20,000") as published; the text was not rewritten to 2022 prices.',
    );
    expect(check.some((c) => c.startsWith('parameters.gva_per_firm:'))).toBe(false);
  });
});
