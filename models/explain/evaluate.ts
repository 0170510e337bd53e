/**
 * A formula evaluated once, on numbers, with the product's own semantics: functions through the
 * function table's scalar implementations (models/formula/functionTable.ts, persist() included),
 * operators with mathjs's tolerances as the interpreter applies them (models/formula/functions.ts).
 * The trace evaluates a formula many times with some inputs at their scenario values and others at
 * their reference values; it never calls mathjs's evaluate. test/models/explain/evaluate.test.ts
 * checks every operator against the interpreter's own instruction.
 *
 * Before evaluation a formula is put in its form for one year (formAtYear): prev() and delay() become
 * the node's value that many years before (a `lag` leaf), or their initial value while there is none.
 */
import type { Expr } from '../formula/analyse.ts';
import type { BinaryOperator, UnaryOperator } from '../formula/catalogue.ts';
import { FUNCTION_BY_NAME } from '../formula/functionTable.ts';
import { mod, nearlyEqual, persistLife } from '../formula/functions.ts';

/** A node's value `years` years before the year explained. */
export interface LagExpr {
  kind: 'lag';
  id: string;
  years: number;
}

/** A formula in its form for one year: no prev() or delay(), lag leaves instead. */
export type YearExpr = Expr | LagExpr;

/** The leaves whose values the caller supplies: everything in a formula that is not a constant or time. */
export type LeafExpr = Extract<Expr, { kind: 'node' | 'param' | 'base' }> | LagExpr;

const truth = (x: unknown) => (x ? 1 : 0);

export const BINARY: Record<BinaryOperator, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => Math.pow(a, b),
  mod: (a, b) => mod(a, b),
  smaller: (a, b) => truth(a < b && !nearlyEqual(a, b)),
  larger: (a, b) => truth(a > b && !nearlyEqual(a, b)),
  smallerEq: (a, b) => truth(a <= b || nearlyEqual(a, b)),
  largerEq: (a, b) => truth(a >= b || nearlyEqual(a, b)),
  equal: (a, b) => truth(nearlyEqual(a, b)),
  unequal: (a, b) => truth(!nearlyEqual(a, b)),
  and: (a, b) => truth(a && b),
  or: (a, b) => truth(a || b),
  xor: (a, b) => truth(!a !== !b),
};

export const UNARY: Record<UnaryOperator, (a: number) => number> = {
  unaryMinus: (a) => -a,
  unaryPlus: (a) => a,
  not: (a) => (a ? 0 : 1),
};

/** A formula uses a construct the trace cannot evaluate on its own (a later function of time, say). */
export class UnsupportedFormula extends Error {}

const lag = (id: string, years: number): LeafExpr => (years === 0 ? { kind: 'node', id } : { kind: 'lag', id, years });

/**
 * The formula's value with the given time and leaf values. persist(x, life, decay) reads x's flow as
 * lag leaves (lag 0 is x this year); flows it does not need may read as anything.
 */
export function evaluateExpr(expr: YearExpr, time: { t: number; year: number }, leaf: (e: LeafExpr) => number): number {
  const run = (e: YearExpr): number => {
    switch (e.kind) {
      case 'num':
        return e.value;
      case 'time':
        return time[e.name];
      case 'node':
      case 'param':
      case 'base':
      case 'lag':
        return leaf(e);
      case 'unary':
        return UNARY[e.op](run(e.arg));
      case 'binary':
        return BINARY[e.op](run(e.left), run(e.right));
      case 'cond':
        return run(e.test) ? run(e.then) : run(e.otherwise);
      case 'call': {
        const lowering = FUNCTION_BY_NAME.get(e.fn)?.lowering;
        if (lowering?.kind !== 'instruction' && lowering?.kind !== 'by-arity' && lowering?.kind !== 'pairwise')
          throw new UnsupportedFormula(`${e.fn}()`);
        return lowering.scalar(...e.args.map(run));
      }
      case 'persist': {
        const lowering = FUNCTION_BY_NAME.get('persist')?.lowering;
        if (lowering?.kind !== 'persist') throw new UnsupportedFormula('persist()');
        const flow = Array.from({ length: time.t + 1 }, (_, k) => leaf(lag(e.id, time.t - k)));
        return lowering.scalar(flow, run(e.life), run(e.decay));
      }
      default:
        throw new UnsupportedFormula(`${(e as { kind: string }).kind}()`);
    }
  };
  return run(expr);
}

/**
 * The formula as it reads in year index y: prev(x, init) is x a year before (its initial value in the
 * first year), delay(x, n, init) is x n years before (its initial value while t < n); the initial
 * value's own inputs are then the formula's inputs.
 */
export function formAtYear(expr: Expr, y: number): YearExpr {
  const at = (e: Expr): YearExpr => {
    switch (e.kind) {
      case 'prev':
        return y >= 1 ? lag(e.id, 1) : at(e.init);
      case 'delay':
        return y >= e.years ? lag(e.id, e.years) : at(e.init);
      case 'persist':
        return { ...e, life: at(e.life) as Expr, decay: at(e.decay) as Expr };
      case 'unary':
        return { ...e, arg: at(e.arg) as Expr };
      case 'binary':
        return { ...e, left: at(e.left) as Expr, right: at(e.right) as Expr };
      case 'cond':
        return { ...e, test: at(e.test) as Expr, then: at(e.then) as Expr, otherwise: at(e.otherwise) as Expr };
      case 'call':
        return { ...e, args: e.args.map((a) => at(a) as Expr) };
      default:
        return e;
    }
  };
  return at(expr);
}

/** A leaf's identity: the same parameter used twice is one input. */
export function leafKey(e: LeafExpr): string {
  switch (e.kind) {
    case 'node':
      return `node:${e.id}`;
    case 'lag':
      return `lag:${e.id}:${e.years}`;
    case 'param':
      return `param:${e.id}`;
    case 'base':
      return `base:${e.measure}:${e.sector}`;
  }
}

/**
 * The distinct leaves of a year's formula in the order they first appear. A persist() adds its flow
 * for as many years back as its life reaches on either side: `lifeOf` gives the longest life (in
 * years, rounded as persist() rounds it) of a persist() node's life expression.
 */
export function formulaLeaves(expr: YearExpr, t: number, lifeOf: (life: Expr) => number): LeafExpr[] {
  const seen = new Map<string, LeafExpr>();
  const add = (e: LeafExpr) => {
    if (!seen.has(leafKey(e))) seen.set(leafKey(e), e);
  };
  const walk = (e: YearExpr): void => {
    switch (e.kind) {
      case 'node':
      case 'param':
      case 'base':
      case 'lag':
        return add(e);
      case 'unary':
        return walk(e.arg);
      case 'binary':
        walk(e.left);
        return walk(e.right);
      case 'cond':
        walk(e.test);
        walk(e.then);
        return walk(e.otherwise);
      case 'call':
        return e.args.forEach(walk);
      case 'persist': {
        walk(e.life);
        walk(e.decay);
        const back = Math.min(t, persistLife(lifeOf(e.life)) - 1);
        for (let k = 0; k <= back; k++) add(lag(e.id, k));
        return;
      }
      default:
        return;
    }
  };
  walk(expr);
  return [...seen.values()];
}
