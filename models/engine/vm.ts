import {
  bass,
  bassNew,
  ceilNear,
  floorNear,
  logBase,
  logistic,
  mod,
  nearlyEqual,
  persistLife,
  ramp,
  roundHalfAway,
  step,
} from '../formula/functions.ts';
import type { FunctionOp } from '../formula/functionTable.ts';

/**
 * The vector interpreter. A compiled model is a flat list of instructions over "slots"; each slot
 * holds one value per lane (a Monte Carlo draw, a tornado case, or the single deterministic run),
 * stored contiguously in one Float64Array. Every instruction runs a tight loop over all lanes, so the
 * cost of interpreting is paid once per instruction, not once per draw: no eval, no closures per
 * value, and the page's CSP can forbid 'unsafe-eval'.
 *
 * Instruction layout: [op, dst, a, b, c] as slot numbers; `link` turns them into offsets (slot * lanes).
 */

/**
 * Instructions that are not formula functions: copying, the operators, conditionals and prev().
 * Formula functions bring their own (FunctionOp, from the function table), delay() and persist()
 * among them.
 */
type CoreOp =
  | 'copy'
  | 'neg'
  | 'not'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'mod'
  | 'lt'
  | 'gt'
  | 'le'
  | 'ge'
  | 'eq'
  | 'ne'
  | 'and'
  | 'or'
  | 'xor'
  | 'cond'
  | 'prev';

/** Every instruction the interpreter runs. */
export type Op = CoreOp | FunctionOp;

export const INSTRUCTION_WIDTH = 5;

/** Turn slot numbers into offsets for a given lane count (done once per batch size). */
export function linkProgram(code: Int32Array, lanes: number): Int32Array {
  const linked = new Int32Array(code.length);
  for (let pc = 0; pc < code.length; pc += INSTRUCTION_WIDTH) {
    linked[pc] = code[pc]!;
    for (let k = 1; k < INSTRUCTION_WIDTH; k++) linked[pc + k] = code[pc + k]! * lanes;
  }
  return linked;
}

/**
 * One instruction over `n` lanes: operands a, b, c and the result d are offsets into `m`. `year` is
 * the year index t (prev() reads its initial value, operand b, when it is 0). `stride` is the
 * distance between consecutive slots in `m` (the machine's lane count; n is 1 in the uniform
 * program): delay() and persist() read a node's history, one slot per year from operand a.
 */
type Kernel = (
  m: Float64Array,
  d: number,
  a: number,
  b: number,
  c: number,
  n: number,
  year: number,
  stride: number,
) => void;

/**
 * The interpreter, one kernel per instruction. A Record over the whole instruction set: an
 * instruction (or a formula function's op) without a kernel is a compile error, not a run-time one.
 * Each kernel is a tight loop over the lanes, so the cost of dispatch is paid once per instruction.
 */
