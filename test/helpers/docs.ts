import { CURRENT_SCHEMA_VERSION, type ScenarioDocument } from '../../models/index.ts';

/**
 * A small digital-support scenario used across engine tests. Every number in it is chosen so that
 * the hand calculations in the tests stay short: one sector, three years, a linear chain.
 */
export function workedExample(): ScenarioDocument {
  return {
    format: 'causeway.scenario',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: 'Worked example' },
    area: { code: 'TLD3', name: 'Greater Manchester', level: 'ITL2' },
    horizon: { startYear: 2026, endYear: 2028 },
    prices: { baseYear: 2019, currency: 'GBP' },
    baseline: {
      sectors: [
        {
          id: 'ck',
          name: 'Machinery and equipment',
          dataYear: 2021,
          gva: 1000,
          jobs: 10000,
          gvaGrowth: 0.01,
          jobsGrowth: 0,
          dataYearNote: 'A worked example: the 2021 level is used as it stands.',
        },
      ],
    },
    parameters: {
      budget: { value: 2, unit: '£m a year' },
      cost_per_firm: { value: 0.05, low: 0.025, high: 0.1, unit: '£m per firm' },
      gva_per_firm: { value: 0.5, low: 0.25, high: 1, unit: '£m a year per firm' },
    },
    interventions: [
      {
        id: 'digital',
        name: 'Digital adoption support',
        additionality: { deadweight: 0.2, leakage: 0.1, displacement: 0.25, substitution: 0, multiplier: 1.5 },
      },
    ],
    logicModel: {
      nodes: [
        {
          id: 'grant',
          stage: 'input',
          label: 'Grant budget',
          intervention: 'digital',
          expr: 't < 2 ? budget : 0',
          unit: '£m',
          role: 'cost',
        },
        {
          id: 'firms',
          stage: 'output',
          label: 'Firms supported (cumulative)',
          intervention: 'digital',
          expr: 'prev(firms, 0) + grant / cost_per_firm',
          unit: 'firms',
        },
        {
          id: 'uplift',
          stage: 'impact',
          label: 'GVA uplift',
          intervention: 'digital',
          expr: 'firms * gva_per_firm',
          unit: '£m',
          role: 'gva',
          sector: 'ck',
        },
        {
          id: 'jobs',
          stage: 'impact',
          label: 'Jobs',
          intervention: 'digital',
          expr: 'uplift * 1e6 / base_prod("ck")',
          unit: 'jobs',
          role: 'jobs',
          sector: 'ck',
        },
      ],
      links: [
        { id: 'l1', from: 'grant', to: 'firms', rationale: 'Grants pay for support', evidence: 'strong' },
        {
          id: 'l2',
          from: 'firms',
          to: 'uplift',
          rationale: 'Supported firms become more productive',
          evidence: 'moderate',
        },
        {
          id: 'l3',
          from: 'uplift',
          to: 'jobs',
          rationale: 'GVA needs jobs at baseline productivity',
          evidence: 'weak',
        },
      ],
    },
    scenarios: [
      { id: 'bau', name: 'Business as usual', interventions: [] },
      { id: 'digital-led', name: 'Digital-led', interventions: ['digital'] },
    ],
    appraisal: { optimismBias: 0.1 },
  };
}

/** A deep copy with a change applied: documents are values, never mutated in place. */
export function withChange(doc: ScenarioDocument, change: (copy: ScenarioDocument) => void): ScenarioDocument {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}
