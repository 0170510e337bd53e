/**
 * Timing helpers. Each workload gets warm-up runs (so the JIT has compiled the hot loops), then up
 * to `runs` timed runs, stopping early once a time budget is spent so the whole bench stays short
 * on a machine shared with other work. Wall time is what the goals are about; CPU time of the
 * process is recorded too, because on a loaded machine it shows how much of the wall time was
 * spent waiting for a core.
 */
export interface Plan {
  warmup: number;
  runs: number;
  /** Stop adding timed runs after this much wall time (at least MIN_RUNS are always taken). */
  budgetMs: number;
}

export interface Sample {
  wallMs: number;
  cpuMs: number;
}

const MIN_RUNS = 3;

/** Time one call; `prepare` runs first, untimed, and its result is the call's argument. */
export function timeOnce<T>(prepare: () => T, fn: (input: T) => unknown): Sample {
  const input = prepare();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  sink(fn(input));
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Runs `steps` (one per measured subject) in alternation, so they share the machine's conditions. */
export function measureInterleaved(plan: Plan, steps: (() => Sample)[]): Sample[][] {
  for (let w = 0; w < plan.warmup; w++) steps.forEach((step) => step());
  const samples: Sample[][] = steps.map(() => []);
  const start = performance.now();
  for (let r = 0; r < plan.runs; r++) {
    if (r >= MIN_RUNS && performance.now() - start > plan.budgetMs) break;
    steps.forEach((step, k) => samples[k]!.push(step()));
  }
  return samples;
}

export interface Stats {
  medianMs: number;
  p95Ms: number;
  minMs: number;
  cpuMedianMs: number;
  runs: number;
}

export function summarise(samples: Sample[]): Stats {
  const wall = samples.map((s) => s.wallMs);
  return {
    medianMs: round(quantile(wall, 0.5)),
    p95Ms: round(quantile(wall, 0.95)),
    minMs: round(Math.min(...wall)),
    cpuMedianMs: round(
      quantile(
        samples.map((s) => s.cpuMs),
        0.5,
      ),
    ),
    runs: samples.length,
  };
}

/** Linear interpolation between order statistics (type 7), as the app's percentiles. */
export function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const k = Math.floor(h);
  const upper = sorted[Math.min(k + 1, sorted.length - 1)]!;
  return sorted[k]! + (h - k) * (upper - sorted[k]!);
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

// Keeps results reachable so the JIT cannot drop the work as dead code.
let kept: unknown;
function sink(value: unknown): void {
  kept = value;
}
export const lastResult = () => kept;