const KERNELS: Record<Op, Kernel> = {
  copy: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]!;
  },
  neg: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = -m[a + i]!;
  },
  not: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i] ? 0 : 1;
  },
  add: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! + m[b + i]!;
  },
  sub: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! - m[b + i]!;
  },
  mul: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! * m[b + i]!;
  },
  div: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! / m[b + i]!;
  },
  pow: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = Math.pow(m[a + i]!, m[b + i]!);
  },
  mod: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = mod(m[a + i]!, m[b + i]!);
  },
  lt: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! < m[b + i]! && !nearlyEqual(m[a + i]!, m[b + i]!) ? 1 : 0;
  },
  gt: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! > m[b + i]! && !nearlyEqual(m[a + i]!, m[b + i]!) ? 1 : 0;
  },
  le: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! <= m[b + i]! || nearlyEqual(m[a + i]!, m[b + i]!) ? 1 : 0;
  },
  ge: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i]! >= m[b + i]! || nearlyEqual(m[a + i]!, m[b + i]!) ? 1 : 0;
  },
  eq: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = nearlyEqual(m[a + i]!, m[b + i]!) ? 1 : 0;
  },
  ne: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = nearlyEqual(m[a + i]!, m[b + i]!) ? 0 : 1;
  },
  and: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i] && m[b + i] ? 1 : 0;
  },
  or: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i] || m[b + i] ? 1 : 0;
  },
  xor: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = !m[a + i] !== !m[b + i] ? 1 : 0;
  },
  cond: (m, d, a, b, c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = m[a + i] ? m[b + i]! : m[c + i]!;
  },
  prev: (m, d, a, b, _c, n, year) => {
    const source = year === 0 ? b : a;
    for (let i = 0; i < n; i++) m[d + i] = m[source + i]!;
  },
  // delay(x, k, init): a = x's history (one slot per year), b = init, c = k (the same in every lane).
  delay: (m, d, a, b, c, n, year, stride) => {
    const back = m[c]!;
    const source = year < back ? b : a + (year - back) * stride;
    for (let i = 0; i < n; i++) m[d + i] = m[source + i]!;
  },
  // persist(x, life, decay): d holds x this year on entry (emit copies it there); a = x's history,
  // b = life, c = decay. The loop is functions.ts persist() lane by lane, term for term.
  persist: (m, d, a, b, c, n, year, stride) => {
    for (let i = 0; i < n; i++) {
      const decay = m[c + i]!;
      const years = Math.min(year, persistLife(m[b + i]!) - 1);
      if (!(decay >= 0 && decay <= 1) || Number.isNaN(years)) {
        m[d + i] = NaN;
        continue;
      }
      const keep = 1 - decay;
      let sum = m[d + i]!;
      let weight = 1;
      for (let k = 1; k <= years; k++) {
        weight *= keep;
        sum += m[a + (year - k) * stride + i]! * weight;
      }
      m[d + i] = sum;
    }
  },
  min: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = Math.min(m[a + i]!, m[b + i]!);
  },
  max: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = Math.max(m[a + i]!, m[b + i]!);
  },
  exp: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = Math.exp(m[a + i]!);
  },
  log: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = Math.log(m[a + i]!);
  },
  logBase: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = logBase(m[a + i]!, m[b + i]!);
  },
  sqrt: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = Math.sqrt(m[a + i]!);
  },
  abs: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = Math.abs(m[a + i]!);
  },
  floor: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = floorNear(m[a + i]!);
  },
  ceil: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = ceilNear(m[a + i]!);
  },
  round: (m, d, a, _b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = roundHalfAway(m[a + i]!);
  },
  bass: (m, d, a, b, c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = bass(m[a + i]!, m[b + i]!, m[c + i]!);
  },
  bassNew: (m, d, a, b, c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = bassNew(m[a + i]!, m[b + i]!, m[c + i]!);
  },
  logistic: (m, d, a, b, c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = logistic(m[a + i]!, m[b + i]!, m[c + i]!);
  },
  ramp: (m, d, a, b, c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = ramp(m[a + i]!, m[b + i]!, m[c + i]!);
  },
  step: (m, d, a, b, _c, n) => {
    for (let i = 0; i < n; i++) m[d + i] = step(m[a + i]!, m[b + i]!);
  },
};

/** Instruction codes as stored in a program: 1 + the op's position (0 is never a valid instruction). */
const OP_NAMES = Object.keys(KERNELS) as Op[];
const KERNEL_BY_CODE: readonly (Kernel | undefined)[] = [undefined, ...OP_NAMES.map((op) => KERNELS[op])];
export const OP_CODE: Readonly<Record<Op, number>> = Object.fromEntries(OP_NAMES.map((op, k) => [op, k + 1])) as Record<
  Op,
  number
>;

/**
 * Run a linked program once (year index `year`) over `lanes` lanes of `mem`, whose slots are
 * `stride` values apart (the lane count the program was linked for).
 */
export function execute(code: Int32Array, mem: Float64Array, lanes: number, year: number, stride = lanes): void {
  const n = code.length;
  for (let pc = 0; pc < n; pc += INSTRUCTION_WIDTH) {
    const kernel = KERNEL_BY_CODE[code[pc]!];
    if (kernel === undefined) throw new Error(`Unknown instruction ${code[pc]} at ${pc}`);
    kernel(mem, code[pc + 1]!, code[pc + 2]!, code[pc + 3]!, code[pc + 4]!, lanes, year, stride);
  }
}

/** One instruction on one lane: constant folding at compile time uses the interpreter's own semantics. */
export function evaluateScalar(op: Op, args: readonly number[]): number {
  // Slot 0 receives the result; slots 1-3 hold up to three operands.
  const mem = new Float64Array(4);
  args.forEach((value, i) => (mem[i + 1] = value));
  execute(new Int32Array([OP_CODE[op], 0, 1, 2, 3]), mem, 1, 1);
  return mem[0]!;
}
