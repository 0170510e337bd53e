/**
 * The scalar reference implementations of formula functions and operators whose meaning is not
 * JavaScript's own (method.md section 3). The interpreter calls these same functions lane by lane,
 * so there is one definition of each.
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

/** Logarithm of x to a base: ln(x) / ln(base). */
export function logBase(x: number, base: number): number {
  return Math.log(x) / Math.log(base);
}

/** mathjs rounds halves away from zero (round(-2.5) = -3); Math.round rounds them up. */
export function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** mathjs's mod (the % operator): the result takes the sign of the divisor; x mod 0 is x. */
export function mod(x: number, y: number): number {
  return y === 0 ? x : x - y * Math.floor(x / y);
}
