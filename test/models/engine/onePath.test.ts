import { describe, expect, it } from 'vitest';
import {
  appraise,
  discountFactors,
  projectScenario,
  runMonteCarlo,
  runTornado,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/*
 * The deterministic projection is a one-lane run of the machinery Monte Carlo and the tornado run
 * in batches, so their numbers agree to the last bit. The model below makes a different order of
 * summation visible: three GVA nodes, the first and last in sector "ck" (+1e16 and -1e16), the
 * middle one in sector "cm" (+1), no additionality losses. Summed sector by sector the net GVA is
 * (1e16 - 1e16) + 1 = 1 a year; summed in node order it would be (1e16 + 1) - 1e16 = 0, because
 * 1e16 + 1 rounds to 1e16. Before the two paths were one, Monte Carlo and the tornado gave 0.
 *
 * By hand, with cost 2 a year and optimism bias 0.1: net GVA 1, 1, 1; cost 2.2, 2.2, 2.2;
 * DF 1, 1/1.035, 1/1.035^2; NPV = (1 - 2.2) x (1 + 0.96618357 + 0.93351070) = -3.47963313.
 */
function interleaved(): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.baseline.sectors.push({ ...d.baseline.sectors[0]!, id: 'cm', name: 'Other manufacturing' });
    d.interventions[0]!.additionality = { deadweight: 0, leakage: 0, displacement: 0, substitution: 0, multiplier: 1 };
    d.parameters = { budget: { value: 2, low: 1, high: 3 } };
    const node = (id: string, expr: string, role: 'cost' | 'gva', sector?: string) => ({
      id,
      stage: 'impact' as const,
      label: id,
      intervention: 'digital',
      expr,
      role,
      ...(sector ? { sector } : {}),
    });
    d.logicModel = {
      nodes: [
        node('grant', 'budget', 'cost'),
        node('big', '1e16', 'gva', 'ck'),
        node('one', '1', 'gva', 'cm'),
        node('minus_big', '-1e16', 'gva', 'ck'),
      ],
      links: [],
    };
  });
}

describe('one arithmetic path for projections, Monte Carlo and the tornado', () => {
  const projection = projectScenario(interleaved(), 'digital-led');
  if (!projection.ok) throw new Error(projection.diagnostics.map((d) => d.message).join('; '));
  const p = projection.value;

  it('totals net impacts sector by sector (checked by hand)', () => {
    expect(p.sectors['ck']!.netImpact.gva).toEqual([0, 0, 0]);
    expect(p.sectors['cm']!.netImpact.gva).toEqual([1, 1, 1]);
    expect(p.total.netImpact.gva).toEqual([1, 1, 1]);
    expect(p.total.cost).toEqual([2.2, 2.2, 2.2]);
    expect(p.appraisal.npv).toBeCloseTo(-1.2 * (1 + 1 / 1.035 + 1 / 1.035 ** 2), 8);
  });

  it('gives the tornado the projection NPV to the last bit', () => {
    const tornado = runTornado(interleaved(), 'digital-led');
    if (!tornado.ok) throw new Error('tornado failed');
    expect(tornado.value.base).toBe(p.appraisal.npv);
  });

  it('gives a Monte Carlo draw at the parameter values the projection to the last bit', () => {
    const fixed = withChange(interleaved(), (d) => (d.parameters['budget'] = { value: 2 }));
    const mc = runMonteCarlo(fixed, 'digital-led', { samples: 3, seed: 1 });
    if (!mc.ok) throw new Error('Monte Carlo failed');
    expect(mc.value.total.netImpact.gva.p50).toEqual(p.total.netImpact.gva);
    expect(mc.value.appraisal.npv.p50).toBe(p.appraisal.npv);
    expect(mc.value.appraisal.bcr!.p50).toBe(p.appraisal.bcr);
  });

  it('appraises given series as the projection appraises its own', () => {
    const again = appraise({
      netGva: p.total.netImpact.gva,
      netJobs: p.total.netImpact.jobs,
      cost: p.total.cost,
      discountFactors: discountFactors(3),
      presentValueYear: 2026,
    });
    // Social value needs the engine's national factors, which given series do not carry.
    const { social: _given, ...given } = again;
    const { social: _projected, ...projected } = p.appraisal;
    expect(given).toEqual(projected);
  });
});
