/**
 * Green Book discounting (docs/method.md section 6). Factors compound year by year from the first
 * projected year (k = 0, undiscounted), so a rate change at k = 31 applies only from then on:
 * DF(31) = DF(30) / 1.03, never 1 / 1.03^31.
 */

/** The Green Book schedule: the rate that applies to year offset k (k >= 1). */
export function greenBookRate(k: number): number {
  if (k <= 30) return 0.035;
  if (k <= 75) return 0.03;
  if (k <= 125) return 0.025;
  if (k <= 200) return 0.02;
  if (k <= 300) return 0.015;
  return 0.01;
}

/** Discount factors for year offsets 0..count-1, with the schedule or one flat rate. */
export function discountFactors(count: number, flatRate?: number): number[] {
  const factors: number[] = [];
  let factor = 1;
  for (let k = 0; k < count; k++) {
    if (k > 0) factor /= 1 + (flatRate ?? greenBookRate(k));
    factors.push(factor);
  }
  return factors;
}
