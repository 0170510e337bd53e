/**
 * The attribution rule (docs/method.md section 16): an input's share is its Shapley value, so the
 * shares of a box's inputs add up to the box's change from the reference, exactly (to 1e-9 of the
 * values involved), whatever the formula; beyond MAX_SHAPLEY_INPUTS changed inputs the rule is
 * sequential substitution, whose shares add up the same way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attribute,
  explain,
  loadScenario,
  MAX_SHAPLEY_INPUTS,
  projectScenario,
  type ExplainEntry,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

describe('attribute', () => {
  it('gives a product a*b the shares (a1 - a0)(b0 + b1)/2 and (b1 - b0)(a0 + a1)/2', () => {
    const split = attribute([3, 5], [2, 4], (pick) => (pick(0) ? 3 : 2) * (pick(1) ? 5 : 4));
    expect(split.rule).toBe('shapley');
    expect(split.contributions).toEqual([((3 - 2) * (4 + 5)) / 2, ((5 - 4) * (2 + 3)) / 2]);
  });

  it('gives an input that did not change exactly 0, and every input of a sum its own change', () => {
    const s = [1, 7, 4];
    const r = [1, 2, 9];
    const split = attribute(s, r, (pick) => s.reduce((sum, _, k) => sum + (pick(k) ? s[k]! : r[k]!), 0));
    expect(split.contributions).toEqual([0, 5, -5]);
  });

  it('returns null when the formula is not finite at some mix of inputs', () => {
    const split = attribute([1, 2], [0, 0], (pick) => (pick(0) ? 1 : 0) / (pick(1) ? 2 : 0));
    expect(split.contributions).toBeNull();
  });

  it('switches to sequential substitution beyond the limit, and the shares still add up', () => {
    const n = MAX_SHAPLEY_INPUTS + 2;
    const s = Array.from({ length: n }, (_, k) => k + 2);
    const r = Array.from({ length: n }, (_, k) => k + 1);
    const product = (pick: (k: number) => boolean) => s.reduce((p, _, k) => p * (pick(k) ? s[k]! : r[k]!) ** 0.25, 1);
    const split = attribute(s, r, product);
    expect(split.rule).toBe('sequential');
    const sum = split.contributions!.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(product(() => true) - product(() => false), 9);
  });

  it('shares add up to the change for random smooth functions of up to ten inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 10 }),
        (pairs, shapes) => {
          const s = pairs.map(([a]) => a);
          const r = pairs.map(([, b]) => b);
          const f = (pick: (k: number) => boolean) => {
            const v = (k: number) => (pick(k) ? s[k]! : r[k]!);
            let acc = 1;
            s.forEach((_, k) => {
              const x = v(k);
              const shape = shapes[k]!;
              acc = shape === 0 ? acc + x : shape === 1 ? acc * x : shape === 2 ? Math.max(acc, x) : acc / (1 + x * x);
            });
            return acc;
          };
          const split = attribute(s, r, f);
          const sum = split.contributions!.reduce((a, b) => a + b, 0);
          const scale = Math.max(1, Math.abs(f(() => true)), Math.abs(f(() => false)));
          expect(Math.abs(sum - (f(() => true) - f(() => false)))).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
    );
  });
});

/** Random formulas over parameters p1..p4, a shared box b (now, earlier, persisting), t and year, with guarded divisions. */
const formula: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      'p1',
      'p2',
      'p3',
      'p4',
      'b',
      't',
      '2',
      '0.5',
      'year / 1000',
      'prev(b, p4)',
      'delay(b, 2, p3)',
      'persist(b, 1 + abs(p2), 0.25)',
    ),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a} / (1 + abs(${b}))`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `min(${a}, ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `max(${a}, ${b})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `(${a} > ${b} ? ${c} : ${b})`),
    tie('e').map((a) => `sqrt(abs(${a}))`),
    tie('e').map((a) => `exp(-abs(${a}))`),
    tie('e').map((a) => `-${a}`),
  ),
})).e;

/** A file whose shared box x = the formula, with scenario "alt" overriding some parameters against "bau". */
function documentWith(expr: string, values: number[], overrides: (number | null)[]): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.parameters = Object.fromEntries(values.map((v, k) => [`p${k + 1}`, { value: v }]));
    d.logicModel = {
      nodes: [
        { id: 'b', stage: 'input', label: 'b', expr: 'p1 * 2 + t' },
        { id: 'x', stage: 'output', label: 'x', expr },
      ],
      links: [{ id: 'b-x', from: 'b', to: 'x' }],
    };
    d.scenarios = [
      { id: 'bau', name: 'Business as usual', interventions: [] },
      {
        id: 'alt',
        name: 'Alternative',
        interventions: [],
        overrides: Object.fromEntries(overrides.flatMap((o, k) => (o === null ? [] : [[`p${k + 1}`, o]]))),
      },
    ];
  });
}

/** Every explained entry in a trace: contributions of its inputs against its change. */
function* explained(entry: { value: number; reference: number; inputs?: ExplainEntry[] }): Generator<{
  change: number;
  sum: number;
  scale: number;
}> {
  if (entry.inputs && entry.inputs.length > 0 && entry.inputs.every((i) => i.contribution !== null)) {
    const sum = entry.inputs.reduce((a, i) => a + i.contribution!, 0);
    const scale = Math.max(
      1,
      Math.abs(entry.value),
      Math.abs(entry.reference),
      ...entry.inputs.map((i) => Math.abs(i.value)),
    );
    yield { change: entry.value - entry.reference, sum, scale };
  }
  for (const input of entry.inputs ?? []) yield* explained(input);
}

describe('explain on random formulas', () => {
  it("contributions of a box's inputs add up to its change to 1e-9 (property)", () => {
    const value = fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        formula,
        fc.array(value, { minLength: 4, maxLength: 4 }),
        fc.array(fc.option(value, { nil: null }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 2026, max: 2028 }),
        (expr, values, overrides, year) => {
          const doc = documentWith(expr, values, overrides);
          fc.pre(projectScenario(doc, 'alt').ok && projectScenario(doc, 'bau').ok);
          const trace = explain(doc, 'alt', { node: 'x' }, { year });
          if (!trace.ok) throw new Error(trace.diagnostics.map((d) => d.message).join(' '));
          expect(trace.value.inputs.every((i) => i.contribution !== null)).toBe(true);
          for (const { change, sum, scale } of explained(trace.value))
            expect(Math.abs(sum - change)).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('explain on the examples', () => {
  const dir = join(import.meta.dirname, '../../../scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.causeway.json'));

  it.each(files)('%s: every trace of net GVA and jobs splits fully and adds up', (file) => {
    const loaded = loadScenario(readFileSync(join(dir, file), 'utf8'));
    if (!loaded.ok) throw new Error('example does not load');
    const doc = loaded.document;
    for (const scenario of doc.scenarios) {
      for (const total of ['gva', 'jobs'] as const) {
        const trace = explain(doc, scenario.id, { total }, { year: 2031 });
        if (!trace.ok) throw new Error(trace.diagnostics.map((d) => d.message).join(' '));
        let explainedEntries = 0;
        for (const { change, sum, scale } of explained(trace.value)) {
          explainedEntries++;
          expect(Math.abs(sum - change)).toBeLessThanOrEqual(1e-9 * scale);
        }
        const unsplit: string[] = [];
        const walk = (e: ExplainEntry) => {
          if (e.contribution === null) unsplit.push(`${e.id}@${e.year}`);
          e.inputs?.forEach(walk);
        };
        trace.value.inputs.forEach(walk);
        expect(unsplit, `${scenario.id} ${total}`).toEqual([]);
        if (trace.value.change !== 0) expect(explainedEntries).toBeGreaterThan(3);
      }
    }
  });
});
