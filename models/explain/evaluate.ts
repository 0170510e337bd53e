/**
 * A formula evaluated once, on numbers, with the product's own semantics: functions through the
 * function table's scalar implementations (models/formula/functionTable.ts), operators with mathjs's
 * tolerances as the interpreter applies them (models/formula/functions.ts). The trace evaluates a
 * formula many times with some inputs at their scenario values and others at their reference
 * values; it never calls mathjs's evaluate. test/models/explain/evaluate.test.ts checks every
 * operator against the interpreter's own instruction.
 */
import type { Expr } from '../formula/analyse.ts';
import type { BinaryOperator, UnaryOperator } from '../formula/catalogue.ts';
import { FUNCTION_BY_NAME } from '../formula/functionTable.ts';
import { mod, nearlyEqual } from '../formula/functions.ts';

/** The leaves whose values the caller supplies: everything in a formula that is not a constant or time. */
export type LeafExpr = Extract<Expr, { kind: 'node' | 'param' | 'base' | 'prev' }>;

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

/** The formula's value with the given time and leaf values. */
export function evaluateExpr(expr: Expr, time: { t: number; year: number }, leaf: (e: LeafExpr) => number): number {
  const run = (e: Expr): number => {
    switch (e.kind) {
      case 'num':
        return e.value;
      case 'time':
        return time[e.name];
      case 'node':
      case 'param':
      case 'base':
      case 'prev':
        return leaf(e);
      case 'unary':
        return UNARY[e.op](run(e.arg));
      case 'binary':
        return BINARY[e.op](run(e.left), run(e.right));
      case 'cond':
        return run(e.test) ? run(e.then) : run(e.otherwise);
      case 'call': {
        const lowering = FUNCTION_BY_NAME.get(e.fn)?.lowering;
        if (!lowering || !('scalar' in lowering)) throw new UnsupportedFormula(`${e.fn}()`);
        return lowering.scalar(...e.args.map(run));
      }
      default:
        throw new UnsupportedFormula((e as { kind: string }).kind);
    }
  };
  return run(expr);
}

/**
 * The formula as it reads in its first year: prev(x, init) there is its initial value, so the
 * initial value's own inputs are the formula's inputs that year.
 */
export function firstYearForm(expr: Expr): Expr {
  switch (expr.kind) {
    case 'prev':
      return firstYearForm(expr.init);
    case 'unary':
      return { ...expr, arg: firstYearForm(expr.arg) };
    case 'binary':
      return { ...expr, left: firstYearForm(expr.left), right: firstYearForm(expr.right) };
    case 'cond':
      return {
        ...expr,
        test: firstYearForm(expr.test),
        then: firstYearForm(expr.then),
        otherwise: firstYearForm(expr.otherwise),
      };
    case 'call':
      return { ...expr, args: expr.args.map(firstYearForm) };
    default:
      return expr;
  }
}

/** A leaf's identity: the same parameter used twice is one input. */
export function leafKey(e: LeafExpr): string {
  switch (e.kind) {
    case 'node':
      return `node:${e.id}`;
    case 'prev':
      return `prev:${e.id}`;
    case 'param':
      return `param:${e.id}`;
    case 'base':
      return `base:${e.measure}:${e.sector}`;
  }
}

/** The distinct leaves of a formula in the order they first appear (prev's initial value excluded). */
export function formulaLeaves(expr: Expr): LeafExpr[] {
  const seen = new Map<string, LeafExpr>();
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'node':
      case 'param':
      case 'base':
      case 'prev':
        if (!seen.has(leafKey(e))) seen.set(leafKey(e), e);
        return;
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
      default:
        return;
    }
  };
  walk(expr);
  return [...seen.values()];
}
