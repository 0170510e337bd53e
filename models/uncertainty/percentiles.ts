/**
 * Percentiles by selection (Hoare's quickselect), not by sorting: each cell of the Monte Carlo
 * results is reduced in linear expected time. Interpolation between order statistics follows the
 * common "type 7" rule (Excel PERCENTILE.INC, numpy's default): h = (n - 1) p.
 */

export const PERCENTILES = [5, 10, 50, 90, 95] as const;

/** Rearranges `values` so that values[k] is the k-th smallest within [from, to]. */
function select(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    const pivot = values[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * The requested percentiles (0-100, ascending) of `values`, which is reordered in place. NaN
 * values must have been removed first. Returns NaN for an empty array.
 */
export function percentilesBySelection(values: Float64Array, percentiles: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return percentiles.map(() => NaN);
  // Selecting the ranks in ascending order lets each search start where the previous one ended.
  let from = 0;
  return percentiles.map((p) => {
    const h = ((n - 1) * p) / 100;
    const k = Math.floor(h);
    select(values, k, from, n - 1);
    from = k;
    const lower = values[k]!;
    if (k + 1 >= n || h === k) return lower;
    let upper = Infinity;
    for (let i = k + 1; i < n; i++) if (values[i]! < upper) upper = values[i]!;
    return lower + (h - k) * (upper - lower);
  });
}
