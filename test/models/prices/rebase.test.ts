/**
 * Rebasing a file to another price year (docs/method.md section 13): every money value times
 * D(new) / D(old), by hand from ONS YBGB: 2019 -> 2024 is 111.2 / 90.3 = 1.2314507.
 */
import { describe, expect, it } from 'vitest';
import { isMoneyUnit, projectScenario, rebaseDocument, type ScenarioDocument } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const FACTOR = 111.2 / 90.3;

function doc(): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.parameters['ratio'] = { value: 2, unit: '£m output per £m of support' };
    d.parameters['share'] = { value: 0.3, unit: 'share' };
    d.parameters['loose'] = { value: 7 };
    d.scenarios[1]!.overrides = { budget: 3, gva_per_firm: { value: 0.6, low: 0.3, high: 0.9 } };
    d.logicModel.nodes[0]!.indicators = [
      { id: 'spend', name: 'Spend', unit: '£m', baseline: 1, target: 2, actuals: { '2026': 1.5 } },
      { id: 'firms', name: 'Firms', unit: 'firms', target: 80 },
    ];
  });
}

describe('which units are money', () => {
  it('an amount of money, not a ratio of money to money, and not money "per £"', () => {
    for (const unit of ['£m', '£m a year', '£m/year', 'GBP per firm', '£ per learner', 'pounds'])
      expect(isMoneyUnit(unit), unit).toBe(true);
    for (const unit of ['£m output per £m of support', 'GVA per £ of output', 'jobs per £m', 'share', '', undefined])
      expect(isMoneyUnit(unit), String(unit)).toBe(false);
  });
});

describe('rebaseDocument', () => {
  const result = rebaseDocument(doc(), 2024);
  if (!result.ok) throw new Error(result.diagnostics[0]!.message);
  const { document: out, factor, converted, check } = result.value;

  it('multiplies every money value by D(new) / D(old), ranges and overrides too', () => {
    expect(factor).toBeCloseTo(FACTOR, 12);
    expect(out.prices.baseYear).toBe(2024);
    expect(out.baseline.sectors[0]!.gva).toBeCloseTo(1000 * FACTOR, 9);
    expect(out.parameters['budget']!.value).toBeCloseTo(2 * FACTOR, 12);
    expect(out.parameters['cost_per_firm']).toMatchObject({
      value: expect.closeTo(0.05 * FACTOR, 12),
      low: expect.closeTo(0.025 * FACTOR, 12),
      high: expect.closeTo(0.1 * FACTOR, 12),
    });
    expect(out.scenarios[1]!.overrides!['budget']).toBeCloseTo(3 * FACTOR, 12);
    expect(out.scenarios[1]!.overrides!['gva_per_firm']).toMatchObject({ high: expect.closeTo(0.9 * FACTOR, 12) });
    expect(out.logicModel.nodes[0]!.indicators![0]).toMatchObject({
      baseline: expect.closeTo(FACTOR, 12),
      actuals: { '2026': expect.closeTo(1.5 * FACTOR, 12) },
    });
    expect(converted).toContain('parameters.budget (£m a year)');
  });

  it('never converts what is not money, and names what the user should check', () => {
    expect(out.parameters['ratio']!.value).toBe(2);
    expect(out.parameters['share']!.value).toBe(0.3);
    expect(out.parameters['loose']!.value).toBe(7);
    expect(out.logicModel.nodes[0]!.indicators![1]!.target).toBe(80);
    expect(out.baseline.sectors[0]!.gvaGrowth).toBe(0.01);
    expect(check).toEqual([
      'parameters.ratio ("£m output per £m of support"): mentions money but is not an amount of it, so it was left as it was.',
      'parameters.loose: has no unit, so it was left as it was; if it is money, convert it by hand.',
    ]);
  });

  it('leaves ratios of money unchanged: the same BCR in the new prices', () => {
    const before = projectScenario(doc(), 'digital-led');
    const after = projectScenario(out, 'digital-led');
    if (!before.ok || !after.ok) throw new Error('run failed');
    expect(after.value.appraisal.bcr).toBeCloseTo(before.value.appraisal.bcr!, 10);
    expect(after.value.appraisal.npv).toBeCloseTo(before.value.appraisal.npv * FACTOR, 9);
  });

  it('flags money nodes whose formulas hold money as numbers, and leaves cash costs in cash', () => {
    const literal = withChange(doc(), (d) => (d.logicModel.nodes[0]!.expr = 't < 2 ? 2 : 0'));
    const flagged = rebaseDocument(literal, 2024);
    expect(flagged.ok && flagged.value.check.at(-1)).toMatch(
      /^logicModel\.nodes\[0\] \("grant"\): its formula uses no converted parameter/,
    );
    const cash = withChange(literal, (d) => (d.logicModel.nodes[0]!.prices = 'cash'));
    const rebasedCash = rebaseDocument(cash, 2024);
    expect(rebasedCash.ok && rebasedCash.value.check.some((c) => c.includes('"grant"'))).toBe(false);
  });

  it('refuses a year the deflator does not cover', () => {
    const refused = rebaseDocument(doc(), 1900);
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics[0]!.message).toMatch(/covers whole years from 1948/);
  });
});
