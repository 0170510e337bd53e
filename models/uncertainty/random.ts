/**
 * A seeded pseudo-random generator that gives the same numbers on every machine: xoshiro128**
 * (Blackman and Vigna) on 32-bit integer arithmetic, seeded through splitmix32. Doubles take 53
 * random bits from two outputs, so they are exact and never 0 or 1.
 */
export interface Random {
  /** Uniform in the open interval (0, 1). */
  next(): number;
}

/**
 * The generator is seeded with 32 bits: a larger seed would be cut to its low 32 bits (2^32 + 1 would
 * draw what 1 draws) while the run reported the seed as given, so seeds outside 0 to MAX_SEED are
 * refused rather than reduced.
 */
export const MAX_SEED = 0xffffffff;

/**
 * Why a seed cannot be used, as a sentence, or null when it can (a whole number from 0 to MAX_SEED).
 * `typed` is the text a person gave, quoted in the sentence when it is not a number at all.
 */
export function seedProblem(seed: number, typed?: string): string | null {
  if (Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED) return null;
  const given = Number.isFinite(seed)
    ? seed.toLocaleString('en-GB', { maximumFractionDigits: 20 })
    : `“${typed ?? String(seed)}”`;
  return `The seed must be a whole number from 0 to ${MAX_SEED.toLocaleString('en-GB')} (the random generator uses 32 bits), not ${given}.`;
}

/** Throws on a seed that `seedProblem` refuses: callers check first (Monte Carlo returns the sentence). */
export function createRandom(seed: number): Random {
  const problem = seedProblem(seed);
  if (problem) throw new RangeError(problem);
  let x = seed;
  const splitmix = () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    next() {
      const high = nextUint32() >>> 5; // 27 bits
      const low = nextUint32() >>> 6; // 26 bits
      return (high * 67108864 + low + 0.5) / 9007199254740992;
    },
  };
}

function rotl(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}
