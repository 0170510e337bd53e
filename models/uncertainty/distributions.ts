import { error } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import type { ResolvedParameter } from '../engine/compileScenario.ts';
import type { Random } from './random.ts';
import { truncatedNormalDraw } from './truncation.ts';
import { parameterName } from '../format/names.ts';

/** z for the 95th percentile of the standard normal: low/high of normal and lognormal are p5/p95. */
const Z95 = 1.6448536269514722;

export type Sampler = (random: Random) => number;

/**
 * A sampler for one parameter (docs/method.md section 7), or a constant when it has no range or
 * low == high. Contradictions (a mode outside its range, a lognormal bound <= 0) are diagnostics.
 * This is the one place draws are made: an input with legal limits (`p.limits`: additionality and
 * national factors, multipliers, optimism bias) has an unbounded distribution truncated to them
 * (truncation.ts); bounded ones draw between low and high, which the file checks keep legal.
 */
export function createSampler(
  p: ResolvedParameter,
  path: string,
): { sampler: Sampler | null; diagnostics: Diagnostic[] } {
  const { low, high, value } = p;
  if (low === undefined || high === undefined || low === high) return { sampler: null, diagnostics: [] };
  const problem = (message: string) => ({
    sampler: null,
    diagnostics: [error('uncertainty.range', path, message)],
  });
  if (!(low < high))
    return problem(`Parameter ${parameterName(p.id, p)} has low ${low} above high ${high}; swap them.`);
  switch (p.distribution) {
    case 'uniform':
      return { sampler: (r) => low + (high - low) * r.next(), diagnostics: [] };
    case 'triangular': {
      if (value < low || value > high)
        return problem(
          `Parameter ${parameterName(p.id, p)} has value ${value} outside its range ${low} to ${high}; a triangular distribution needs the value (its mode) inside the range. Widen the range or give the override its own range.`,
        );
      return { sampler: (r) => triangular(low, value, high, r.next()), diagnostics: [] };
    }
    case 'pert': {
      if (value < low || value > high)
        return problem(
          `Parameter ${parameterName(p.id, p)} has value ${value} outside its range ${low} to ${high}; a PERT distribution needs the value (its mode) inside the range.`,
        );
      const alpha = 1 + (4 * (value - low)) / (high - low);
      const beta = 1 + (4 * (high - value)) / (high - low);
      return { sampler: (r) => low + (high - low) * sampleBeta(alpha, beta, r), diagnostics: [] };
    }
    case 'normal': {
      const mean = (low + high) / 2;
      const sd = (high - low) / (2 * Z95);
      const fromUniform = truncatedNormalDraw(
        (x) => (x - mean) / sd,
        (z) => mean + sd * z,
        inverseNormal,
        p.limits,
      );
      return { sampler: (r) => fromUniform(r.next()), diagnostics: [] };
    }
    case 'lognormal': {
      if (low <= 0)
        return problem(
          `Parameter ${parameterName(p.id, p)} is lognormal but its low is ${low}; a lognormal needs positive bounds.`,
        );
      const mu = (Math.log(low) + Math.log(high)) / 2;
      const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
      const fromUniform = truncatedNormalDraw(
        (x) => (Math.log(x) - mu) / sigma,
        (z) => Math.exp(mu + sigma * z),
        inverseNormal,
        p.limits,
      );
      return { sampler: (r) => fromUniform(r.next()), diagnostics: [] };
    }
  }
}

/** Inverse CDF of the triangular distribution. */
export function triangular(low: number, mode: number, high: number, u: number): number {
  const split = (mode - low) / (high - low);
  return u < split
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

/** Acklam's rational approximation of the standard normal quantile (relative error < 1.15e-9). */
export function inverseNormal(p: number): number {
  const a = [
    -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
    2.506628277459239,
  ];
  const b = [
    -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
  ];
  const c = [
    -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const tail = 0.02425;
  if (p < tail) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - tail) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** Marsaglia and Tsang's gamma sampler (shape >= 1, as PERT's always are). */
function sampleGamma(shape: number, r: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = inverseNormal(r.next());
    const v = Math.pow(1 + c * x, 3);
    if (v <= 0) continue;
    const u = r.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function sampleBeta(alpha: number, beta: number, r: Random): number {
  const x = sampleGamma(alpha, r);
  const y = sampleGamma(beta, r);
  return x / (x + y);
}
