/**
 * How a change in a formula's value is shared among its inputs (docs/method.md section 16).
 *
 * Each input has a value in the scenario and one in the reference. The change of the formula,
 * f(scenario inputs) - f(reference inputs), is split by the Shapley value: an input's share is its
 * marginal effect (moving it from its reference to its scenario value) averaged over every order in
 * which the inputs could be moved. The shares add up to the change exactly (up to the last bits of
 * floating point), whatever the formula, and an input that did not change gets exactly 0. For a sum
 * each input gets its own change; for a product a*b, a gets (a1 - a0)(b0 + b1)/2.
 *
 * Shapley needs the formula at every subset of changed inputs (2^n evaluations). Beyond
 * MAX_SHAPLEY_INPUTS changed inputs the rule is sequential substitution instead: inputs are moved
 * one at a time in the order they first appear in the formula, each taking the change it makes.
 */

/** Changed inputs up to which the exact Shapley value is computed (4,096 evaluations). */
export const MAX_SHAPLEY_INPUTS = 12;

export type AttributionRule = 'shapley' | 'sequential';

export interface Attribution {
  /** One share per input, in the order given; null when the formula is not finite at some mix of inputs. */
  contributions: number[] | null;
  rule: AttributionRule;
}

/**
 * Split f(scenario) - f(reference) among inputs. `evaluate(pick)` computes the formula where input
 * k takes `pick(k) ? scenario[k] : reference[k]`.
 */
export function attribute(
  scenario: readonly number[],
  reference: readonly number[],
  evaluate: (pick: (k: number) => boolean) => number,
): Attribution {
  const changed = scenario.flatMap((v, k) => (Object.is(v, reference[k]) ? [] : [k]));
  const contributions = new Array<number>(scenario.length).fill(0);
  const n = changed.length;
  if (n === 0) return { contributions, rule: 'shapley' };
  const at = (mask: number) => {
    const inMask = new Set(changed.filter((_, bit) => mask & (1 << bit)));
    return evaluate((k) => inMask.has(k));
  };

  if (n > MAX_SHAPLEY_INPUTS) {
    let before = at(0);
    let mask = 0;
    for (let bit = 0; bit < n; bit++) {
      mask |= 1 << bit;
      const after = at(mask);
      contributions[changed[bit]!] = after - before;
      before = after;
    }
    return { contributions: contributions.every(Number.isFinite) ? contributions : null, rule: 'sequential' };
  }

  const values = new Float64Array(1 << n);
  for (let mask = 0; mask < values.length; mask++) {
    values[mask] = at(mask);
    if (!Number.isFinite(values[mask])) return { contributions: null, rule: 'shapley' };
  }
  const weight = shapleyWeights(n);
  for (let bit = 0; bit < n; bit++) {
    const own = 1 << bit;
    let share = 0;
    for (let mask = 0; mask < values.length; mask++) {
      if (mask & own) continue;
      share += weight[popCount(mask)]! * (values[mask | own]! - values[mask]!);
    }
    contributions[changed[bit]!] = share;
  }
  return { contributions, rule: 'shapley' };
}

/** |S|! (n - |S| - 1)! / n! for |S| = 0 .. n-1: the chance that exactly S precedes an input. */
function shapleyWeights(n: number): number[] {
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * k);
  return Array.from({ length: n }, (_, s) => (factorial[s]! * factorial[n - s - 1]!) / factorial[n]!);
}

function popCount(x: number): number {
  let count = 0;
  for (let v = x; v; v &= v - 1) count++;
  return count;
}
