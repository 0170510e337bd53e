import { describe, expect, it } from 'vitest';
import {
  formatGbp,
  formatGbpMillions,
  formatJobs,
  formatNumber,
  formatPercent,
  formatRatio,
} from '../../../models/index.ts';

describe('number formats (UK English)', () => {
  it('writes £m with thousands separators and one decimal', () => {
    expect(formatGbpMillions(1234.56)).toBe('£1,234.6m');
    expect(formatGbpMillions(1_051_010.05)).toBe('£1,051,010.1m');
    expect(formatGbpMillions(-5)).toBe('\u2212£5.0m');
    expect(formatGbpMillions(-0.04)).toBe('£0.0m');
    expect(formatGbpMillions(null)).toBe('–');
    expect(formatGbpMillions(Number.NaN)).toBe('–');
  });

  it('writes jobs as whole numbers and pounds without pence', () => {
    expect(formatJobs(12_345.6)).toBe('12,346');
    expect(formatJobs(-0.4)).toBe('0');
    expect(formatGbp(61_234.4)).toBe('£61,234');
    expect(formatGbp(-1500)).toBe('\u2212£1,500');
  });

  it('writes ratios, percentages and plain numbers', () => {
    expect(formatRatio(2.345)).toBe('2.35');
    expect(formatPercent(0.035)).toBe('3.5%');
    expect(formatPercent(-0.0001)).toBe('0.0%');
    expect(formatNumber(1234.5678, 3)).toBe('1,234.568');
  });
});
