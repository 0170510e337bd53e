import { describe, expect, it } from 'vitest';
import { projectScenario, type Projection } from '../../../models/index.ts';
import { workedExample } from '../../helpers/docs.ts';

/*
 * The worked example, by hand (docs/method.md sections 2-6). Horizon 2026-2028, so t = 0, 1, 2.
 *
 * Baseline, machinery (ck): gva 1000 in 2021 growing 1% a year, jobs 10,000 flat.
 *   baseGVA 2026 = 1000 x 1.01^5 = 1051.0100501     prod = 1051.0100501e6 / 10000 = 105,101.00501
 *   baseGVA 2027 = 1000 x 1.01^6 = 1061.520150601   prod = 106,152.0150601
 *   baseGVA 2028 = 1000 x 1.01^7 = 1072.13535210701 prod = 107,213.535210701
 * Nodes (scenario digital-led):
 *   grant  = t < 2 ? 2 : 0                          -> 2, 2, 0            (£m)
 *   firms  = prev(firms, 0) + grant / 0.05          -> 40, 80, 80
 *   uplift = firms x 0.5                            -> 20, 40, 40         (£m gross GVA)
 *   jobs   = uplift x 1e6 / base_prod("ck")         -> 190.29313752, 376.81809410, 373.08722188
 * Additionality: 0.8 x 0.9 x 0.75 x 1 x 1.5 = 0.81
 *   net GVA  = 16.2, 32.4, 32.4
 *   net jobs = 154.13744139, 305.22265622, 302.20064973
 * Costs with optimism bias 10%: 2.2, 2.2, 0
 * Discount factors: 1, 1/1.035 = 0.96618357488, 1/1.035^2 = 0.93351070037
 *   PVB = 16.2 + 32.4 x 0.96618357488 + 32.4 x 0.93351070037 = 77.75009452
 *   PVC = 2.2 + 2.2 x 0.96618357488 = 4.32560386
 *   NPV = 73.42449065, BCR = 17.97439085 (very high)
 *   cost per net job = (2.2 + 2.2) x 1e6 / 305.22265622 = £14,415.71
 */
