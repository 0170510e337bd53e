/**
 * The scalar reference implementations of formula functions and operators whose meaning is not
 * JavaScript's own (docs/method.md section 3). The interpreter calls these same functions lane by lane,
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

/**
 * The longest life persist() can use is the horizon itself: flows from before the first projected
 * year do not exist, so a life longer than the horizon acts as the whole horizon, exactly.
 * A life is counted in whole years: it is rounded half away from zero (7.4 -> 7, 7.5 -> 8), and a
 * life below one year counts as one, so a Monte Carlo draw of 7.3 years means 7. NaN stays NaN.
 */
export function persistLife(life: number): number {
  return Math.max(1, roundHalfAway(life));
}

/**
 * persist(x, L, d)(t) = sum over k = 0 .. min(t, L - 1) of x(t - k) * (1 - d)^k (docs/method.md section
 * 9): how much of a yearly flow is still in effect, each year's value lasting L whole years and fading
 * by d a year. `flow` holds x(0) .. x(t); t = flow.length - 1. A decay outside 0..1 (or NaN) gives
 * NaN, which the engine reports as a value it cannot compute. The weights are built by repeated
 * multiplication, newest year first: the interpreter does the same, so the two agree to the bit.
 */
export function persist(flow: readonly number[], life: number, decay: number): number {
  const t = flow.length - 1;
  if (!(decay >= 0 && decay <= 1)) return NaN;
  const years = Math.min(t, persistLife(life) - 1);
  if (Number.isNaN(years)) return NaN;
  const keep = 1 - decay;
  let sum = flow[t]!;
  let weight = 1;
  for (let k = 1; k <= years; k++) {
    weight *= keep;
    sum += flow[t - k]! * weight;
  }
  return sum;
}

/** Logarithm of x to a base: ln(x) / ln(base). */
export function logBase(x: number, base: number): number {
  return Math.log(x) / Math.log(base);
}

/*
 * mathjs compares and rounds numbers with a tolerance (its default config: relTol 1e-12, absTol
 * 1e-15), so that 0.1 + 0.2 == 0.3 and floor(0.3 / 0.1) == 3. Formulas are mathjs expressions, so
 * the interpreter does the same (mathjs: utils/number.js nearlyEqual, function/arithmetic floor.js,
 * ceil.js, round.js and mod.js); test/models/engine/mathjsTolerance.test.ts holds the cases.
 */
const REL_TOL = 1e-12;
const ABS_TOL = 1e-15;

/** mathjs's nearlyEqual with its default tolerances. */
export function nearlyEqual(x: number, y: number): boolean {
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= Math.max(REL_TOL * Math.max(Math.abs(x), Math.abs(y)), ABS_TOL);
}

/** Halves away from zero (Math.round rounds them up), after snapping to 12 decimals as mathjs does. */
export function roundHalfAway(x: number): number {
  const snapped = Math.abs(x) < 1e21 ? Number(x.toFixed(12)) : x;
  const v = nearlyEqual(x, snapped) ? snapped : x;
  return v < 0 ? -Math.round(-v) : Math.round(v);
}

/** Math.floor, except that a value indistinguishable from the next whole number is that number. */
export function floorNear(x: number): number {
  const f = Math.floor(x);
  const r = roundHalfAway(x);
  return f !== r && nearlyEqual(x, r) && !nearlyEqual(x, f) ? r : f;
}

/** Math.ceil, except that a value indistinguishable from the whole number below is that number. */
export function ceilNear(x: number): number {
  const c = Math.ceil(x);
  const r = roundHalfAway(x);
  return c !== r && nearlyEqual(x, r) && !nearlyEqual(x, c) ? r : c;
}

/** mathjs's mod (the % operator): the sign of the divisor, the quotient floored with tolerance; x mod 0 is x. */
export function mod(x: number, y: number): number {
  return y === 0 ? x : x - y * floorNear(x / y);
}
