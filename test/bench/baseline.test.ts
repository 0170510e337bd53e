import { describe, expect, it } from 'vitest';
import { runMonteCarlo, type UncertaintyResult } from '../../models/index.ts';
import { runB0Handwritten } from '../../bench/baseline/b0Handwritten.ts';
import { loadFixture } from '../../bench/loadFixtures.ts';
import { B0_SCENARIO } from '../../bench/scenarios/b0.ts';

/** Every number of an uncertainty result, flattened with its path. */
function numbers(r: UncertaintyResult): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(r, '');
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

// The ratio engine / hand-written is only meaningful if both compute the same thing from the same
// draws: same stream, same sampling order, same appraisal, same percentiles.
describe('hand-written B0 baseline matches runMonteCarlo', () => {
  const b0 = loadFixture('B0');

  it.each([
    [10_000, 20260101],
    [997, 7],
  ])('%i draws, seed %i: same NPV percentiles to 1e-9 relative', (samples, seed) => {
    const engine = runMonteCarlo(b0, B0_SCENARIO, { samples, seed });
    if (!engine.ok) throw new Error(JSON.stringify(engine.diagnostics));
    const hand = runB0Handwritten(samples, seed);
    const npvEngine = engine.value.appraisal.npv;
    const npvHand = hand.appraisal.npv;
    for (const key of ['mean', 'p5', 'p10', 'p50', 'p90', 'p95'] as const)
      expect(close(npvHand[key], npvEngine[key]), `npv.${key}: ${npvHand[key]} vs ${npvEngine[key]}`).toBe(true);
    // The draws genuinely vary, so agreement is not an accident of constant inputs.
    expect(npvEngine.p95 - npvEngine.p5).toBeGreaterThan(100);
  });

  it('agrees on every other output too (BCR, cost per job, yearly bands)', () => {
    const engine = runMonteCarlo(b0, B0_SCENARIO, { samples: 4_321, seed: 99 });
    if (!engine.ok) throw new Error('engine failed');
    const a = numbers(engine.value);
    const b = numbers(runB0Handwritten(4_321, 99));
    expect([...b.keys()]).toEqual([...a.keys()]);
    const mismatches = [...a].filter(([path, v]) => !close(v, b.get(path)!));
    expect(mismatches).toEqual([]);
  });
});
