import { describe, expect, it } from 'vitest';
import { bass, bassNew, logistic, ramp, step } from '../../../models/index.ts';

describe('Bass diffusion', () => {
  const p = 0.03;
  const q = 0.38;

  it('matches published cumulative adoption values for p = 0.03, q = 0.38', () => {
    expect(bass(p, q, 1)).toBeCloseTo(0.035758, 6);
    expect(bass(p, q, 5)).toBeCloseTo(0.331199, 6);
    expect(bass(p, q, 10)).toBeCloseTo(0.812803, 6);
  });

  it('peaks in adoption at t* = ln(q/p) / (p + q) = 6.1926', () => {
    const tStar = Math.log(q / p) / (p + q);
    expect(tStar).toBeCloseTo(6.1926, 4);
    // The density (numerical derivative of F) is highest at t*.
    const density = (t: number) => (bass(p, q, t + 1e-5) - bass(p, q, t - 1e-5)) / 2e-5;
    expect(density(tStar)).toBeGreaterThan(density(tStar - 0.05));
    expect(density(tStar)).toBeGreaterThan(density(tStar + 0.05));
  });

  it('is 0 for t <= 0 and tends to 1', () => {
    expect(bass(p, q, 0)).toBe(0);
    expect(bass(p, q, -3)).toBe(0);
    expect(bass(p, q, 200)).toBeCloseTo(1, 12);
  });

  it('bass_new is the share adopting during year t, summing back to F', () => {
    expect(bassNew(p, q, 1)).toBeCloseTo(0.035758, 6);
    expect(bassNew(p, q, 0)).toBe(0);
    let cumulative = 0;
    for (let t = 1; t <= 10; t++) cumulative += bassNew(p, q, t);
    expect(cumulative).toBeCloseTo(0.812803, 6);
  });
});

describe('time shapes', () => {
  it('ramp rises linearly from start over duration', () => {
    expect([0, 2, 3, 4, 5, 6, 9].map((t) => ramp(t, 2, 4))).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1]);
  });
  it('step switches on at its year offset', () => {
    expect([0, 2, 3, 4].map((t) => step(t, 3))).toEqual([0, 0, 1, 1]);
  });
  it('logistic is one half at its midpoint and symmetric', () => {
    expect(logistic(0.8, 5, 5)).toBe(0.5);
    expect(logistic(0.8, 5, 7) + logistic(0.8, 5, 3)).toBeCloseTo(1, 12);
    expect(logistic(1, 0, 1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });
});
