import { describe, expect, it } from 'vitest';
import { discountFactors, greenBookRate } from '../../../models/index.ts';

// Published Green Book values (HM Treasury Green Book, discounting annex) to four decimals.
describe('Green Book discount factors', () => {
  const df = discountFactors(101);

  it('matches the published factors', () => {
    expect(df[0]).toBe(1);
    expect(df[1]).toBeCloseTo(0.9662, 4);
    expect(df[10]).toBeCloseTo(0.7089, 4);
    expect(df[10]).toBeCloseTo(0.708919, 6);
    expect(df[30]).toBeCloseTo(0.3563, 4);
    expect(df[40]).toBeCloseTo(0.2651, 4);
    expect(df[75]).toBeCloseTo(0.0942, 4);
    expect(df[100]).toBeCloseTo(0.0508, 4);
  });

  it('compounds year by year: a rate change applies only from the year it starts', () => {
    // Independent route: 1/1.035^30 for the first thirty years, then 1/1.03 per year.
    const df30 = 1 / Math.pow(1.035, 30);
    expect(df[30]).toBeCloseTo(df30, 12);
    expect(df[31]).toBeCloseTo(df30 / 1.03, 12);
    expect(df[40]).toBeCloseTo(df30 / Math.pow(1.03, 10), 12);
    // The wrong shortcut (one later rate for every year) gives a visibly different number.
    expect(Math.abs(df[40]! - 1 / Math.pow(1.03, 40))).toBeGreaterThan(0.03);
  });

  it('gives the annuity of 1 over years 1-20 as 14.2124 (not the widely copied 14.2339)', () => {
    const annuity = df.slice(1, 21).reduce((a, b) => a + b, 0);
    expect(annuity).toBeCloseTo(14.2124, 4);
    expect(Math.abs(annuity - 14.2339)).toBeGreaterThan(0.02);
    // Closed form of a level annuity at 3.5%.
    expect(annuity).toBeCloseTo((1 - Math.pow(1.035, -20)) / 0.035, 10);
  });

  it('follows the long-term schedule bands', () => {
    expect([1, 30, 31, 75, 76, 125, 126, 200, 201, 300, 301].map(greenBookRate)).toEqual([
      0.035, 0.035, 0.03, 0.03, 0.025, 0.025, 0.02, 0.02, 0.015, 0.015, 0.01,
    ]);
  });

  it('uses a flat rate for every year when the file sets one', () => {
    const flat = discountFactors(5, 0.05);
    flat.forEach((value, k) => expect(value).toBeCloseTo(1 / Math.pow(1.05, k), 12));
  });
});
