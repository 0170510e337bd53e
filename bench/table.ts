/** The human-readable report: one row per workload, its goal and whether it was met. */
import type { WorkloadResult } from './workloads.ts';

export function formatTable(report: {
  node: string;
  cpus: number;
  mode: string;
  workloads: WorkloadResult[];
  loadavgStart: number[];
  loadavg: number[];
}): string {
  const header = [
    'workload',
    'median ms',
    'p95 ms',
    'min ms',
    'cpu ms',
    'runs',
    'baseline ms',
    'ratio',
    'goal',
    'result',
  ];
  const rows = report.workloads.map((w) => [
    w.id,
    w.medianMs.toFixed(1),
    w.p95Ms.toFixed(1),
    w.minMs.toFixed(1),
    w.cpuMedianMs.toFixed(1),
    String(w.runs),
    w.baselineMs === undefined ? '' : w.baselineMs.toFixed(1),
    w.ratio === undefined ? '' : w.ratio.toFixed(2),
    `${w.goal.metric === 'ratio' ? 'ratio' : 'median'} <= ${w.goal.max}${w.goal.metric === 'ratio' ? '' : ' ms'}`,
    w.met ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 || c >= 8 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ');
  return [
    `Causeway bench (${report.mode}), node ${report.node}, ${report.cpus} cpus, load average ${fmt(report.loadavgStart)} at start, ${fmt(report.loadavg)} at end`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${report.workloads.filter((w) => w.met).length} of ${report.workloads.length} goals met. Goals are judged on the wall-clock median; on a loaded machine compare min ms. cpu ms is the process's CPU time, all threads (GC and compiler threads included).`,
    '',
  ].join('\n');
}
