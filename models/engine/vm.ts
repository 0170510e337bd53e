import { bass, bassNew, logistic, ramp, step } from '../formula/functions.ts';

/**
 * The vector interpreter. A compiled model is a flat list of instructions over "slots"; each slot
 * holds one value per lane (a Monte Carlo draw, a tornado case, or the single deterministic run),
 * stored contiguously in one Float64Array. Every instruction runs a tight loop over all lanes, so the
 * cost of interpreting is paid once per instruction, not once per draw: no eval, no closures per
 * value, and the page's CSP can forbid 'unsafe-eval'.
 *
 * Instruction layout: [op, dst, a, b, c] as slot numbers; `link` turns them into offsets (slot * lanes).
 */
export const enum Op {
  Copy = 1,
  Neg,
  Not,
  Add,
  Sub,
  Mul,
  Div,
  Pow,
  Mod,
  Lt,
  Gt,
  Le,
  Ge,
  Eq,
  Ne,
  And,
  Or,
  Xor,
  Cond,
  Min,
  Max,
  Exp,
  Log,
  LogBase,
  Sqrt,
  Abs,
  Floor,
  Ceil,
  Round,
  Bass,
  BassNew,
  Logistic,
  Ramp,
  Step,
  Prev,
}

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

/** mathjs's mod: the result takes the sign of the divisor. */
function mod(x: number, y: number): number {
  return y === 0 ? x : x - y * Math.floor(x / y);
}

/** mathjs rounds halves away from zero; Math.round rounds them up. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/**
 * Run a linked program once (one year) over `lanes` lanes of `mem`. `firstYear` selects prev()'s
 * initial value.
 */
export function execute(code: Int32Array, mem: Float64Array, lanes: number, firstYear: boolean): void {
  const n = code.length;
  for (let pc = 0; pc < n; pc += INSTRUCTION_WIDTH) {
    const d = code[pc + 1]!;
    const a = code[pc + 2]!;
    const b = code[pc + 3]!;
    const c = code[pc + 4]!;
    switch (code[pc]) {
      case Op.Copy:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]!;
        break;
      case Op.Neg:
        for (let i = 0; i < lanes; i++) mem[d + i] = -mem[a + i]!;
        break;
      case Op.Not:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i] ? 0 : 1;
        break;
      case Op.Add:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! + mem[b + i]!;
        break;
      case Op.Sub:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! - mem[b + i]!;
        break;
      case Op.Mul:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! * mem[b + i]!;
        break;
      case Op.Div:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! / mem[b + i]!;
        break;
      case Op.Pow:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.pow(mem[a + i]!, mem[b + i]!);
        break;
      case Op.Mod:
        for (let i = 0; i < lanes; i++) mem[d + i] = mod(mem[a + i]!, mem[b + i]!);
        break;
      case Op.Lt:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! < mem[b + i]! ? 1 : 0;
        break;
      case Op.Gt:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! > mem[b + i]! ? 1 : 0;
        break;
      case Op.Le:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! <= mem[b + i]! ? 1 : 0;
        break;
      case Op.Ge:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i]! >= mem[b + i]! ? 1 : 0;
        break;
      case Op.Eq:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i] === mem[b + i] ? 1 : 0;
        break;
      case Op.Ne:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i] !== mem[b + i] ? 1 : 0;
        break;
      case Op.And:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i] && mem[b + i] ? 1 : 0;
        break;
      case Op.Or:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i] || mem[b + i] ? 1 : 0;
        break;
      case Op.Xor:
        for (let i = 0; i < lanes; i++) mem[d + i] = !mem[a + i] !== !mem[b + i] ? 1 : 0;
        break;
      case Op.Cond:
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[a + i] ? mem[b + i]! : mem[c + i]!;
        break;
      case Op.Min:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.min(mem[a + i]!, mem[b + i]!);
        break;
      case Op.Max:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.max(mem[a + i]!, mem[b + i]!);
        break;
      case Op.Exp:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.exp(mem[a + i]!);
        break;
      case Op.Log:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.log(mem[a + i]!);
        break;
      case Op.LogBase:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.log(mem[a + i]!) / Math.log(mem[b + i]!);
        break;
      case Op.Sqrt:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.sqrt(mem[a + i]!);
        break;
      case Op.Abs:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.abs(mem[a + i]!);
        break;
      case Op.Floor:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.floor(mem[a + i]!);
        break;
      case Op.Ceil:
        for (let i = 0; i < lanes; i++) mem[d + i] = Math.ceil(mem[a + i]!);
        break;
      case Op.Round:
        for (let i = 0; i < lanes; i++) mem[d + i] = roundHalfAway(mem[a + i]!);
        break;
      case Op.Bass:
        for (let i = 0; i < lanes; i++) mem[d + i] = bass(mem[a + i]!, mem[b + i]!, mem[c + i]!);
        break;
      case Op.BassNew:
        for (let i = 0; i < lanes; i++) mem[d + i] = bassNew(mem[a + i]!, mem[b + i]!, mem[c + i]!);
        break;
      case Op.Logistic:
        for (let i = 0; i < lanes; i++) mem[d + i] = logistic(mem[a + i]!, mem[b + i]!, mem[c + i]!);
        break;
      case Op.Ramp:
        for (let i = 0; i < lanes; i++) mem[d + i] = ramp(mem[a + i]!, mem[b + i]!, mem[c + i]!);
        break;
      case Op.Step:
        for (let i = 0; i < lanes; i++) mem[d + i] = step(mem[a + i]!, mem[b + i]!);
        break;
      case Op.Prev: {
        const source = firstYear ? b : a;
        for (let i = 0; i < lanes; i++) mem[d + i] = mem[source + i]!;
        break;
      }
      default:
        throw new Error(`Unknown instruction ${code[pc]} at ${pc}`);
    }
  }
}

/** Scalar reference semantics of each operator, used for constant folding at compile time. */
export function evaluateScalar(op: Op, args: readonly number[]): number {
  // Slot 0 receives the result; slots 1-3 hold up to three operands.
  const mem = new Float64Array(4);
  args.forEach((value, i) => (mem[i + 1] = value));
  execute(new Int32Array([op, 0, 1, 2, 3]), mem, 1, false);
  return mem[0]!;
}
