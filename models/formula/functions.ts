/**
 * The time-shape functions formulas may call (method.md section 3), as plain scalar functions.
 * The vector interpreter calls these same functions lane by lane, so there is one definition of each.
 */

/** Bass cumulative adoption share F(t) = (1 - e^-(p+q)t) / (1 + (q/p) e^-(p+q)t); 0 for t <= 0. */
export function bass(p: number, q: number, t: number): number {
  if (t <= 0) return 0;
  const decay = Math.exp(-(p + q) * t);
  return (1 - decay) / (1 + (q / p) * decay);
}

/** Share adopting during year t: F(t) - F(t-1) (Srinivasan-Mason); 0 for t <= 0. */
export function bassNew(p: number, q: number, t: number): number {
  if (t <= 0) return 0;
  return bass(p, q, t) - bass(p, q, t - 1);
}

/** Logistic curve 1 / (1 + e^(-k (t - t0))). */
export function logistic(k: number, t0: number, t: number): number {
  return 1 / (1 + Math.exp(-k * (t - t0)));
}

/** 0 up to `start`, rising linearly to 1 over `duration` years, then 1. */
export function ramp(t: number, start: number, duration: number): number {
  if (t <= start) return 0;
  if (t >= start + duration) return 1;
  return (t - start) / duration;
}

/** 0 before `at`, 1 from `at` on. */
export function step(t: number, at: number): number {
  return t < at ? 0 : 1;
}
