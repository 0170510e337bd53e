/** Pieces every benchmark scenario shares: a fixed envelope, so regenerated files are byte-identical. */
import type { Area, Prices, ScenarioDocument } from '../../models/index.ts';

// Fixed timestamps, not Date.now(): the test that regenerates the fixtures compares bytes.
const FIXED_TIME = '2026-01-01T00:00:00.000Z';

export function envelope(
  title: string,
  description: string,
): Pick<ScenarioDocument, 'format' | 'schemaVersion' | 'meta' | 'area' | 'prices'> {
  const area: Area = { code: 'BENCH', name: 'Benchmark area', level: 'synthetic' };
  const prices: Prices = { baseYear: 2026, currency: 'GBP' };
  return {
    format: 'causeway.scenario',
    schemaVersion: 1,
    meta: { title, description, createdAt: FIXED_TIME, updatedAt: FIXED_TIME, revision: 1 },
    area,
    prices,
  };
}

/** Additionality that leaves gross = net (docs/method.md section 4): nothing lost, multiplier one. */
export const NO_ADJUSTMENT = { deadweight: 0, leakage: 0, displacement: 0, substitution: 0, multiplier: 1 };
