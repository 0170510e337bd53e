/**
 * Range checks for the values schemaVersion 2 lets carry their own uncertainty (docs/method.md
 * section 10): additionality factors, national factors and optimism bias, in interventions and in
 * scenario overrides. A number is checked as v1 checked it; a ranged value `{ value, low, high,
 * distribution }` has its value and both bounds checked against the same limits, and its range
 * checked like a parameter's.
 */
import type { Diagnostic, RangedNumber, ScenarioDocument } from '../types.ts';
import { error, warning } from '../diagnostics.ts';
import { formatPath } from './paths.ts';
import { checkRange } from './ranges.ts';

export type Limit = 'fraction' | 'multiplier' | 'optimism-bias';

/**
 * Each kind's legal range, inclusive, as Monte Carlo truncates a draw to it (docs/method.md section 7);
 * a stated value is checked below (a multiplier must be above 0, not merely 0 or more).
 */
export const LEGAL_RANGE: Readonly<Record<Limit, { min: number; max: number }>> = {
  fraction: { min: 0, max: 1 },
  multiplier: { min: 0, max: Number.POSITIVE_INFINITY },
  'optimism-bias': { min: 0, max: Number.POSITIVE_INFINITY },
};

/** The numbers a ranged value states: its value and, where given, its bounds. */
function statedNumbers(v: RangedNumber): { field: string | null; n: number }[] {
  if (typeof v === 'number') return [{ field: null, n: v }];
  return [
    { field: 'value', n: v.value },
    ...(v.low === undefined ? [] : [{ field: 'low', n: v.low }]),
    ...(v.high === undefined ? [] : [{ field: 'high', n: v.high }]),
  ];
}

function checkOne(v: RangedNumber, path: (string | number)[], name: string, limit: Limit, out: Diagnostic[]): void {
  if (typeof v !== 'number') checkRange(v, path, name, out);
  for (const { field, n } of statedNumbers(v)) {
    const at = formatPath(field === null ? path : [...path, field]);
    const what = field === null || field === 'value' ? name : `${name} (its ${field})`;
    if (limit === 'fraction' && !(n >= 0 && n <= 1)) {
      out.push(error('range.factor', at, `${what} is ${n}; it is a fraction from 0 to 1 (e.g. 0.2 for 20%).`));
    } else if (limit === 'multiplier' && !(n > 0)) {
      out.push(
        error(
          'range.multiplier',
          at,
          `${what} is ${n}; the multiplier must be above 0 (1 means no multiplier effect).`,
        ),
      );
    } else if (limit === 'multiplier' && n < 1 && field !== 'low') {
      out.push(
        warning(
          'range.multiplier-low',
          at,
          `${what} is ${n}, below 1, which shrinks net effects; check that this is intended.`,
        ),
      );
    } else if (limit === 'optimism-bias' && !(n >= 0)) {
      out.push(
        error(
          'range.optimism-bias',
          at,
          `${what} is ${n}; it is a fraction added to costs and cannot be negative (e.g. 0.1 for 10%).`,
        ),
      );
    }
  }
}

export const FACTOR_LIMITS = {
  deadweight: 'fraction',
  leakage: 'fraction',
  displacement: 'fraction',
  substitution: 'fraction',
  multiplier: 'multiplier',
} as const;

/** Every ranged value of the document: interventions' own, national factors, scenario overrides. */
export function checkRangedValues(doc: ScenarioDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  doc.interventions.forEach((iv, k) => {
    for (const [f, limit] of Object.entries(FACTOR_LIMITS)) {
      const v = iv.additionality[f as keyof typeof FACTOR_LIMITS];
      checkOne(v, ['interventions', k, 'additionality', f], `Intervention "${iv.id}" ${f}`, limit, out);
    }
    if (iv.national) {
      checkOne(
        iv.national.displacement,
        ['interventions', k, 'national', 'displacement'],
        `Intervention "${iv.id}" national displacement`,
        'fraction',
        out,
      );
      checkOne(
        iv.national.labourSupply,
        ['interventions', k, 'national', 'labourSupply'],
        `Intervention "${iv.id}" labour-supply share`,
        'fraction',
        out,
      );
    }
  });
  doc.scenarios.forEach((sc, k) => {
    for (const [ivId, factors] of Object.entries(sc.additionality ?? {})) {
      for (const [f, limit] of Object.entries(FACTOR_LIMITS)) {
        const v = factors[f as keyof typeof FACTOR_LIMITS];
        if (v === undefined) continue;
        const name = `Scenario "${sc.id}" ${f} for intervention "${ivId}"`;
        checkOne(v, ['scenarios', k, 'additionality', ivId, f], name, limit, out);
      }
    }
    const bias = sc.appraisal?.optimismBias;
    if (bias !== undefined) {
      checkOne(
        bias,
        ['scenarios', k, 'appraisal', 'optimismBias'],
        `Scenario "${sc.id}" optimism bias`,
        'optimism-bias',
        out,
      );
    }
  });
  checkOne(doc.appraisal.optimismBias, ['appraisal', 'optimismBias'], 'The optimism bias', 'optimism-bias', out);
  return out;
}
