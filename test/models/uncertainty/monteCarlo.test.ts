import { describe, expect, it } from 'vitest';
import {
  createMonteCarloRun,
  createRandom,
  findSwitchingValue,
  projectScenario,
  runMonteCarlo,
  runTornado,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/** The worked example with only gva_per_firm uncertain (uniform 0.25-1): NPV is linear and increasing in it. */
const oneUncertain = () =>
  withChange(workedExample(), (d) => {
    delete d.parameters['cost_per_firm']!.low;
    delete d.parameters['cost_per_firm']!.high;
    d.parameters['gva_per_firm'] = { value: 0.5, low: 0.25, high: 1, distribution: 'uniform' };
  });
const npvAt = (gvaPerFirm: number) => {
  const r = projectScenario(oneUncertain(), 'digital-led', { set: { gva_per_firm: gvaPerFirm } });
  if (!r.ok) throw new Error('run failed');
  return r.value.appraisal.npv;
};

describe('Monte Carlo', () => {
  it('gives the same numbers for the same seed and different ones for another seed', () => {
    const a = runMonteCarlo(workedExample(), 'digital-led', { samples: 500, seed: 11 });
    const b = runMonteCarlo(workedExample(), 'digital-led', { samples: 500, seed: 11 });
    const c = runMonteCarlo(workedExample(), 'digital-led', { samples: 500, seed: 12 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('run failed');
    expect(a.value).toEqual(b.value);
    expect(c.value.appraisal.npv.p50).not.toBe(a.value.appraisal.npv.p50);
  });

  it('does not depend on how draws are batched or stepped', () => {
    const whole = runMonteCarlo(workedExample(), 'digital-led', { samples: 1000, seed: 5 });
    const run = createMonteCarloRun(workedExample(), 'digital-led', { samples: 1000, seed: 5, batchSize: 37 });
    if (!whole.ok || !run.ok) throw new Error('run failed');
    const progress: number[] = [];
    while (run.value.done < run.value.total) progress.push(run.value.step(250));
    expect(progress).toEqual([250, 500, 750, 1000]);
    expect(run.value.result()).toEqual(whole.value);
  });

  it('collapses to the deterministic projection when nothing is uncertain', () => {
    const doc = withChange(workedExample(), (d) =>
      Object.values(d.parameters).forEach((p) => (delete p.low, delete p.high)),
    );
    const mc = runMonteCarlo(doc, 'digital-led', { samples: 20, seed: 1 });
    const det = projectScenario(doc, 'digital-led');
    if (!mc.ok || !det.ok) throw new Error('run failed');
    for (const key of ['p5', 'p50', 'p95'] as const) {
      mc.value.total.netImpact.gva[key].forEach((v, y) => expect(v).toBeCloseTo(det.value.total.netImpact.gva[y]!, 9));
      mc.value.total.projected.productivity[key].forEach((v, y) =>
        expect(v).toBeCloseTo(det.value.total.projected.productivity[y]!, 6),
      );
    }
    expect(mc.value.appraisal.npv.mean).toBeCloseTo(det.value.appraisal.npv, 9);
    expect(mc.value.appraisal.bcr!.p50).toBeCloseTo(det.value.appraisal.bcr!, 9);
    expect(mc.value.appraisal.costPerNetJob!.p95).toBeCloseTo(det.value.appraisal.costPerNetJob!, 6);
  });

  it('maps percentiles of a uniform input through a monotone model (NPV at the input percentile)', () => {
    const mc = runMonteCarlo(oneUncertain(), 'digital-led', { samples: 20_000, seed: 99 });
    if (!mc.ok) throw new Error('run failed');
    const { npv } = mc.value.appraisal;
    // p-th percentile of U(0.25, 1) is 0.25 + 0.75 p; NPV is linear in it.
    const spread = npvAt(1) - npvAt(0.25);
    expect(Math.abs(npv.p10 - npvAt(0.25 + 0.75 * 0.1))).toBeLessThan(0.01 * spread);
    expect(Math.abs(npv.p50 - npvAt(0.25 + 0.75 * 0.5))).toBeLessThan(0.01 * spread);
    expect(Math.abs(npv.p90 - npvAt(0.25 + 0.75 * 0.9))).toBeLessThan(0.01 * spread);
    expect(Math.abs(npv.mean - npvAt(0.625))).toBeLessThan(0.01 * spread);
  });

  it('refuses too few or too many draws (memory bounds them by horizon) and an override outside its range', () => {
    expect(runMonteCarlo(workedExample(), 'digital-led', { samples: 1, seed: 1 }).ok).toBe(false);
    // 3 years x 5 series: at most 25,000,000 / 15 = 1,666,666 draws.
    const tooMany = runMonteCarlo(workedExample(), 'digital-led', { samples: 1_666_667, seed: 1 });
    expect(tooMany.diagnostics[0]!.message).toBe(
      'The number of Monte Carlo draws must be a whole number from 2 to 1,666,666 for a 3-year horizon, not 1,666,667.',
    );
    const doc = withChange(workedExample(), (d) => (d.scenarios[1]!.overrides = { gva_per_firm: 3 }));
    const result = runMonteCarlo(doc, 'digital-led', { samples: 10, seed: 1 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.message).toMatch(/“gva_per_firm” has value 3 outside its range 0.25 to 1/);
  });
});

describe('tornado and switching values', () => {
  it('evaluates each ranged parameter at low and high with the rest at their values, largest swing first', () => {
    const doc = withChange(workedExample(), (d) => (d.parameters['gva_per_firm']!.high = 0.8));
    const tornado = runTornado(doc, 'digital-led');
    if (!tornado.ok) throw new Error('run failed');
    const at = (set: Record<string, number>) => {
      const r = projectScenario(doc, 'digital-led', { set });
      if (!r.ok) throw new Error('run failed');
      return r.value.appraisal.npv;
    };
    expect(tornado.value.base).toBeCloseTo(at({}), 9);
    for (const bar of tornado.value.parameters) {
      expect(bar.atLow!).toBeCloseTo(at({ [bar.id]: bar.low }), 9);
      expect(bar.atHigh!).toBeCloseTo(at({ [bar.id]: bar.high }), 9);
      expect(bar.swing).toBeCloseTo(Math.abs(bar.atHigh! - bar.atLow!), 9);
    }
    expect(tornado.value.parameters.map((p) => p.id)).toEqual(['cost_per_firm', 'gva_per_firm']);
    expect(tornado.value.parameters[0]!.swing).toBeGreaterThan(tornado.value.parameters[1]!.swing);
  });

  it('finds where NPV crosses zero, matching the straight line through two runs', () => {
    // Make NPV cross zero inside the range by lowering the budget's productivity.
    const doc = withChange(oneUncertain(), (d) => (d.parameters['gva_per_firm'] = { value: 0.5, low: 0.001, high: 1 }));
    const run = (g: number) => {
      const r = projectScenario(doc, 'digital-led', { set: { gva_per_firm: g } });
      if (!r.ok) throw new Error('run failed');
      return r.value.appraisal.npv;
    };
    const expected = 0.001 - (run(0.001) * (1 - 0.001)) / (run(1) - run(0.001));
    const found = findSwitchingValue(doc, 'digital-led', 'gva_per_firm');
    if (!found.ok) throw new Error('failed');
    expect(found.value.value!).toBeCloseTo(expected, 9);
    const none = findSwitchingValue(oneUncertain(), 'digital-led', 'gva_per_firm');
    expect(none.ok && none.value.value).toBeNull();
  });
});

describe('the seed', () => {
  it('is refused with a sentence outside 0 to 2^32 - 1, where the generator would alias it', () => {
    // 2^32 + 1 would be seeded as 1 (its low 32 bits) while the result reported 4,294,967,297.
    for (const seed of [2 ** 32 + 1, 2 ** 32, -1, 1.5, Number.NaN]) {
      const run = runMonteCarlo(workedExample(), 'digital-led', { samples: 10, seed });
      expect(run.ok, `seed ${seed}`).toBe(false);
      expect(run.diagnostics).toEqual([expect.objectContaining({ code: 'uncertainty.seed', severity: 'error' })]);
      expect(run.diagnostics[0]!.message).toContain('a whole number from 0 to 4,294,967,295');
    }
    expect(
      runMonteCarlo(workedExample(), 'digital-led', { samples: 10, seed: 2 ** 32 + 1 }).diagnostics[0]!.message,
    ).toBe(
      'The seed must be a whole number from 0 to 4,294,967,295 (the random generator uses 32 bits), not 4,294,967,297.',
    );
  });

  it('takes every seed from 0 to 2^32 - 1, and the largest differs from 0 and from 1', () => {
    const at = (seed: number) => {
      const run = runMonteCarlo(workedExample(), 'digital-led', { samples: 50, seed });
      if (!run.ok) throw new Error(run.diagnostics[0]!.message);
      expect(run.value.seed).toBe(seed);
      return run.value.appraisal.npv.p50;
    };
    const largest = at(2 ** 32 - 1);
    expect(largest).not.toBe(at(0));
    expect(largest).not.toBe(at(1));
    expect(() => createRandom(2 ** 32 + 1)).toThrow(/whole number from 0 to 4,294,967,295/);
  });
});
