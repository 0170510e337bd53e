/** Small builders shared by the templates: parameters, links and the programme-budget node. */
import type { Evidence, Link, LogicNode, Parameter } from '../types.ts';

export function param(
  value: number,
  low: number | undefined,
  high: number | undefined,
  unit: string,
  label: string,
  source: string,
  illustrative = false,
): Parameter {
  // A parameter without a range is a design choice (timing, budget) the user sets, not an uncertainty.
  const p: Parameter =
    low === undefined || high === undefined
      ? { value, unit, label, source }
      : { value, low, high, distribution: 'triangular', unit, label, source };
  if (illustrative) p.illustrative = true;
  return p;
}

/** A ranged value (additionality and national factors, optimism bias) with a triangular distribution. */
export function rangedValue(value: number, low: number, high: number) {
  return { value, low, high, distribution: 'triangular' as const };
}

/**
 * Benefit persistence (docs/method.md section 9) as two parameters with their sources: how many
 * years a year's benefit lasts and how fast it fades. Both illustrative defaults.
 */
export function persistenceParameters(
  p: (s: string) => string,
  life: { value: number; low: number; high: number; why: string },
  decay: { value: number; low: number; high: number; why: string },
): Record<string, Parameter> {
  const guide =
    'The Additionality Guide (HCA, 4th edition, 2014, section 2.6 "Persistence of outputs and outcomes") asks appraisers to state how long benefits last and how quickly they fade, with evidence; BEIS/DSIT evaluation practice is to state persistence explicitly and test how much the result depends on it (the tornado does).';
  return {
    [p('benefit_life')]: param(
      life.value,
      life.low,
      life.high,
      'years',
      'Years a benefit lasts (persistence)',
      `Illustrative default, not an evaluated estimate: ${life.why} ${guide} persist() counts whole years: a fractional draw is rounded to the nearest year.`,
      true,
    ),
    [p('benefit_decay')]: param(
      decay.value,
      decay.low,
      decay.high,
      'share a year',
      'Yearly fading of a benefit while it lasts',
      `Illustrative default, not an evaluated estimate: ${decay.why} ${guide}`,
      true,
    ),
  };
}

export function link(from: string, to: string, rationale: string, evidence: Evidence): Link {
  return { id: `${from}-${to}`, from, to, rationale, evidence };
}

/** The programme's public cost node: the annual budget while the programme runs, else 0. */
export function budgetNode(p: (s: string) => string, intervention: string, label: string): LogicNode {
  return {
    id: p('budget'),
    stage: 'input',
    label,
    intervention,
    role: 'cost',
    unit: '£m',
    expr: `${p('annual_budget')} * (step(t, ${p('start')}) - step(t, ${p('start')} + ${p('years')}))`,
    evidence: 'strong',
    notes:
      'Public cost per year (£m, real prices of the price base year), before optimism bias. step() switches the budget on at the start offset and off after the programme years.',
  };
}

export const BUDGET_SOURCE =
  'Illustrative programme size: set it to the budget your authority is appraising. Not from any published programme.';

/** Parameters every template shares: budget and timing. */
export function programmeParameters(
  p: (s: string) => string,
  annualBudget: number,
  years: number,
  start: number,
): Record<string, Parameter> {
  return {
    [p('annual_budget')]: param(
      annualBudget,
      annualBudget * 0.75,
      annualBudget * 1.25,
      '£m/year',
      'Programme budget a year',
      `${BUDGET_SOURCE} Range +/-25% for cost uncertainty.`,
    ),
    [p('years')]: param(years, undefined, undefined, 'years', 'Programme length', 'Design choice.'),
    [p('start')]: param(
      start,
      undefined,
      undefined,
      'years after the horizon start',
      'Programme start (t)',
      'Design choice: 0 = the first projected year.',
    ),
  };
}
