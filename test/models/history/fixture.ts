import { CURRENT_SCHEMA_VERSION, type ScenarioDocument } from '../../../models/types.ts';

/** A small valid scenario document for history tests (no dependency on the file pipeline). */
export function sampleDocument(): ScenarioDocument {
  return {
    format: 'causeway.scenario',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: 'Test area', createdAt: '2026-01-01T09:00:00.000Z', revision: 0 },
    area: { code: 'TLD3', name: 'Greater Manchester', level: 'ITL2' },
    horizon: { startYear: 2026, endYear: 2040 },
    prices: { baseYear: 2021, currency: 'GBP' },
    baseline: {
      sectors: [
        { id: 'ck', name: 'Machinery', dataYear: 2021, gva: 677, jobs: 7200, gvaGrowth: 0.012, jobsGrowth: 0 },
        { id: 'j', name: 'Information', dataYear: 2021, gva: 4100, jobs: 52000, gvaGrowth: 0.02, jobsGrowth: 0.01 },
      ],
    },
    parameters: {
      p_support: { value: 0.03, low: 0.01, high: 0.05, distribution: 'triangular' },
      q: { value: 0.4 },
    },
    interventions: [
      {
        id: 'digital',
        name: 'Digital',
        additionality: { deadweight: 0.2, leakage: 0.1, displacement: 0.25, substitution: 0, multiplier: 1.5 },
      },
    ],
    logicModel: {
      nodes: [
        { id: 'grant', stage: 'input', label: 'Grant', intervention: 'digital', expr: '2', unit: '£m', role: 'cost' },
        {
          id: 'uplift',
          stage: 'impact',
          label: 'Uplift',
          intervention: 'digital',
          expr: 'grant * p_support',
          role: 'gva',
          sector: 'ck',
        },
      ],
      links: [{ id: 'l1', from: 'grant', to: 'uplift' }],
    },
    scenarios: [
      { id: 'bau', name: 'Business as usual', interventions: [] },
      { id: 'digital-led', name: 'Digital-led', interventions: ['digital'], overrides: { p_support: 0.04 } },
    ],
    appraisal: { optimismBias: 0.1 },
  };
}

/** ISO time `minutes` after a fixed start. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2026, 0, 1, 9, 0) + minutes * 60_000).toISOString();
}
