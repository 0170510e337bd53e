import { describe, expect, it } from 'vitest';
import {
  createRandom,
  createSampler,
  inverseNormal,
  normalCdf,
  percentilesBySelection,
  type ResolvedParameter,
} from '../../../models/index.ts';

const draw = (p: ResolvedParameter, n = 40_000, seed = 3) => {
  const { sampler, diagnostics } = createSampler(p, `parameters.${p.id}`);
  if (!sampler) throw new Error(diagnostics.map((d) => d.message).join('; ') || 'constant');
  const random = createRandom(seed);
  return Float64Array.from({ length: n }, () => sampler(random));
};
const mean = (v: Float64Array) => v.reduce((a, b) => a + b, 0) / v.length;

describe('distributions (docs/method.md section 7)', () => {
  it('inverse normal matches tabulated quantiles', () => {
    expect(inverseNormal(0.95)).toBeCloseTo(1.644854, 6);
    expect(inverseNormal(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 6);
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it('triangular uses the value as its mode: mean (low + mode + high) / 3, median from the CDF', () => {
    const v = draw({ id: 'x', value: 2, low: 1, high: 5, distribution: 'triangular' });
    expect(mean(v)).toBeCloseTo(8 / 3, 1);
    // F(m) = 0.5 on the upper branch: 5 - sqrt(0.5 x 4 x 3) = 2.5505
    expect(percentilesBySelection(v, [50])[0]).toBeCloseTo(5 - Math.sqrt(6), 1);
    expect(Math.min(...v)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...v)).toBeLessThanOrEqual(5);
  });

  it('uniform spreads evenly between low and high', () => {
    const v = draw({ id: 'x', value: 0.03, low: 0.01, high: 0.05, distribution: 'uniform' });
    const [p10, p90] = percentilesBySelection(v, [10, 90]);
    expect(p10).toBeCloseTo(0.014, 3);
    expect(p90).toBeCloseTo(0.046, 3);
  });

  it('normal and lognormal take low and high as their 5th and 95th percentiles', () => {
    const normal = draw({ id: 'x', value: 10, low: 6, high: 14, distribution: 'normal' });
    const [n5, n50, n95] = percentilesBySelection(normal, [5, 50, 95]);
    expect(n5).toBeCloseTo(6, 1);
    expect(n50).toBeCloseTo(10, 1);
    expect(n95).toBeCloseTo(14, 1);
    const lognormal = draw({ id: 'x', value: 2, low: 1, high: 4, distribution: 'lognormal' });
    const [l5, l50, l95] = percentilesBySelection(lognormal, [5, 50, 95]);
    expect(l5).toBeCloseTo(1, 1);
    expect(l50).toBeCloseTo(2, 1); // geometric mean of 1 and 4
    expect(l95).toBeCloseTo(4, 1);
  });

  it('PERT has mean (low + 4 mode + high) / 6', () => {
    const v = draw({ id: 'x', value: 2, low: 1, high: 9, distribution: 'pert' });
    expect(mean(v)).toBeCloseTo((1 + 8 + 9) / 6, 1);
  });

  it('treats low == high or a missing range as a constant, and refuses contradictions', () => {
    expect(createSampler({ id: 'x', value: 1, low: 1, high: 1, distribution: 'triangular' }, 'p').sampler).toBeNull();
    expect(createSampler({ id: 'x', value: 1, distribution: 'triangular' }, 'p').sampler).toBeNull();
    expect(
      createSampler({ id: 'x', value: 7, low: 1, high: 5, distribution: 'triangular' }, 'p').diagnostics[0]!.message,
    ).toMatch(/value 7 outside its range 1 to 5/);
    expect(
      createSampler({ id: 'x', value: 1, low: 0, high: 5, distribution: 'lognormal' }, 'p').diagnostics[0]!.message,
    ).toMatch(/positive/);
  });
});

describe('draws stay inside an input’s legal range (docs/method.md section 7)', () => {
  const fraction = { min: 0, max: 1 };
  const positive = { min: 0, max: Number.POSITIVE_INFINITY };

  it('the normal CDF matches tabulated values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655253931457, 14);
    expect(normalCdf(2)).toBeCloseTo(0.977249868051821, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.00134989803163009, 15);
    expect(normalCdf(-6) / 9.86587645037698e-10).toBeCloseTo(1, 12);
    expect(normalCdf(1.6448536269514722)).toBeCloseTo(0.95, 14);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('a normal fraction whose p5..p95 straddles 1 never draws above 1; it follows the normal cut at 1', () => {
    // p5 0.9, p95 1.1: mean 1, sd 0.2 / (2 x 1.6449) = 0.060796; half its mass lies above 1.
    const p: ResolvedParameter = { id: 'x', value: 1, low: 0.9, high: 1.1, distribution: 'normal', limits: fraction };
    const v = draw(p);
    expect(Math.max(...v)).toBeLessThanOrEqual(1);
    expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
    // Truncated at 1 the kept half is rescaled: the median is the untruncated 25th percentile,
    // 1 - 0.67449 x 0.060796 = 0.95899, and the 5th the untruncated 2.5th, 1 - 1.95996 x 0.060796 = 0.88084.
    const [p5, p50] = percentilesBySelection(v, [5, 50]);
    expect(p50).toBeCloseTo(0.95899, 2);
    expect(p5).toBeCloseTo(0.88084, 2);
  });

  it('a lognormal fraction stays at or below 1, a normal multiplier and optimism bias above 0', () => {
    const lognormal = draw({ id: 'x', value: 0.7, low: 0.5, high: 1, distribution: 'lognormal', limits: fraction });
    expect(Math.max(...lognormal)).toBeLessThanOrEqual(1);
    const multiplier = draw({ id: 'x', value: 1, low: 0.1, high: 2, distribution: 'normal', limits: positive });
    expect(Math.min(...multiplier)).toBeGreaterThan(0);
    const bias = draw({ id: 'x', value: 0.2, low: 0, high: 0.4, distribution: 'normal', limits: positive });
    expect(Math.min(...bias)).toBeGreaterThanOrEqual(0);
  });

  it('leaves draws exactly as they were when the limits cut nothing, and formula parameters unlimited', () => {
    const within: ResolvedParameter = { id: 'x', value: 0.5, low: 0.45, high: 0.55, distribution: 'normal' };
    expect(draw({ ...within, limits: fraction }, 2000)).toEqual(draw(within, 2000));
    const triangular: ResolvedParameter = { id: 'x', value: 0.2, low: 0, high: 1, distribution: 'triangular' };
    expect(draw({ ...triangular, limits: fraction }, 2000)).toEqual(draw(triangular, 2000));
    const unlimited = draw({ id: 'x', value: 1, low: 0.9, high: 1.1, distribution: 'normal' });
    expect(Math.max(...unlimited)).toBeGreaterThan(1);
  });
});
