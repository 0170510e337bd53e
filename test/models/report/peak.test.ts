/**
 * Peak and cumulative headline figures (issue 11, item 2), checked against a series typed in by
 * hand: the peak is the largest yearly value and its year the first that reaches it; cost per net
 * job states the peak year it divides by.
 */
import { describe, expect, it } from 'vitest';
import { METRICS, metricBasis, peakYear, type Projection } from '../../../models/index.ts';

/** Only the fields the catalogue reads for these metrics. */
function projection(jobs: number[], gva: number[], costPerNetJob: number | null): Projection {
  return {
    years: [2026, 2027, 2028, 2029, 2030],
    total: { netImpact: { jobs, gva } },
    appraisal: { costPerNetJob },
  } as unknown as Projection;
}

const number = (id: keyof typeof METRICS, p: Projection) => {
  const m = METRICS[id];
  if (m.kind !== 'number') throw new Error('not a number metric');
  return m.read(p);
};

describe('peak and cumulative metrics', () => {
  const p = projection([3, 28, 28, 10, 1], [0.5, 4, 10.6, 2, 0.4], 398_468);

  it('reads the peak, its first year, and totals over the horizon', () => {
    expect(number('net-jobs-peak', p)).toBe(28);
    expect(number('net-jobs-peak-year', p)).toBe(2027);
    expect(number('net-gva-peak', p)).toBe(10.6);
    expect(number('net-gva-peak-year', p)).toBe(2028);
    expect(number('net-jobs-cumulative', p)).toBe(3 + 28 + 28 + 10 + 1);
    expect(number('net-jobs', p)).toBe(1);
  });

  it('says the basis beside the figure', () => {
    expect(metricBasis(METRICS['cost-per-job'], p)).toBe('per net job at the peak, 2027');
    expect(metricBasis(METRICS['net-jobs-peak'], p)).toBe('in 2027');
    expect(metricBasis(METRICS['net-gva'], p)).toBeNull();
  });

  it('has no peak year when the figure is never positive', () => {
    const none = projection([0, 0, -1, 0, 0], [0, 0, 0, 0, 0], null);
    expect(peakYear('net-jobs', none)).toBeNull();
    expect(number('net-jobs-peak', none)).toBe(0);
    expect(metricBasis(METRICS['cost-per-job'], none)).toBeNull();
  });
});
