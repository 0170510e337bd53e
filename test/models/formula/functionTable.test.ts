/**
 * The guard over the formula-function table: every entry's arity is what the analyser enforces, the
 * interpreter computes what the entry's scalar implementation computes (lane by lane, and when the
 * compiler folds constant arguments), and the entry has a description for the inspector and docs.
 * A new function is covered the moment it is added to the table.
 */
import { describe, expect, it } from 'vitest';
import {
  FORMULA_FUNCTIONS,
  RESERVED_NAMES,
  analyseFormula,
  compileScenario,
  projectScenario,
  type FormulaFunction,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { createMachine, nodeOffset, parameterOffset, runYears } from '../../../models/engine/machine.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/** Awkward and ordinary values: negatives, zero, fractions, halves (for rounding), a large one. */
const SAMPLES = [-2.5, -1, -0.5, 0, 1e-3, 0.3, 0.5, 1, 1.5, 2, 2.5, 7, 40];

/** Argument tuples of length n: every combination up to three arguments, a seeded selection beyond. */
function tuples(n: number): number[][] {
  if (n <= 3) {
    let out: number[][] = [[]];
    for (let k = 0; k < n; k++) out = out.flatMap((t) => SAMPLES.map((v) => [...t, v]));
    return out;
  }
  let state = 12345 + n;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648), state);
  return Array.from({ length: 300 }, () => Array.from({ length: n }, () => SAMPLES[next() % SAMPLES.length]!));
}

const counts = (f: FormulaFunction) => Array.from({ length: f.arity.max - f.arity.min + 1 }, (_, k) => f.arity.min + k);
const names = { nodes: ['x'], parameters: ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'] };

/** A call with n arguments the analyser accepts for this function apart from their number. */
function callWith(f: FormulaFunction, n: number): string {
  const args = Array.from({ length: n }, (_, k) => {
    if (f.lowering.kind === 'baseline') return '"ck"';
    if (f.lowering.kind === 'prev') return k === 0 ? 'x' : '0';
    if (f.lowering.kind === 'delay') return ['x', '2', '0'][k] ?? '0';
    if (f.lowering.kind === 'persist') return k === 0 ? 'x' : `p${k}`;
    return `p${k}`;
  });
  return `${f.name}(${args.join(', ')})`;
}

/** A document whose only evaluated node is `x = formula`, with parameters p0..p{n-1}. */
function documentWith(formula: string, n: number, ranged: boolean): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.parameters = Object.fromEntries(
      Array.from({ length: n }, (_, k) => [`p${k}`, ranged ? { value: 1, low: -100, high: 100 } : { value: 1 }]),
    );
    d.logicModel = { nodes: [{ id: 'x', stage: 'output', label: 'x', expr: formula }], links: [] };
  });
}

/** The interpreter's value of `x` in the first year, one lane per tuple of parameter values. */
function interpreted(formula: string, inputs: number[][]): number[] {
  const n = inputs[0]!.length;
  const compiled = compileScenario(documentWith(formula, n, true), 'bau');
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  const machine = createMachine(compiled.value, inputs.length);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const offset = parameterOffset(
      machine,
      compiled.value.parameters.findIndex((q) => q.id === `p${k}`),
    );
    inputs.forEach((tuple, lane) => (machine.mem[offset + lane] = tuple[k]!));
  }
  const x = nodeOffset(machine, compiled.value.nodeIds.indexOf('x'));
  runYears(machine, (y) => {
    if (y === 0) for (let lane = 0; lane < inputs.length; lane++) out.push(machine.mem[x + lane]!);
  });
  return out;
}

/**
 * persist(f, life, decay) with f = t + 1, one lane per [life, decay]: x in each year of each lane. Life
 * and decay are written as formulas so that values the compile-time check refuses still reach the run.
 */
function persistLanes(cases: number[][]): number[][] {
  const doc = withChange(workedExample(), (d) => {
    d.parameters = { life: { value: 1, low: -100, high: 100 }, decay: { value: 0, low: -100, high: 100 } };
    d.logicModel = {
      nodes: [
        { id: 'f', stage: 'output', label: 'f', expr: 't + 1' },
        { id: 'x', stage: 'output', label: 'x', expr: 'persist(f, life + 0, decay + 0)' },
      ],
      links: [{ id: 'f-x', from: 'f', to: 'x' }],
    };
  });
  const compiled = compileScenario(doc, 'bau');
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  const machine = createMachine(compiled.value, cases.length);
  ['life', 'decay'].forEach((id, k) => {
    const offset = parameterOffset(
      machine,
      compiled.value.parameters.findIndex((q) => q.id === id),
    );
    cases.forEach((c, lane) => (machine.mem[offset + lane] = c[k]!));
  });
  const x = nodeOffset(machine, compiled.value.nodeIds.indexOf('x'));
  const out = cases.map(() => [] as number[]);
  runYears(machine, () => cases.forEach((_, lane) => out[lane]!.push(machine.mem[x + lane]!)));
  return out;
}

