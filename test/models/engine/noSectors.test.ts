/**
 * A file with no sectors yet (a blank file): every result is a sector's GVA, jobs or productivity,
 * so nothing can be projected. The run says so in one sentence naming where to add a sector,
 * rather than a list of "undefined (NaN)" figures blaming inputs beyond what Causeway can compute.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  SCENARIO_FORMAT,
  projectScenario,
  runMonteCarlo,
  runTornado,
  type ScenarioDocument,
} from '../../../models/index.ts';

function blank(): ScenarioDocument {
  return {
    format: SCENARIO_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: 'Blank', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', revision: 0 },
    area: { code: '', name: 'Area not set' },
    horizon: { startYear: 2027, endYear: 2041 },
    prices: { baseYear: 2019, currency: 'GBP' },
    baseline: { sectors: [] },
    parameters: { grant: { value: 2, label: 'Grant' } },
    interventions: [],
    logicModel: { nodes: [{ id: 'spend', label: 'Spend', stage: 'input', expr: 'grant' }], links: [] },
    scenarios: [{ id: 'bau', name: 'Business as usual', interventions: [] }],
    appraisal: { optimismBias: 0 },
  };
}

const NO_SECTORS = 'Add a sector in Assumptions (or import a baseline) before anything can be projected';

describe('a file with no sectors', () => {
  it('gives one clear error saying where to add a sector, not NaN figures', () => {
    const out = projectScenario(blank(), 'bau');
    expect(out.ok).toBe(false);
    const errors = out.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('run.no-sectors');
    expect(errors[0]!.path).toBe('baseline.sectors');
    expect(errors[0]!.message).toContain(NO_SECTORS);
    expect(errors[0]!.message).not.toMatch(/NaN|beyond what Causeway/);
  });

  it('says the same for sensitivity and Monte Carlo', () => {
    for (const out of [
      runTornado(blank(), 'bau', { metric: 'npv' }),
      runMonteCarlo(blank(), 'bau', { samples: 20, seed: 1 }),
    ]) {
      expect(out.ok).toBe(false);
      expect(out.diagnostics.map((d) => d.message).join(' ')).toContain(NO_SECTORS);
    }
  });
});
