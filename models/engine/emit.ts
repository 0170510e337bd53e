import type { Expr } from '../formula/analyse.ts';
import type { BinaryOperator } from '../formula/catalogue.ts';
import { Op, evaluateScalar } from './vm.ts';

/** Where the operands of a formula live; the compiler owns the layout. */
export interface SlotResolver {
  constant(value: number): number;
  time(name: 't' | 'year'): number;
  base(measure: 'gva' | 'jobs' | 'prod', sector: string): number;
  param(id: string): number;
  node(id: string): number;
  prev(id: string): number;
}

const BINARY_OPS: Record<BinaryOperator, Op> = {
  add: Op.Add,
  subtract: Op.Sub,
  multiply: Op.Mul,
  divide: Op.Div,
  pow: Op.Pow,
  mod: Op.Mod,
  smaller: Op.Lt,
  larger: Op.Gt,
  smallerEq: Op.Le,
  largerEq: Op.Ge,
  equal: Op.Eq,
  unequal: Op.Ne,
  and: Op.And,
  or: Op.Or,
  xor: Op.Xor,
};

const UNARY_CALLS: Record<string, Op> = { exp: Op.Exp, log: Op.Log, sqrt: Op.Sqrt, abs: Op.Abs, floor: Op.Floor, ceil: Op.Ceil, round: Op.Round };
const BINARY_CALLS: Record<string, Op> = { pow: Op.Pow, step: Op.Step, log: Op.LogBase, min: Op.Min, max: Op.Max };
const TERNARY_CALLS: Record<string, Op> = { bass: Op.Bass, bass_new: Op.BassNew, logistic: Op.Logistic, ramp: Op.Ramp };

/**
 * Rewrite a checked formula into calls of fixed arity (min/max folded pairwise, unary plus
 * dropped) and fold every constant subtree, so that `2 * 1e6 / 12` costs nothing per year.
 */
export function simplify(expr: Expr): Expr {
  switch (expr.kind) {
    case 'unary': {
      const arg = simplify(expr.arg);
      if (expr.op === 'unaryPlus') return arg;
      const op = expr.op === 'unaryMinus' ? Op.Neg : Op.Not;
      return arg.kind === 'num' ? { kind: 'num', value: evaluateScalar(op, [arg.value]) } : { ...expr, arg };
    }
    case 'binary': {
      const left = simplify(expr.left);
      const right = simplify(expr.right);
      if (left.kind === 'num' && right.kind === 'num') return { kind: 'num', value: evaluateScalar(BINARY_OPS[expr.op], [left.value, right.value]) };
      return { ...expr, left, right };
    }
    case 'cond': {
      const test = simplify(expr.test);
      const then = simplify(expr.then);
      const otherwise = simplify(expr.otherwise);
      if (test.kind === 'num') return test.value ? then : otherwise;
      return { kind: 'cond', test, then, otherwise };
    }
    case 'call': {
      let args = expr.args.map(simplify);
      if ((expr.fn === 'min' || expr.fn === 'max') && args.length !== 2) {
        if (args.length === 1) return args[0]!;
        let folded: Expr = { kind: 'call', fn: expr.fn, args: [args[0]!, args[1]!] };
        for (const next of args.slice(2)) folded = { kind: 'call', fn: expr.fn, args: [folded, next] };
        return simplify(folded);
      }
      if (args.every((a) => a.kind === 'num')) {
        const values = args.map((a) => (a as { value: number }).value);
        return { kind: 'num', value: evaluateScalar(callOp(expr.fn, args.length), values) };
      }
      args = args.slice();
      return { kind: 'call', fn: expr.fn, args };
    }
    case 'prev':
      return { ...expr, init: simplify(expr.init) };
    default:
      return expr;
  }
}

function callOp(fn: string, arity: number): Op {
  const table = arity === 1 ? UNARY_CALLS : arity === 2 ? BINARY_CALLS : TERNARY_CALLS;
  const op = table[fn];
  if (op === undefined) throw new Error(`No instruction for ${fn}/${arity}`);
  return op;
}

/**
 * Emit instructions that compute `expr` into `target` (a node's slot). Temporaries are numbered
 * from -1 downwards and relocated by the caller once the slot layout is final; nested operands use
 * a stack discipline so a formula needs only as many temporaries as it is deep.
 */
export function emitNode(expr: Expr, target: number, slots: SlotResolver, code: number[]): number {
  let deepest = 0;
  const temp = (depth: number) => {
    deepest = Math.max(deepest, depth + 1);
    return -(depth + 1);
  };
  const push = (op: Op, d: number, a: number, b = 0, c = 0) => code.push(op, d, a, b, c);

  const emit = (e: Expr, depth: number, dst: number | null): number => {
    switch (e.kind) {
      case 'num':
        return slots.constant(e.value);
      case 'param':
        return slots.param(e.id);
      case 'node':
        return slots.node(e.id);
      case 'time':
        return slots.time(e.name);
      case 'base':
        return slots.base(e.measure, e.sector);
      case 'prev': {
        const init = emit(e.init, depth, null);
        const out = dst ?? temp(depth);
        push(Op.Prev, out, slots.prev(e.id), init);
        return out;
      }
      case 'unary': {
        const a = emit(e.arg, depth, null);
        const out = dst ?? temp(depth);
        push(e.op === 'not' ? Op.Not : Op.Neg, out, a);
        return out;
      }
      case 'binary': {
        const a = emit(e.left, depth, null);
        const b = emit(e.right, depth + 1, null);
        const out = dst ?? temp(depth);
        push(BINARY_OPS[e.op], out, a, b);
        return out;
      }
      case 'cond': {
        const c = emit(e.test, depth, null);
        const a = emit(e.then, depth + 1, null);
        const b = emit(e.otherwise, depth + 2, null);
        const out = dst ?? temp(depth);
        push(Op.Cond, out, c, a, b);
        return out;
      }
      case 'call': {
        const operands = e.args.map((arg, i) => emit(arg, depth + i, null));
        const out = dst ?? temp(depth);
        push(callOp(e.fn, operands.length), out, operands[0]!, operands[1] ?? 0, operands[2] ?? 0);
        return out;
      }
    }
  };

  const result = emit(expr, 0, target);
  if (result !== target) push(Op.Copy, target, result);
  return deepest;
}
