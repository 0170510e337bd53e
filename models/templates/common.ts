/** Small builders shared by the templates: parameters, links and the programme-budget node. */
import type { Evidence, Link, LogicNode, Parameter } from '../types.ts';

export function param(
  value: number,
  low: number | undefined,
  high: number | undefined,
  unit: string,
  label: string,
  source: string,
): Parameter {
  // A parameter without a range is a design choice (timing, budget) the user sets, not an uncertainty.
  return low === undefined || high === undefined
    ? { value, unit, label, source }
    : { value, low, high, distribution: 'triangular', unit, label, source };
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
