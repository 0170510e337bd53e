import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, percentilesBySelection } from '../../../models/index.ts';

/** xoshiro128** and splitmix32 written again with BigInt masks: an independent route to the same stream. */
function referenceStream(seed: number, count: number): number[] {
  const M = 0xffffffffn;
  let x = BigInt(seed >>> 0);
  const splitmix = () => {
    x = (x + 0x9e3779b9n) & M;
    let z = x;
    z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M;
    z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M;
    return (z ^ (z >> 16n)) & M;
  };
  const s = [splitmix(), splitmix(), splitmix(), splitmix()];
  const rotl = (v: bigint, k: bigint) => ((v << k) | (v >> (32n - k))) & M;
  const next = () => {
    const result = (rotl((s[1]! * 5n) & M, 7n) * 9n) & M;
    const t = (s[1]! << 9n) & M;
    s[2] = s[2]! ^ s[0]!;
    s[3] = s[3]! ^ s[1]!;
    s[1] = s[1]! ^ s[2]!;
    s[0] = s[0]! ^ s[3]!;
    s[2] = s[2]! ^ t;
    s[3] = rotl(s[3]!, 11n);
    return result;
  };
  return Array.from({ length: count }, () => {
    const high = Number(next() >> 5n);
    const low = Number(next() >> 6n);
    return (high * 67108864 + low + 0.5) / 9007199254740992;
  });
}

describe('seeded random numbers', () => {
  it('follow xoshiro128** exactly, so every machine draws the same numbers', () => {
    for (const seed of [0, 1, 42, 2 ** 31 + 7]) {
      const random = createRandom(seed);
      expect(Array.from({ length: 50 }, () => random.next())).toEqual(referenceStream(seed, 50));
    }
  });

  it('are uniform on (0, 1): mean, spread and bounds', () => {
    const random = createRandom(7);
    const draws = Array.from({ length: 100_000 }, () => random.next());
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
    expect(Math.min(...draws)).toBeGreaterThan(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});

describe('percentiles by selection', () => {
  const sorted = (values: number[], p: number) => {
    const s = [...values].sort((a, b) => a - b);
    const h = (s.length - 1) * (p / 100);
    const k = Math.floor(h);
    return k + 1 < s.length ? s[k]! + (h - k) * (s[k + 1]! - s[k]!) : s[k]!;
  };
  it('equal the sorted, interpolated percentiles (type 7)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (values) => {
          const got = percentilesBySelection(Float64Array.from(values), [5, 10, 50, 90, 95]);
          [5, 10, 50, 90, 95].forEach((p, i) => expect(got[i]).toBeCloseTo(sorted(values, p), 6));
        },
      ),
    );
  });
});
