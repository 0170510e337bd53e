import type { Expr } from '../formula/analyse.ts';
import type { BinaryOperator } from '../formula/catalogue.ts';
import { FUNCTION_BY_NAME, type BaselineMeasure } from '../formula/functionTable.ts';
import { OP_CODE, evaluateScalar, type Op } from './vm.ts';

/** Where the operands of a formula live; the compiler owns the layout. */
export interface SlotResolver {
  constant(value: number): number;
  time(name: 't' | 'year'): number;
  base(measure: BaselineMeasure, sector: string): number;
  param(id: string): number;
  node(id: string): number;
  prev(id: string): number;
  /** The first of the node's history slots, one per year of the horizon (delay and persist read them). */
  history(id: string): number;
  /** A new slot of its own, for a uniform result that lanes read. */
  fresh(): number;
}

/** The VM instruction of each binary operator (the trace evaluator is tested against it). */
export const BINARY_OPS: Record<BinaryOperator, Op> = {
  add: 'add',
  subtract: 'sub',
  multiply: 'mul',
  divide: 'div',
  pow: 'pow',
  mod: 'mod',
  smaller: 'lt',
  larger: 'gt',
  smallerEq: 'le',
  largerEq: 'ge',
  equal: 'eq',
  unequal: 'ne',
  and: 'and',
  or: 'or',
  xor: 'xor',
};

/**
 * Rewrite a checked formula into calls of fixed arity (min/max folded pairwise, unary plus
 * dropped) and fold every constant subtree, so that `2 * 1e6 / 12` costs nothing per year.
 */
export function simplify(expr: Expr): Expr {
  switch (expr.kind) {
    case 'unary': {
      const arg = simplify(expr.arg);
      if (expr.op === 'unaryPlus') return arg;
      const op: Op = expr.op === 'unaryMinus' ? 'neg' : 'not';
      return arg.kind === 'num' ? { kind: 'num', value: evaluateScalar(op, [arg.value]) } : { ...expr, arg };
    }
    case 'binary': {
      const left = simplify(expr.left);
      const right = simplify(expr.right);
      if (left.kind === 'num' && right.kind === 'num')
        return { kind: 'num', value: evaluateScalar(BINARY_OPS[expr.op], [left.value, right.value]) };
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
      const args = expr.args.map(simplify);
      if (FUNCTION_BY_NAME.get(expr.fn)?.lowering.kind === 'pairwise' && args.length !== 2) {
        if (args.length === 1) return args[0]!;
        let folded: Expr = { kind: 'call', fn: expr.fn, args: [args[0]!, args[1]!] };
        for (const next of args.slice(2)) folded = { kind: 'call', fn: expr.fn, args: [folded, next] };
        return simplify(folded);
      }
      if (args.every((a) => a.kind === 'num')) {
        const values = args.map((a) => (a as { value: number }).value);
        return { kind: 'num', value: evaluateScalar(callOp(expr.fn, args.length), values) };
      }
      return { kind: 'call', fn: expr.fn, args };
    }
    case 'prev':
    case 'delay':
      return { ...expr, init: simplify(expr.init) };
    case 'persist':
      return { ...expr, life: simplify(expr.life), decay: simplify(expr.decay) };
    default:
      return expr;
  }
}

/** The instruction a call compiles to, from the function table (min/max are pairwise by now). */
function callOp(fn: string, argumentCount: number): Op {
  const spec = FUNCTION_BY_NAME.get(fn);
  const lowering = spec?.lowering;
  switch (lowering?.kind) {
    case 'instruction':
    case 'pairwise':
      return lowering.op;
    case 'by-arity': {
      const op = lowering.ops[argumentCount - spec!.arity.min];
      if (op !== undefined) return op;
      break;
    }
    default:
      break;
  }
  throw new Error(`No instruction for ${fn}/${argumentCount}`);
}

/** Where emitted instructions go. */
export interface EmitTarget {
  /** Instructions whose inputs are the same in every lane: run once a year, on the first lane. */
  uniform: number[];
  /** Instructions run over every lane. */
  varying: number[];
  /** Slots the uniform program writes that lanes read: copied from the first lane to all after it. */
  broadcast: number[];
}

/** Which parameters and nodes take the same value in every lane of a run. */
export interface Uniformity {
  param(id: string): boolean;
  node(id: string): boolean;
}

