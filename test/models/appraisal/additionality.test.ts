import { describe, expect, it } from 'vitest';
import { additionalitySteps, appraise, netFactor, vfmBand } from '../../../models/index.ts';

describe('additionality (HCA formula)', () => {
  const factors = { deadweight: 0.2, leakage: 0.1, displacement: 0.25, substitution: 0, multiplier: 1.5 };

  it('turns gross 100 into net 81 for DW 20%, L 10%, D 25%, S 0, M 1.5', () => {
    // 100 x 0.8 x 0.9 x 0.75 x 1 x 1.5 = 81
    expect(100 * netFactor(factors)).toBeCloseTo(81, 12);
  });

  it('lays out the waterfall steps in order, ending at the net figure', () => {
    const steps = additionalitySteps(100, factors);
    expect(steps.map((s) => s.step)).toEqual(['Deadweight', 'Leakage', 'Displacement', 'Substitution', 'Multiplier']);
    expect(steps.map((s) => s.after)).toEqual([80, 72, 54, 54, 81].map((v) => expect.closeTo(v, 10)));
    expect(steps[0]!.change).toBeCloseTo(-20, 10);
    expect(steps[4]!.change).toBeCloseTo(27, 10);
  });

  it('leaves gross unchanged with every factor 0 and multiplier 1', () => {
    expect(netFactor({ deadweight: 0, leakage: 0, displacement: 0, substitution: 0, multiplier: 1 })).toBe(1);
  });
});

describe('value-for-money bands (DfT)', () => {
  it('places boundaries in the higher band', () => {
    expect([0.99, 1, 1.49, 1.5, 1.99, 2, 3.99, 4, 10].map(vfmBand)).toEqual([
      'poor',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very high',
      'very high',
    ]);
    expect(vfmBand(null)).toBeNull();
  });
});

describe('appraise', () => {
  it('returns a null BCR and cost per job when there are no costs or jobs', () => {
    const result = appraise({ netGva: [1, 1], netJobs: [0, 0], cost: [0, 0], discountFactors: [1, 0.5] });
    expect(result.pvBenefits).toBe(1.5);
    expect(result.bcr).toBeNull();
    expect(result.vfm).toBeNull();
    expect(result.costPerNetJob).toBeNull();
  });

  it('uses undiscounted cost over the peak yearly net jobs for cost per job, in GBP', () => {
    // Costs 3 + 1 = £4m; peak net jobs 200 -> £20,000 per job.
    const result = appraise({ netGva: [0, 5], netJobs: [100, 200], cost: [3, 1], discountFactors: [1, 0.9] });
    expect(result.costPerNetJob).toBeCloseTo(20000, 8);
    expect(result.pvCosts).toBeCloseTo(3.9, 12);
    expect(result.npv).toBeCloseTo(4.5 - 3.9, 12);
  });
});
