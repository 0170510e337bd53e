/**
 * UK social value, private costs, cash prices, the present-value year and job-years (docs/method.md
 * sections 11-13), worked by hand. The model: horizon 2026-2028, one intervention with additionality
 * 0.8 x 0.9 x 0.75 x 1 x 1.5 = 0.81 and national factors Dn 0.5, Ls 0.1; every year a public cost of
 * 2, a private cost of 1 (optimism bias 10%: 2.2 and 1.1), a productivity GVA node of 10, an output
 * GVA node of 20 and 100 gross jobs.
 *   social = (1 - 0.5) x (0.81 x 10 + 0.1 x 0.81 x 20) = 0.5 x (8.1 + 1.62) = 4.86 a year
 *   DF = 1, 1/1.035, 1/1.035^2 (sum 2.8996618); PV social = 14.0925142
 *   PV public = 6.3793274, PV private = 3.1896637; NPSV = 14.0925142 - 3.1896637 - 6.3793274 = 4.5235231
 *   social BCR = (14.0925142 - 3.1896637) / 6.3793274 = (4.86 - 1.1) / 2.2 = 1.7090909 (medium)
 *   local: net GVA 0.81 x 30 = 24.3 a year, PV 70.4625709, BCR 24.3 / 2.2 = 11.0454545 (private costs
 *   play no part); net jobs 81 a year: cost per net job 6.6e6 / 81 = £81,481.48, per job-year
 *   6.6e6 / 243 = £27,160.49.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  projectScenario,
  runMonteCarlo,
  type LogicNode,
  type Projection,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const node = (id: string, expr: string, extra: Partial<LogicNode>): LogicNode => ({
  id,
  stage: 'impact',
  label: id,
  intervention: 'digital',
  expr,
  ...extra,
});

function socialModel(): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.parameters = {};
    d.interventions[0]!.national = { displacement: 0.5, labourSupply: 0.1 };
    d.logicModel = {
      nodes: [
        node('grant', '2', { role: 'cost', stage: 'input' }),
        node('match', '1', { role: 'privateCost', stage: 'input' }),
        node('better', '10', { role: 'gva', sector: 'ck', benefit: 'productivity' }),
        node('more', '20', { role: 'gva', sector: 'ck', benefit: 'output' }),
        node('jobs', '100', { role: 'jobs', sector: 'ck' }),
      ],
      links: [],
    };
  });
}

function run(doc: ScenarioDocument, scenario = 'digital-led'): { value: Projection; codes: string[] } {
  const result = projectScenario(doc, scenario);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return { value: result.value, codes: result.diagnostics.map((d) => d.code) };
}

describe('UK social value, by hand', () => {
  const { value: p, codes } = run(socialModel());
  const { social, local } = p.appraisal;

  it('counts productivity net of national displacement, output only for the labour-supply share', () => {
    expect(codes).toEqual([]);
    p.total.socialGva!.forEach((v) => expect(v).toBeCloseTo(4.86, 12));
    expect(p.interventions['digital']!.socialGva).toEqual(p.total.socialGva);
    expect(social.pvBenefits).toBeCloseTo(14.0925142, 6);
    expect(social.notAssessed).toEqual([]);
    expect(social.reason).toBeUndefined();
  });

  it('takes private costs, with optimism bias, from UK social value only', () => {
    expect(p.total.privateCost).toEqual([1.1, 1.1, 1.1].map((x) => expect.closeTo(x, 12)));
    expect(social.pvPrivateCosts).toBeCloseTo(3.1896637, 6);
    expect(social.pvPublicCosts).toBeCloseTo(6.3793274, 6);
    expect(social.npv).toBeCloseTo(4.5235231, 6);
    expect(social.bcr).toBeCloseTo(1.7090909, 6);
    expect(social.vfm).toBe('medium');
    expect(p.appraisal.vfm).toBe('medium');
  });

  it('leaves the local return as version 1 computes it, with no band', () => {
    expect(local.pvBenefits).toBeCloseTo(70.4625709, 6);
    expect(local.bcr).toBeCloseTo(11.0454545, 6);
    expect(local).toEqual({ pvBenefits: p.appraisal.pvBenefits, npv: p.appraisal.npv, bcr: p.appraisal.bcr });
  });

  it('gives cost per net job (peak) and per net job-year', () => {
    expect(p.appraisal.costPerNetJob).toBeCloseTo(81481.48, 1);
    expect(p.appraisal.costPerNetJobYear).toBeCloseTo(27160.49, 1);
  });
});

describe('not assessed, never zero', () => {
  it('an intervention without national factors: absent benefits, named, with what to set', () => {
    const doc = withChange(socialModel(), (d) => delete d.interventions[0]!.national);
    const { value, codes } = run(doc);
    expect(value.appraisal.social).toMatchObject({ pvBenefits: null, npv: null, bcr: null, vfm: null });
    expect(value.appraisal.social.notAssessed).toEqual(['digital']);
    expect(value.appraisal.social.reason).toMatch(/"digital" has no national factors: set national displacement/);
    expect(value.total.socialGva).toBeNull();
    expect(value.appraisal.vfm).toBeNull();
    expect(codes).toEqual(['social.not-assessed']);
    // Costs are still known.
    expect(value.appraisal.social.pvPrivateCosts).toBeCloseTo(3.1896637, 6);
  });

  it('a GVA node that does not say what kind of benefit it is', () => {
    const doc = withChange(socialModel(), (d) => delete d.logicModel.nodes[3]!.benefit);
    const { value, codes } = run(doc);
    expect(value.appraisal.social.bcr).toBeNull();
    expect(value.appraisal.social.reason).toMatch(/productivity or an output benefit/);
    expect(codes).toEqual(['social.benefit-kind']);
  });

  it('no GVA impact switched on: both BCRs not assessed (null with a reason), never "0.00, poor"', () => {
    const doc = withChange(socialModel(), (d) => {
      d.logicModel.nodes = d.logicModel.nodes.filter((n) => n.role !== 'gva');
    });
    const { value } = run(doc);
    expect(value.appraisal.bcr).toBeNull();
    expect(value.appraisal.local.reason).toMatch(/no GVA impact is switched on/);
    expect(value.appraisal.social.bcr).toBeNull();
    expect(value.appraisal.social.reason).toMatch(/no GVA impact is switched on/);
    expect(value.appraisal.vfm).toBeNull();
  });
});

describe('prices and the present-value year, by hand', () => {
  it('deflates a cash cost with the GDP deflator: real = cash x D(base) / D(year)', () => {
    // Base 2022 (D = 100), cost years 2023 and 2024 (ONS YBGB: D = 106.9 and 111.2).
    const doc = withChange(socialModel(), (d) => {
      d.prices.baseYear = 2022;
      d.horizon = { startYear: 2023, endYear: 2024 };
      d.logicModel.nodes[0]!.expr = '10';
      d.logicModel.nodes[0]!.prices = 'cash';
    });
    const { value } = run(doc);
    expect(value.total.cost[0]).toBeCloseTo(10 * (100 / 106.9) * 1.1, 12);
    expect(value.total.cost[1]).toBeCloseTo(10 * (100 / 111.2) * 1.1, 12);
    // The real private cost is untouched, and the output says what was deflated and how.
    expect(value.total.privateCost).toEqual([1.1, 1.1].map((x) => expect.closeTo(x, 12)));
    expect(value.prices).toEqual({ cashNodes: ['grant'], deflator: expect.stringMatching(/ONS YBGB.*2\.0%/) });
  });

  it('discounts to a present-value year before the start year', () => {
    // Present value in 2024, horizon from 2026: DF = 1/1.035^2, 1/1.035^3, 1/1.035^4 (sum 2.7068956).
    const doc = withChange(socialModel(), (d) => (d.appraisal.presentValueYear = 2024));
    const { value } = run(doc);
    expect(value.appraisal.discountFactors[0]).toBeCloseTo(1 / 1.035 ** 2, 12);
    expect(value.appraisal.pvBenefits).toBeCloseTo(24.3 * 2.7068956, 5);
    expect(value.appraisal.presentValueYear).toBe(2024);
    // Ratios of flows that are the same every year do not move.
    expect(value.appraisal.bcr).toBeCloseTo(11.0454545, 6);
  });
});

describe('properties', () => {
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  it('with Dn = 0, Ls = 1 and every GVA node an output benefit, social PV equals local PV', () => {
    fc.assert(
      fc.property(
        fc.tuple(fraction, fraction, fraction, fraction),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 4 }),
        ([dw, lk, dp, sb], multiplier, values) => {
          const doc = withChange(socialModel(), (d) => {
            d.interventions[0]!.additionality = {
              deadweight: dw,
              leakage: lk,
              displacement: dp,
              substitution: sb,
              multiplier,
            };
            d.interventions[0]!.national = { displacement: 0, labourSupply: 1 };
            d.logicModel.nodes = [
              d.logicModel.nodes[0]!,
              ...values.map((v, k) =>
                node(`g${k}`, `${v} * (t + 1)`, { role: 'gva', sector: 'ck', benefit: 'output' }),
              ),
            ];
          });
          const { appraisal } = run(doc).value;
          return (
            Math.abs(appraisal.social.pvBenefits! - appraisal.pvBenefits) <= 1e-9 * (1 + Math.abs(appraisal.pvBenefits))
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with every range degenerate (low = high = value), Monte Carlo gives the deterministic case exactly', () => {
    const at = (v: number) => ({ value: v, low: v, high: v });
    fc.assert(
      fc.property(fraction, fraction, fc.double({ min: 0, max: 0.5, noNaN: true }), (dn, ls, bias) => {
        const doc = withChange(socialModel(), (d) => {
          d.interventions[0]!.additionality = {
            deadweight: at(0.2),
            leakage: at(0.1),
            displacement: at(0.25),
            substitution: at(0),
            multiplier: at(1.5),
          };
          d.interventions[0]!.national = { displacement: at(dn), labourSupply: at(ls) };
          d.appraisal.optimismBias = at(bias);
          d.parameters = { g: at(10) };
          d.logicModel.nodes[2]!.expr = 'g';
        });
        const { value: p } = run(doc);
        const mc = runMonteCarlo(doc, 'digital-led', { samples: 5, seed: 3 });
        if (!mc.ok) return false;
        const { appraisal, total } = mc.value;
        const same = (a: number | null | undefined, b: number | null) => a === b;
        return (
          same(appraisal.npv.p5, p.appraisal.npv) &&
          same(appraisal.npv.p95, p.appraisal.npv) &&
          same(appraisal.socialNpv?.p50, p.appraisal.social.npv) &&
          same(appraisal.socialBcr?.p5 ?? null, p.appraisal.social.bcr) &&
          same(appraisal.costPerNetJobYear?.p95 ?? null, p.appraisal.costPerNetJobYear) &&
          total.netImpact.gva.p50.every((v, y) => v === p.total.netImpact.gva[y])
        );
      }),
      { numRuns: 25 },
    );
  });
});
