/** Workshop sliders move in round steps and show values to that step, never "0.06465" (issue 11, item 3). */
import { describe, expect, it } from 'vitest';
import { formatOnScale, onScale, roundStep, sliderScale } from '../../renderer/workshop/sliderScale.ts';

describe('slider scale', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(roundStep(0.0004)).toBe(0.0002);
    expect(roundStep(0.01)).toBe(0.01);
    expect(roundStep(350)).toBe(200);
    expect(roundStep(7)).toBe(5);
  });

  it('puts the ends of the range on the step and rounds values to it', () => {
    // Low 0.02, high 0.1: (0.1 - 0.02) / 50 = 0.0016 -> step 0.001, three decimals.
    const share = sliderScale({ value: 0.05, low: 0.02, high: 0.1 }, 0.05);
    expect(share).toEqual({ min: 0.02, max: 0.1, step: 0.001, decimals: 3 });
    expect(onScale(0.06465, share)).toBe(0.065);
    expect(formatOnScale(onScale(0.06465, share), share)).toBe('0.065');
    // Low 15,000, high 50,000: 700 -> step 500, whole pounds.
    const money = sliderScale({ value: 25000, low: 15000, high: 50000 }, 25000);
    expect(money).toEqual({ min: 15000, max: 50000, step: 500, decimals: 0 });
    expect(onScale(25123, money)).toBe(25000);
    expect(formatOnScale(26500, money)).toBe('26,500');
  });

  it('shows no more decimals than the step has', () => {
    const budget = sliderScale({ value: 2, low: 1.5, high: 2.5 }, 2);
    expect(budget.step).toBe(0.02);
    expect(formatOnScale(onScale(2.0646, budget), budget)).toBe('2.06');
  });
});
