/**
 * Keeping draws inside an input's legal range (docs/method.md section 7). A normal or lognormal is
 * unbounded, so one stated on a fraction (an additionality or national factor) can draw below 0 or
 * above 1, and one on a multiplier or optimism bias below 0. Such an input's distribution is truncated
 * to its legal range: the uniform number behind a draw is mapped into the share of the distribution
 * that is legal, F(min) to F(max), and read back through the inverse CDF. Draws keep one random number
 * each (the stream and every other input's draws are unchanged), the shape inside the range is kept
 * (no pile of draws on the limit, as clamping would make), and where the limits cut nothing the draws
 * are exactly what they were.
 */

/** An input's legal range, inclusive; infinite where it has no limit. */
export interface Limits {
  min: number;
  max: number;
}

/** Mass cut off so small that no draw of any practical run could fall there: the limits are left out. */
const NEGLIGIBLE = 1e-15;

/**
 * The standard normal CDF, accurate to about 1e-15: Φ(z) = erfc(-z / √2) / 2, with erf from its
 * series of positive terms near 0 (no cancellation) and erfc from its continued fraction in the tails.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  const x = -z / Math.SQRT2;
  return x >= 0 ? erfc(x) / 2 : 1 - erfc(-x) / 2;
}

/** erfc(x) for x >= 0. */
function erfc(x: number): number {
  if (x < 2) {
    // erf(x) = 2/√π · e^(-x²) · Σ x (2x²)^n / (1·3·…·(2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; term > sum * 1e-17; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …)))), evaluated from the back;
  // 60 levels are exact to double precision for x >= 2.
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/**
 * A sampler for a distribution given by its inverse CDF on the standard normal scale, z = (g(x) - μ) / σ
 * (g the identity for a normal, the logarithm for a lognormal), truncated to `limits`. Returns how to
 * turn a uniform number into a draw.
 */
export function truncatedNormalDraw(
  toZ: (x: number) => number,
  fromZ: (z: number) => number,
  inverseNormal: (p: number) => number,
  limits: Limits | undefined,
): (u: number) => number {
  const plain = (u: number) => fromZ(inverseNormal(u));
  if (!limits) return plain;
  const below = normalCdf(toZ(limits.min));
  const kept = normalCdf(toZ(limits.max)) - below;
  const clamp = (x: number) => Math.min(limits.max, Math.max(limits.min, x));
  // The clamp only guards the last digits of the inverse CDF's approximation at a limit.
  if (1 - kept < NEGLIGIBLE) return (u) => clamp(plain(u));
  return (u) => clamp(plain(below + kept * u));
}