/**
 * Emit instructions that compute `expr` into `target` (a node's slot). Temporaries are numbered
 * from -1 downwards and relocated by the caller once the slot layout is final; nested operands use
 * a stack discipline so a formula needs only as many temporaries as it is deep.
 *
 * Sub-expressions that are the same in every lane (constants, t, year, baselines, parameters
 * without a range and what is built from them only) go to the uniform program, which runs once per
 * year instead of once per Monte Carlo draw. Where a varying operation reads such a result, it gets
 * a slot of its own (never a temporary: the uniform program runs first, and a later uniform
 * instruction could overwrite a shared temporary) and is broadcast to every lane.
 */
export function emitNode(
  expr: Expr,
  target: number,
  slots: SlotResolver,
  out: EmitTarget,
  uniformity: Uniformity,
): number {
  let deepest = 0;
  const temp = (depth: number) => {
    deepest = Math.max(deepest, depth + 1);
    return -(depth + 1);
  };
  const memo = new Map<Expr, boolean>();
  const isUniform = (e: Expr): boolean => {
    const known = memo.get(e);
    if (known !== undefined) return known;
    let result: boolean;
    switch (e.kind) {
      case 'num':
      case 'time':
      case 'base':
        result = true;
        break;
      case 'param':
        result = uniformity.param(e.id);
        break;
      case 'node':
        result = uniformity.node(e.id);
        break;
      case 'prev':
      case 'delay':
        result = uniformity.node(e.id) && isUniform(e.init);
        break;
      case 'persist':
        result = uniformity.node(e.id) && isUniform(e.life) && isUniform(e.decay);
        break;
      case 'unary':
        result = isUniform(e.arg);
        break;
      case 'binary':
        result = isUniform(e.left) && isUniform(e.right);
        break;
      case 'cond':
        result = isUniform(e.test) && isUniform(e.then) && isUniform(e.otherwise);
        break;
      case 'call':
        result = e.args.every(isUniform);
        break;
    }
    memo.set(e, result);
    return result;
  };
  const isLeaf = (e: Expr) =>
    e.kind === 'num' || e.kind === 'param' || e.kind === 'node' || e.kind === 'time' || e.kind === 'base';

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
      default:
        break;
    }
    const uniform = isUniform(e);
    const code = uniform ? out.uniform : out.varying;
    const push = (op: Op, d: number, a: number, b = 0, c = 0) => code.push(OP_CODE[op], d, a, b, c);
    const operand = (child: Expr, childDepth: number): number => {
      if (uniform || isLeaf(child) || !isUniform(child)) return emit(child, childDepth, null);
      const own = slots.fresh();
      out.broadcast.push(own);
      return emit(child, childDepth, own);
    };
    const result = dst ?? temp(depth);
    switch (e.kind) {
      case 'prev': {
        const init = operand(e.init, depth);
        push('prev', result, slots.prev(e.id), init);
        break;
      }
      case 'delay': {
        const init = operand(e.init, depth);
        push('delay', result, slots.history(e.id), init, slots.constant(e.years));
        break;
      }
      case 'persist': {
        // Life and decay first (their temporaries are deeper than the result's), then this year's
        // value into the result, which the persist instruction adds the earlier years to.
        const life = operand(e.life, depth + 1);
        const decay = operand(e.decay, depth + 2);
        push('copy', result, slots.node(e.id));
        push('persist', result, slots.history(e.id), life, decay);
        break;
      }
      case 'unary':
        push(e.op === 'not' ? 'not' : 'neg', result, operand(e.arg, depth));
        break;
      case 'binary': {
        const a = operand(e.left, depth);
        const b = operand(e.right, depth + 1);
        push(BINARY_OPS[e.op], result, a, b);
        break;
      }
      case 'cond': {
        const c = operand(e.test, depth);
        const a = operand(e.then, depth + 1);
        const b = operand(e.otherwise, depth + 2);
        push('cond', result, c, a, b);
        break;
      }
      case 'call': {
        const operands = e.args.map((arg, i) => operand(arg, depth + i));
        push(callOp(e.fn, operands.length), result, operands[0]!, operands[1] ?? 0, operands[2] ?? 0);
        break;
      }
    }
    return result;
  };

  const uniformNode = isUniform(expr);
  const result = emit(expr, 0, target);
  if (result !== target) (uniformNode ? out.uniform : out.varying).push(OP_CODE.copy, target, result, 0, 0);
  if (uniformNode) out.broadcast.push(target);
  return deepest;
}
