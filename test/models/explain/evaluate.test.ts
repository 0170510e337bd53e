/**
 * The trace's one-off evaluation of a formula has the interpreter's semantics: every operator gives
 * what the interpreter's own instruction gives (tolerant comparisons, mathjs's mod, truthiness), and a
 * formula evaluated here equals the engine's value for the box.
 */
import { describe, expect, it } from 'vitest';
import { analyseFormula, projectScenario, type Expr } from '../../../models/index.ts';
import { BINARY, UNARY, evaluateExpr, formAtYear, formulaLeaves } from '../../../models/explain/evaluate.ts';
import { BINARY_OPS } from '../../../models/engine/emit.ts';
import { evaluateScalar, type Op } from '../../../models/engine/vm.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const SAMPLES = [-2.5, -1, -0.5, -0, 0, 1e-16, 0.1 + 0.2, 0.3, 0.5, 1, 2, 7, Infinity, -Infinity, NaN];

describe('scalar operators', () => {
  it('give what the interpreter gives for every pair of awkward values', () => {
    for (const [name, op] of Object.entries(BINARY_OPS) as [keyof typeof BINARY, Op][]) {
      for (const a of SAMPLES)
        for (const b of SAMPLES) expect(BINARY[name](a, b), `${name}(${a}, ${b})`).toBe(evaluateScalar(op, [a, b]));
    }
    for (const a of SAMPLES) {
      expect(UNARY.unaryMinus(a)).toBe(evaluateScalar('neg', [a]));
      expect(UNARY.not(a)).toBe(evaluateScalar('not', [a]));
      expect(UNARY.unaryPlus(a)).toBe(a);
    }
  });
});

describe('evaluateExpr', () => {
  const names = { nodes: ['n'], parameters: ['a', 'b'] };
  const parse = (source: string) => analyseFormula(source, names).expr as Expr;

  it('reads leaves from the caller and time from its argument', () => {
    const expr = parse('a * n + b ^ 2 - t / year + (a > b ? 10 : 20) + min(a, b, 3) + bass(0.03, 0.38, t)');
    const leaf = (e: { kind: string; id?: string }) => ({ a: 2, b: 3, n: 5 })[e.id as 'a' | 'b' | 'n'];
    const bass2 = (1 - Math.exp(-0.41 * 2)) / (1 + (0.38 / 0.03) * Math.exp(-0.41 * 2));
    expect(evaluateExpr(expr, { t: 2, year: 2028 }, leaf)).toBeCloseTo(2 * 5 + 9 - 2 / 2028 + 20 + 2 + bass2, 12);
  });

  it('lists each input once, in the order it first appears; early years read prev() and delay() as their initial value', () => {
    const expr = parse('prev(n, a * 2) + n * a + base_gva("ck") + a + delay(n, 3, b)');
    const keys = (y: number) =>
      formulaLeaves(formAtYear(expr, y), y, () => 1).map(
        (l) => `${l.kind}:${'id' in l ? l.id : l.sector}${l.kind === 'lag' ? `-${l.years}` : ''}`,
      );
    expect(keys(5)).toEqual(['lag:n-1', 'node:n', 'param:a', 'base:ck', 'lag:n-3']);
    expect(keys(0)).toEqual(['param:a', 'node:n', 'base:ck', 'param:b']);
    expect(keys(2)).toEqual(['lag:n-1', 'node:n', 'param:a', 'base:ck', 'param:b']);
  });

  it('lists a persist() flow as far back as its life reaches, never before the first year', () => {
    const expr = parse('persist(n, a, b)');
    const lags = (y: number, life: number) =>
      formulaLeaves(formAtYear(expr, y), y, () => life).filter((l) => l.kind === 'node' || l.kind === 'lag').length;
    expect(lags(10, 3)).toBe(3);
    expect(lags(1, 3)).toBe(2);
    expect(lags(10, 2.5)).toBe(3); // a life of 2.5 years counts as 3 (rounded half away from zero)
    expect(lags(10, 0.2)).toBe(1);
  });

  it('reproduces the engine value of every box of the worked example, every year, with prev, delay and persist', () => {
    const doc = withChange(workedExample(), (d) => {
      d.logicModel.nodes[1]!.expr = 'prev(firms, 3) + grant / cost_per_firm + (year % 2 == 0 ? 1 : 0.5)';
      d.logicModel.nodes[2]!.expr = 'persist(firms, 2, 0.3) * gva_per_firm + delay(firms, 2, 1)';
      d.horizon.endYear = 2031;
    });
    const run = projectScenario(doc, 'digital-led');
    if (!run.ok) throw new Error(run.diagnostics.map((x) => x.message).join(' '));
    const all = { nodes: doc.logicModel.nodes.map((n) => n.id), parameters: Object.keys(doc.parameters) };
    for (const node of doc.logicModel.nodes) {
      const parsed = analyseFormula(node.expr!, all).expr!;
      run.value.years.forEach((year, y) => {
        const value = evaluateExpr(formAtYear(parsed, y), { t: y, year }, (leaf) => {
          if (leaf.kind === 'param') return doc.parameters[leaf.id]!.value;
          if (leaf.kind === 'node') return run.value.nodes[leaf.id]![y]!;
          if (leaf.kind === 'lag') return run.value.nodes[leaf.id]![y - leaf.years]!;
          return run.value.sectors[leaf.sector]!.baseline.productivity[y]!;
        });
        expect(value, `${node.id} in ${year}`).toBe(run.value.nodes[node.id]![y]);
      });
    }
  });
});
