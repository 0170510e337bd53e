import type { AdditionalityFactor } from '../scenario/inheritance.ts';

/** An intervention's additionality factors as numbers (central values, or one Monte Carlo draw). */
export type AdditionalityValues = { [F in AdditionalityFactor]: number };

/**
 * Gross to net (docs/method.md section 4, the HCA Additionality Guide formula):
 * net = gross * (1 - deadweight) * (1 - leakage) * (1 - displacement) * (1 - substitution) * multiplier.
 */
export function netFactor(a: AdditionalityValues): number {
  return (1 - a.deadweight) * (1 - a.leakage) * (1 - a.displacement) * (1 - a.substitution) * a.multiplier;
}

/** Each step of the gross-to-net chain for one gross amount, in order: for the waterfall chart. */
export function additionalitySteps(
  gross: number,
  a: AdditionalityValues,
): { step: string; change: number; after: number }[] {
  const steps: [string, number][] = [
    ['Deadweight', 1 - a.deadweight],
    ['Leakage', 1 - a.leakage],
    ['Displacement', 1 - a.displacement],
    ['Substitution', 1 - a.substitution],
    ['Multiplier', a.multiplier],
  ];
  let running = gross;
  return steps.map(([step, factor]) => {
    const after = running * factor;
    const change = after - running;
    running = after;
    return { step, change, after };
  });
}
