// Loading never throws: random text, random JSON, and random damage to a real file all come back as
// diagnostics. When a document does come back, it can be saved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, serialiseScenario } from '../../../models/index.ts';
import { jsonValue } from './arbitraries.ts';
import { MINIMAL_TEXT } from './helpers.ts';

function expectHandled(text: string): void {
  const outcome = loadScenario(text);
  if (!outcome.ok) {
    expect(outcome.diagnostics.length).toBeGreaterThan(0);
    expect(outcome.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
  for (const d of outcome.diagnostics) expect(d.code).not.toMatch(/^internal\./);
  if (outcome.document !== null) expect(typeof serialiseScenario(outcome.document)).toBe('string');
}

/** Every path (as segments) to a value in plain JSON. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, k) => out.push(...pathsOf(v, [...prefix, k])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

const minimal = JSON.parse(MINIMAL_TEXT) as unknown;
const minimalPaths = pathsOf(minimal).filter((p) => p.length > 0);

describe('loadScenario never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => expectHandled(s)),
      { numRuns: 500 },
    );
  });

  it('on random JSON values', () => {
    fc.assert(
      fc.property(jsonValue, (v) => expectHandled(JSON.stringify(v) ?? 'null')),
      { numRuns: 500 },
    );
  });

  it('on a real file truncated anywhere', () => {
    fc.assert(
      fc.property(fc.nat({ max: MINIMAL_TEXT.length - 2 }), (n) => {
        const outcome = loadScenario(MINIMAL_TEXT.slice(0, n));
        expect(outcome.ok).toBe(false);
        expect(outcome.diagnostics[0]?.code).toMatch(/^json\.(truncated|empty)$/);
      }),
      { numRuns: 300 },
    );
  });

  it('on a real file with any value replaced by random JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...minimalPaths), jsonValue, (path, replacement) => {
        const doc = structuredClone(minimal) as Record<string | number, unknown>;
        let holder: Record<string | number, unknown> = doc;
        for (const seg of path.slice(0, -1)) holder = holder[seg] as Record<string | number, unknown>;
        holder[path[path.length - 1]!] = replacement;
        expectHandled(JSON.stringify(doc));
      }),
      { numRuns: 1000 },
    );
  });

  it('on a real file with a random field deleted', () => {
    for (const path of minimalPaths) {
      const doc = structuredClone(minimal) as Record<string | number, unknown>;
      let holder: Record<string | number, unknown> = doc;
      for (const seg of path.slice(0, -1)) holder = holder[seg] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (Array.isArray(holder)) holder.splice(last as number, 1);
      else delete holder[last];
      expectHandled(JSON.stringify(doc));
    }
  });

  it('on values that are not text', () => {
    expect(loadScenario(undefined as unknown as string).ok).toBe(false);
    expect(loadScenario(42 as unknown as string).diagnostics[0]?.code).toBe('json.not-text');
  });
});
