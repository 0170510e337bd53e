/**
 * Additionality, national factors and optimism bias as uncertain, per-scenario inputs (docs/method.md
 * section 10): `--set` by their dotted names, scenario overrides, Monte Carlo draws, tornado rows and
 * switching values. The model (as in test/models/engine/socialValue.test.ts): every year a public
 * cost of 2, a productivity GVA node of 10 and an output one of 20, additionality
 * 0.8 x 0.9 x 0.75 x 1 x 1.5 = 0.81, optimism bias 10%, Dn 0.5, Ls 0.1; DF sum S = 2.8996618.
 *   local NPV = (30 x net factor - 2 x (1 + OB)) x S; with deadweight dw, the net factor is
 *   (1 - dw) x 0.9 x 0.75 x 1.5 = (1 - dw) x 1.0125, so NPV = 0 at dw = 1 - 2.2 / 30.375 = 0.9275720.
 */
import { describe, expect, it } from 'vitest';
import {
  findSwitchingValue,
  projectScenario,
  runMonteCarlo,
  runTornado,
  type LogicNode,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const S = 1 + 1 / 1.035 + 1 / 1.035 ** 2;

const node = (id: string, expr: string, extra: Partial<LogicNode>): LogicNode => ({
  id,
  stage: 'impact',
  label: id,
  intervention: 'digital',
  expr,
  ...extra,
});

function model(change: (d: ScenarioDocument) => void = () => undefined): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.parameters = {};
    d.interventions[0]!.national = { displacement: 0.5, labourSupply: 0.1 };
    d.logicModel = {
      nodes: [
        node('grant', '2', { role: 'cost', stage: 'input' }),
        node('better', '10', { role: 'gva', sector: 'ck', benefit: 'productivity' }),
        node('more', '20', { role: 'gva', sector: 'ck', benefit: 'output' }),
      ],
      links: [],
    };
    change(d);
  });
}

const project = (doc: ScenarioDocument, set: Record<string, number> = {}, scenario = 'digital-led') => {
  const r = projectScenario(doc, scenario, { set });
  if (!r.ok) throw new Error(r.diagnostics.map((x) => x.message).join('; '));
  return r.value;
};

describe('--set by dotted names', () => {
  it('changes a factor, a national factor and optimism bias for the run only', () => {
    const doc = model();
    expect(project(doc, { 'additionality.digital.deadweight': 0.3 }).total.netImpact.gva[0]).toBeCloseTo(
      30 * 0.7 * 0.9 * 0.75 * 1.5,
      12,
    );
    expect(project(doc, { 'appraisal.optimismBias': 0.2 }).total.cost[0]).toBeCloseTo(2.4, 12);
    // Dn 0: social = 0.81 x 10 + 0.1 x 0.81 x 20 = 9.72.
    expect(project(doc, { 'national.digital.displacement': 0 }).total.socialGva![0]).toBeCloseTo(9.72, 12);
    expect(project(doc).total.netImpact.gva[0]).toBeCloseTo(24.3, 12);
  });

  it('refuses unknown interventions and values outside what a factor allows, with a sentence', () => {
    const doc = model();
    const problem = (set: Record<string, number>) => projectScenario(doc, 'digital-led', { set }).diagnostics[0];
    expect(problem({ 'additionality.nope.deadweight': 0.1 })).toMatchObject({
      code: 'set.unknown-parameter',
      message: expect.stringMatching(/no intervention "nope" \(it has "digital"\)/),
    });
    expect(problem({ 'additionality.digital.leakage': 1.5 })).toMatchObject({
      code: 'set.out-of-range',
      message: 'Cannot set "additionality.digital.leakage" to 1.5: it must be a fraction from 0 to 1.',
    });
    expect(problem({ 'additionality.digital.multiplier': 0 })?.code).toBe('set.out-of-range');
    expect(problem({ 'appraisal.optimismBias': -0.1 })?.code).toBe('set.out-of-range');
  });
});

describe('per-scenario overrides', () => {
  it('a scenario overrides one factor and its optimism bias; another based on it inherits them', () => {
    const doc = model((d) => {
      d.scenarios[1]!.additionality = { digital: { deadweight: 0.5 } };
      d.scenarios[1]!.appraisal = { optimismBias: 0.3 };
      d.scenarios.push({ id: 'child', name: 'Child', basedOn: 'digital-led' });
    });
    for (const id of ['digital-led', 'child']) {
      const p = project(doc, {}, id);
      expect(p.total.netImpact.gva[0]).toBeCloseTo(30 * 0.5 * 0.9 * 0.75 * 1.5, 12);
      expect(p.total.cost[0]).toBeCloseTo(2.6, 12);
    }
  });
});

