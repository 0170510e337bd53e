/**
 * An empty scenario file: no sectors, parameters or boxes, one business-as-usual scenario. Settings
 * that carry meaning are set visibly (optimism bias 0 with a note saying to set it) rather than
 * guessed, and the Problems list tells the user what is still missing.
 */
import { CURRENT_SCHEMA_VERSION, SCENARIO_FORMAT, type ScenarioDocument } from '../engine.ts';

export function blankDocument(now = new Date()): ScenarioDocument {
  const start = now.getFullYear() + 1;
  return {
    format: SCENARIO_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: 'Untitled scenario file', createdAt: now.toISOString(), updatedAt: now.toISOString(), revision: 0 },
    area: { code: '', name: 'Area not set' },
    horizon: { startYear: start, endYear: start + 14 },
    prices: { baseYear: 2019, currency: 'GBP' },
    baseline: { sectors: [] },
    parameters: {},
    interventions: [],
    logicModel: { nodes: [], links: [] },
    scenarios: [{ id: 'bau', name: 'Business as usual', interventions: [] }],
    appraisal: {
      optimismBias: 0,
      optimismBiasNote:
        'Not set: choose optimism bias from the Green Book supplementary guidance for your project type.',
    },
  };
}
