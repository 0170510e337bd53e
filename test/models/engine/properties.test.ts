import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

describe('engine invariants (property-based)', () => {
  const positive = fc.double({ min: 0.01, max: 100, noNaN: true });

  it('all additionality factors 0 and multiplier 1: net equals gross', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (budget, gvaPerFirm, costPerFirm) => {
          const doc = withChange(workedExample(), (d) => {
            d.interventions[0]!.additionality = {
              deadweight: 0,
              leakage: 0,
              displacement: 0,
              substitution: 0,
              multiplier: 1,
            };
            d.parameters['budget']!.value = budget;
            d.parameters['gva_per_firm']!.value = gvaPerFirm;
            d.parameters['cost_per_firm']!.value = costPerFirm;
          });
          const result = projectScenario(doc, 'digital-led');
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.total.netImpact).toEqual(result.value.total.grossImpact);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('scaling the input of a linear chain scales its impacts and costs, leaving the BCR alone', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 50, noNaN: true }), (k) => {
        const base = projectScenario(workedExample(), 'digital-led');
        const scaled = projectScenario(
          withChange(workedExample(), (d) => (d.parameters['budget']!.value *= k)),
          'digital-led',
        );
        if (!base.ok || !scaled.ok) throw new Error('run failed');
        base.value.total.netImpact.gva.forEach((v, y) =>
          expect(scaled.value.total.netImpact.gva[y]).toBeCloseTo(v * k, 8),
        );
        base.value.total.netImpact.jobs.forEach((v, y) =>
          expect(scaled.value.total.netImpact.jobs[y]).toBeCloseTo(v * k, 6),
        );
        base.value.total.cost.forEach((v, y) => expect(scaled.value.total.cost[y]).toBeCloseTo(v * k, 8));
        expect(scaled.value.appraisal.npv).toBeCloseTo(base.value.appraisal.npv * k, 6);
        expect(scaled.value.appraisal.bcr!).toBeCloseTo(base.value.appraisal.bcr!, 10);
      }),
      { numRuns: 40 },
    );
  });
});

/*
 * The compiler and interpreter against an independent evaluator: mathjs's own evaluate (a full
 * instance, allowed here in a test and nowhere in the product) on random formulas, including the
 * comparisons, floor, ceil, round and %, where mathjs uses a tolerance that the engine follows
 * (mathjsTolerance.test.ts has the hand-worked cases).
 */
describe('compiled formulas agree with mathjs evaluate', () => {
  const reference = create(all!);
  const leaf = fc.oneof(
    fc.constantFrom('a', 'b', 'c', 't', 'year'),
    fc.integer({ min: 1, max: 9 }).map(String),
    fc.double({ min: 0.1, max: 9, noNaN: true }).map((v) => v.toFixed(3)),
  );
  const { expr } = fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .tuple(
          tie('expr'),
          fc.constantFrom('+', '-', '*', '/', '%', '<', '>', '<=', '>=', '==', '!=', ' and ', ' or '),
          tie('expr'),
        )
        .map(([l, op, r]) => `(${l} ${op} ${r})`),
      fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, x, y]) => `(${c} ? ${x} : ${y})`),
      fc.tuple(fc.constantFrom('min', 'max'), tie('expr'), tie('expr')).map(([f, x, y]) => `${f}(${x}, ${y})`),
      fc
        .tuple(fc.constantFrom('abs', 'sqrt', 'exp', 'floor', 'ceil', 'round', '-'), tie('expr'))
        .map(([f, x]) =>
          f === '-' ? `-(${x})` : f === 'exp' ? `exp(min(${x}, 20))` : f === 'sqrt' ? `sqrt(abs(${x}))` : `${f}(${x})`,
        ),
      tie('expr').map((x) => `(${x})^2`),
    ),
  }));

  it('for every year of a three-year run', () => {
    fc.assert(
      fc.property(
        expr,
        fc.integer({ min: -5000, max: 5000 }).map((v) => v / 1000),
        fc.integer({ min: 100, max: 5000 }).map((v) => v / 1000),
        fc.integer({ min: -3, max: 3 }),
        (source, a, b, c) => {
          const doc = withChange(workedExample(), (d) => {
            d.parameters = { a: { value: a }, b: { value: b }, c: { value: c } };
            d.logicModel = { nodes: [{ id: 'x', stage: 'output', label: 'x', expr: source }], links: [] };
          });
          const result = projectScenario(doc, 'bau');
          const expected = [0, 1, 2].map((t) => Number(reference.evaluate(source, { a, b, c, t, year: 2026 + t })));
          if (expected.some((v) => !Number.isFinite(v))) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(`${source}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
          expected.forEach((v, t) =>
            expect(result.value.nodes['x']![t]).toBeCloseTo(v, Math.abs(v) > 1e6 ? -Math.log10(Math.abs(v)) + 8 : 8),
          );
        },
      ),
      { numRuns: 300, seed: 20_260_501 },
    );
  });
});
