import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../models/index.ts';
import { loadFixture } from '../../bench/loadFixtures.ts';
import { B0_PUBLISHED, B0_SCENARIO } from '../../bench/scenarios/b0.ts';

// The deterministic cross-check, computed independently of Causeway: year 20 of the Bass
// model in Euler steps. Checked on the committed file, as the benchmark loads it.
describe('B0 fixture reproduces the published cross-check', () => {
  const projection = projectScenario(loadFixture('B0'), B0_SCENARIO);
  if (!projection.ok) throw new Error(JSON.stringify(projection.diagnostics));
  const p = projection.value;
  const y20 = p.years.indexOf(2046);

  it('runs t = 0..20 with no diagnostics', () => {
    expect(p.years).toHaveLength(21);
    expect(y20).toBe(20);
    // B0 states no national factors, so UK social value is (rightly) not assessed; nothing else.
    expect(projection.diagnostics.map((d) => d.code)).toEqual(['social.not-assessed']);
  });

  it('adopters 998.3877 at year 20', () => {
    expect(p.nodes['adopters']![y20]).toBeCloseTo(B0_PUBLISHED.adopters, 4);
    expect(p.nodes['adopters']![0]).toBe(0);
  });

  it('projected GVA 817.1513 and jobs 16,343.03 at year 20', () => {
    expect(p.total.projected.gva[y20]).toBeCloseTo(B0_PUBLISHED.gva, 4);
    expect(Math.abs(p.total.projected.jobs[y20]! - B0_PUBLISHED.jobs)).toBeLessThan(0.01);
  });

  it('cumulative extra GVA 790.5715 at year 20 (a stock of years 0..19)', () => {
    expect(p.nodes['cum_extra']![y20]).toBeCloseTo(B0_PUBLISHED.cumExtra, 4);
  });

  it('projected = baseline + gross: no additionality adjustment', () => {
    expect(p.total.netImpact.gva).toEqual(p.total.grossImpact.gva);
    p.years.forEach((_, y) =>
      expect(p.total.projected.gva[y]).toBeCloseTo(p.total.baseline.gva[y]! + p.nodes['extra_gva']![y]!, 9),
    );
  });

  it('has a cost, so NPV and BCR exist', () => {
    expect(p.appraisal.pvCosts).toBeGreaterThan(0);
    expect(p.appraisal.bcr).not.toBeNull();
    expect(Number.isFinite(p.appraisal.npv)).toBe(true);
  });
});
