import { describe, expect, it } from 'vitest';
import { quantile, summarise } from '../../bench/measure.ts';
import { formatTable } from '../../bench/table.ts';
import { judge, workloads, type Workload } from '../../bench/workloads.ts';
import { FIXTURE_DIR } from '../../bench/paths.ts';

// The report's arithmetic and shape only; no timing is asserted anywhere in test/bench.
describe('bench report', () => {
  it('has the workload ids of the issue, each with a goal', () => {
    const ids = workloads(FIXTURE_DIR).map((w) => w.id);
    expect(ids).toEqual([
      'B0-mc10k',
      'S2000-run',
      'S200-mc10k',
      'S2000-tornado',
      'S2000-compile',
      'S2000-save',
      'S2000-save-path',
      'S2000-load',
      'library-parse',
      'cli-start-version',
      'cli-start-areas',
      'cli-start-validate',
    ]);
    for (const w of workloads(FIXTURE_DIR)) expect(w.goal.max).toBeGreaterThan(0);
  });

  it('takes medians and p95 by interpolation', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 0.95)).toBe(20);
    const s = summarise([
      { wallMs: 10, cpuMs: 9 },
      { wallMs: 30, cpuMs: 8 },
      { wallMs: 20, cpuMs: 7 },
    ]);
    expect(s).toEqual({ medianMs: 20, p95Ms: 29, minMs: 10, cpuMedianMs: 8, runs: 3 });
  });

  it('judges ratio goals on the ratio and time goals on the median', () => {
    const [b0, run] = workloads(FIXTURE_DIR) as [Workload, Workload];
    const stats = { medianMs: 30, p95Ms: 40, minMs: 25, cpuMedianMs: 29, runs: 10 };
    expect(judge(b0, { ...stats, baselineMs: 20, ratio: 1.5 }).met).toBe(true);
    expect(judge(b0, { ...stats, baselineMs: 10, ratio: 3 }).met).toBe(false);
    expect(judge(run, stats).met).toBe(false);
    expect(judge(run, { ...stats, medianMs: 16 }).met).toBe(true);
  });

  it('prints a table with goals and pass/fail, and the load', () => {
    const [b0, run] = workloads(FIXTURE_DIR) as [Workload, Workload];
    const stats = { medianMs: 30, p95Ms: 40, minMs: 25, cpuMedianMs: 29, runs: 10 };
    const text = formatTable({
      node: 'v20.0.0',
      cpus: 2,
      mode: 'bundled',
      loadavgStart: [1, 2, 3],
      loadavg: [1.5, 2, 3],
      workloads: [judge(b0, { ...stats, baselineMs: 20, ratio: 1.5 }), judge(run, stats)],
    });
    expect(text).toMatch(/B0-mc10k .* ratio <= 2 +pass/);
    expect(text).toMatch(/S2000-run .* median <= 16 ms +FAIL/);
    expect(text).toContain('load average 1.00 2.00 3.00 at start, 1.50 2.00 3.00 at end');
  });
});