describe('Monte Carlo, tornado and switching values include them', () => {
  const ranged = model((d) => {
    d.interventions[0]!.additionality.deadweight = { value: 0.2, low: 0, high: 0.95 };
    d.appraisal.optimismBias = { value: 0.1, low: 0, high: 0.4 };
    d.interventions[0]!.national!.labourSupply = { value: 0.1, low: 0, high: 0.5 };
  });

  it('draws a ranged factor: NPV varies, and the spread follows the factor', () => {
    const mc = runMonteCarlo(ranged, 'digital-led', { samples: 400, seed: 11 });
    if (!mc.ok) throw new Error('Monte Carlo failed');
    const { npv, socialNpv } = mc.value.appraisal;
    expect(npv.p95 - npv.p5).toBeGreaterThan(10);
    expect(socialNpv!.p95 - socialNpv!.p5).toBeGreaterThan(1);
    // NPV at the triangle's bounds, by hand: dw 0 and OB 0 at best, dw 0.95 and OB 0.4 at worst.
    expect(npv.p95).toBeLessThan((30 * 1.0125 - 2) * S);
    expect(npv.p5).toBeGreaterThan((30 * 0.05 * 1.0125 - 2.8) * S);
  });

  it('the tornado has rows for them, at their low and high with everything else at its value', () => {
    const tornado = runTornado(ranged, 'digital-led');
    if (!tornado.ok) throw new Error('tornado failed');
    const row = (id: string) => tornado.value.parameters.find((p) => p.id === id)!;
    expect(row('additionality.digital.deadweight')).toMatchObject({
      label: 'Deadweight (Digital adoption support)',
      low: 0,
      high: 0.95,
      atLow: expect.closeTo((30 * 1.0125 - 2.2) * S, 9),
      atHigh: expect.closeTo((30 * 0.05 * 1.0125 - 2.2) * S, 9),
    });
    expect(row('appraisal.optimismBias')).toMatchObject({
      atLow: expect.closeTo((24.3 - 2) * S, 9),
      atHigh: expect.closeTo((24.3 - 2.8) * S, 9),
    });
    // Labour supply moves UK social value only: no swing in the local NPV, a swing in the social one.
    expect(row('national.digital.labourSupply').swing).toBe(0);
    const social = runTornado(ranged, 'digital-led', { metric: 'social-npv' });
    if (!social.ok) throw new Error('tornado failed');
    // Social NPV = (0.5 x (8.1 + Ls x 16.2) - 2.2) x S: swing 0.5 x 16.2 x 0.5 x S.
    expect(social.value.parameters.find((p) => p.id === 'national.digital.labourSupply')!.swing).toBeCloseTo(
      0.5 * 16.2 * 0.5 * S,
      9,
    );
  });

  it('finds the switching value of deadweight (NPV = 0 at 1 - 2.2 / 30.375)', () => {
    const switching = findSwitchingValue(ranged, 'digital-led', 'additionality.digital.deadweight');
    if (!switching.ok) throw new Error('switching failed');
    expect(switching.value.value).toBeCloseTo(1 - 2.2 / 30.375, 6);
  });
});

describe('uncertain fractions keep to their legal range in Monte Carlo (docs/method.md sections 7 and 10)', () => {
  // Only deadweight uncertain: a normal with p5 0.9 and p95 1.1 (mean 1), half of it above 1.
  const doc = withChange(workedExample(), (d) => {
    for (const p of Object.values(d.parameters)) {
      delete p.low;
      delete p.high;
    }
    d.interventions[0]!.additionality.deadweight = { value: 0.95, low: 0.9, high: 1.1, distribution: 'normal' };
  });

  it('never draws a deadweight above 1, so no draw has negative net GVA', () => {
    const mc = runMonteCarlo(doc, 'digital-led', { samples: 4000, seed: 8 });
    if (!mc.ok) throw new Error(mc.diagnostics[0]!.message);
    // 2026: gross GVA 20 (40 firms x 0.5), net = 20 x (1 - deadweight) x 0.9 x 0.75 x 1.5 = 20.25 x (1 - deadweight).
    for (const v of mc.value.total.netImpact.gva.p5) expect(v).toBeGreaterThanOrEqual(0);
    // The median deadweight is the normal's 25th percentile once cut at 1: 1 - 0.67449 x 0.060796 = 0.95899.
    expect(mc.value.total.netImpact.gva.p50[0]).toBeCloseTo(20.25 * (1 - 0.95899), 1);
  });

  it('leaves the central case as it was: the value, not the draws', () => {
    const run = projectScenario(doc, 'digital-led');
    if (!run.ok) throw new Error(run.diagnostics[0]!.message);
    expect(run.value.total.netImpact.gva[0]).toBeCloseTo(20.25 * 0.05, 12);
  });
});