describe('worked example, computed by hand', () => {
  const result = projectScenario(workedExample(), 'digital-led');
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const p: Projection = result.value;
  const close = (actual: number[], expected: number[], digits = 6) =>
    expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, digits));

  it('evaluates every node year by year', () => {
    expect(p.years).toEqual([2026, 2027, 2028]);
    close(p.nodes['grant']!, [2, 2, 0]);
    close(p.nodes['firms']!, [40, 80, 80]);
    close(p.nodes['uplift']!, [20, 40, 40]);
    close(p.nodes['jobs']!, [190.29313752, 376.8180941, 373.08722188]);
  });

  it('projects the baseline from the data year', () => {
    close(p.total.baseline.gva, [1051.0100501, 1061.520150601, 1072.13535210701]);
    close(p.total.baseline.jobs, [10000, 10000, 10000]);
    close(p.total.baseline.productivity, [105101.00501, 106152.0150601, 107213.535210701], 4);
  });

  it('applies additionality to gross impacts', () => {
    close(p.total.grossImpact.gva, [20, 40, 40]);
    close(p.total.netImpact.gva, [16.2, 32.4, 32.4]);
    close(p.total.netImpact.jobs, [154.13744139, 305.22265622, 302.20064973]);
    close(p.interventions['digital']!.netImpact.gva, [16.2, 32.4, 32.4]);
    close(p.sectors['ck']!.netImpact.jobs, [154.13744139, 305.22265622, 302.20064973]);
  });

  it('adds net impacts to the baseline; productivity is total GVA over total jobs', () => {
    close(p.total.projected.gva, [1067.2100501, 1093.920150601, 1104.53535210701]);
    close(p.total.projected.jobs, [10154.13744139, 10305.22265622, 10302.20064973]);
    // (1067.2100501e6) / 10154.13744139
    expect(p.total.projected.productivity[0]).toBeCloseTo(1067.2100501e6 / 10154.13744139, 2);
  });

  it('appraises with optimism bias and Green Book discounting', () => {
    close(p.total.cost, [2.2, 2.2, 0]);
    close(p.appraisal.discountFactors, [1, 0.96618357488, 0.93351070037], 10);
    expect(p.appraisal.pvBenefits).toBeCloseTo(77.75009452, 7);
    expect(p.appraisal.pvCosts).toBeCloseTo(4.32560386, 7);
    expect(p.appraisal.npv).toBeCloseTo(73.42449065, 7);
    expect(p.appraisal.bcr!).toBeCloseTo(17.97439085, 7);
    expect(p.appraisal.costPerNetJob!).toBeCloseTo(14415.71, 1);
    // The local return carries no value-for-money band; the intervention has no national factors,
    // so the UK social BCR, which the band belongs to, is not assessed.
    expect(p.appraisal.vfm).toBeNull();
    expect(p.appraisal.local).toEqual({
      pvBenefits: p.appraisal.pvBenefits,
      npv: p.appraisal.npv,
      bcr: p.appraisal.bcr,
    });
    expect(p.appraisal.social.notAssessed).toEqual(['digital']);
    expect(p.appraisal.social.bcr).toBeNull();
  });

  it('leaves the business-as-usual scenario at the baseline with nothing evaluated', () => {
    const bau = projectScenario(workedExample(), 'bau');
    if (!bau.ok) throw new Error('bau failed');
    expect(bau.value.total.projected.gva).toEqual(bau.value.total.baseline.gva);
    expect(bau.value.nodes).toEqual({});
    expect(bau.value.appraisal.bcr).toBeNull();
  });

  it('lets --set win over the scenario and changes only what depends on it', () => {
    const doc = workedExample();
    doc.scenarios[1]!.overrides = { gva_per_firm: 0.25 };
    const overridden = projectScenario(doc, 'digital-led');
    const set = projectScenario(doc, 'digital-led', { set: { gva_per_firm: 1 } });
    if (!overridden.ok || !set.ok) throw new Error('run failed');
    close(overridden.value.nodes['uplift']!, [10, 20, 20]);
    close(set.value.nodes['uplift']!, [40, 80, 80]);
    close(set.value.nodes['firms']!, [40, 80, 80]);
  });
});

describe('analysis reuse across edits', () => {
  it('reflects every edit: values reuse the analysis, structural changes do not', () => {
    const base = workedExample();
    const run = (doc: ReturnType<typeof workedExample>) => {
      const r = projectScenario(doc, 'digital-led');
      if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
      return r.value;
    };
    expect(run(base).nodes['uplift']).toEqual([20, 40, 40]);
    // A new document with only a value changed (what a slider does).
    const valueEdit = {
      ...base,
      parameters: { ...base.parameters, gva_per_firm: { ...base.parameters['gva_per_firm']!, value: 1 } },
    };
    expect(run(valueEdit).nodes['uplift']).toEqual([40, 80, 80]);
    // A formula edit and a sector edit in new documents must not reuse the old analysis.
    const formulaEdit = {
      ...base,
      logicModel: {
        ...base.logicModel,
        nodes: base.logicModel.nodes.map((n) => (n.id === 'uplift' ? { ...n, expr: 'firms * gva_per_firm * 2' } : n)),
      },
    };
    expect(run(formulaEdit).nodes['uplift']).toEqual([40, 80, 80]);
    const sectors = [...base.baseline.sectors, { ...base.baseline.sectors[0]!, id: 'other', name: 'Other', gva: 500 }];
    const sectorEdit = {
      ...base,
      baseline: { sectors },
      logicModel: {
        ...base.logicModel,
        nodes: base.logicModel.nodes.map((n) => (n.id === 'uplift' ? { ...n, sector: 'other' } : n)),
      },
    };
    const moved = run(sectorEdit);
    expect(moved.sectors['other']!.grossImpact.gva).toEqual([20, 40, 40]);
    expect(moved.sectors['ck']!.grossImpact.gva).toEqual([0, 0, 0]);
  });
});
