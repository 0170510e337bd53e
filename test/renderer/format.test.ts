/** Number formats users see: UK separators, units, a true minus sign. */
import { describe, expect, it } from 'vitest';
import { formatGbp, formatGbpM, formatJobs, formatRatio } from '../../renderer/format.ts';

describe('formats', () => {
  it('formats money, jobs, productivity and ratios', () => {
    expect(formatGbpM(1234.54)).toBe('£1,234.5m');
    expect(formatGbpM(-12.34)).toBe('−£12.3m');
    expect(formatGbpM(-0.01)).toBe('£0.0m');
    expect(formatJobs(12345.4)).toBe('12,345');
    expect(formatGbp(61200.2)).toBe('£61,200');
    expect(formatRatio(2.456)).toBe('2.46');
    expect(formatRatio(null)).toBe('–');
    expect(formatGbpM(Number.NaN)).toBe('–');
  });
});