describe('the formula-function table', () => {
  it('lists each name once, every one of them reserved', () => {
    const all = FORMULA_FUNCTIONS.map((f) => f.name);
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(RESERVED_NAMES.has(name), name).toBe(true);
  });

  describe.each(FORMULA_FUNCTIONS.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    it('has a description and a signature that starts with its name', () => {
      expect(f.description.trim().length).toBeGreaterThan(0);
      expect(f.signature.startsWith(`${f.name}(`)).toBe(true);
    });

    it('is accepted with each allowed number of arguments and refused with one fewer or one more', () => {
      for (const n of counts(f))
        expect(analyseFormula(callWith(f, n), names).diagnostics, `${n} arguments`).toEqual([]);
      for (const n of [f.arity.min - 1, f.arity.max + 1].filter((k) => k >= 0)) {
        const codes = analyseFormula(callWith(f, n), names).diagnostics.map((d) => d.code);
        expect(codes, `${n} arguments`).toEqual(['formula.arity']);
      }
    });

    it('computes in the interpreter exactly what its scalar implementation computes', () => {
      const lowering = f.lowering;
      switch (lowering.kind) {
        case 'instruction':
        case 'by-arity':
        case 'pairwise':
          for (const n of counts(f)) {
            const inputs = tuples(n);
            const expected = inputs.map((args) => lowering.scalar(...args));
            // Object.is: NaN equals NaN, and -0 is not 0.
            interpreted(callWith(f, n), inputs).forEach((v, k) =>
              expect(
                Object.is(v, expected[k]),
                `${f.name}(${inputs[k]!.join(', ')}) gave ${v}, not ${expected[k]}`,
              ).toBe(true),
            );
            // Constant arguments are folded by the compiler: the same value again.
            const finite = inputs.filter((args) => Number.isFinite(lowering.scalar(...args))).slice(0, 20);
            for (const args of finite) {
              const run = projectScenario(documentWith(`${f.name}(${args.join(', ')})`, 0, false), 'bau');
              if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('; '));
              expect(run.value.nodes['x']![0], `${f.name}(${args.join(', ')}) folded`).toBe(lowering.scalar(...args));
            }
          }
          break;
        case 'prev': {
          // prev(x, init): init in the first year, then last year's value.
          const run = projectScenario(documentWith('prev(x, 5) + t + 1', 0, false), 'bau');
          if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('; '));
          expect(run.value.nodes['x']).toEqual([6, 8, 11]);
          break;
        }
        case 'delay': {
          // delay(x, 2, init): init in the first two years, then the value two years before.
          const run = projectScenario(documentWith('delay(x, 2, 5) + t + 1', 0, false), 'bau');
          if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('; '));
          expect(run.value.nodes['x']).toEqual([6, 7, 9]);
          break;
        }
        case 'persist': {
          // Every lane has its own life and decay; the flow is 1, 2, 3 (t + 1) in each.
          const flow = [1, 2, 3];
          const lives = [-1, 0.4, 1, 1.5, 2, 2.49, 3, 7, NaN];
          const decays = [-0.1, 0, 0.05, 0.5, 1, 1.1];
          const cases = lives.flatMap((life) => decays.map((decay) => [life, decay]));
          const values = persistLanes(cases);
          cases.forEach(([life, decay], k) => {
            const expected = flow.map((_, t) => lowering.scalar(flow.slice(0, t + 1), life!, decay!));
            expect(values[k], `persist(flow, ${life}, ${decay})`).toEqual(expected);
          });
          break;
        }
        case 'baseline': {
          // The worked example's sector ck: £1,000m and 10,000 jobs in 2021, GVA growing 1% a year.
          const run = projectScenario(documentWith(`${f.name}("ck")`, 0, false), 'bau');
          if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('; '));
          const gva = [5, 6, 7].map((k) => 1000 * Math.pow(1.01, k));
          const expected = { gva, jobs: [10000, 10000, 10000], prod: gva.map((g) => (g * 1e6) / 10000) };
          run.value.nodes['x']!.forEach((v, y) => expect(v).toBeCloseTo(expected[lowering.measure][y]!, 9));
          break;
        }
      }
    });
  });
});
