/**
 * Every function a formula may call (docs/method.md section 3), in one table: its name, how many
 * arguments it takes, how it compiles to the interpreter, its scalar reference implementation and
 * the description the inspector's autocomplete and the docs show.
 *
 * The interpreter's instruction set is derived from this table (`FunctionOp` below; vm.ts keeps a
 * `Record` of kernels over it), so a function whose instruction the interpreter lacks does not
 * compile. test/models/formula/functionTable.test.ts walks every entry: arity enforced by the
 * analyser, interpreter equal to the scalar implementation, a description present.
 */
import {
  bass,
  bassNew,
  ceilNear,
  floorNear,
  logBase,
  logistic,
  persist,
  ramp,
  roundHalfAway,
  step,
} from './functions.ts';

export type BaselineMeasure = 'gva' | 'jobs' | 'prod';

/** A function of numbers, the reference semantics the interpreter must reproduce. */
export type ScalarFunction = (...args: number[]) => number;

/** persist()'s reference semantics: the flow's values so far (index = t) and this year's life and decay. */
export type PersistFunction = (flow: readonly number[], life: number, decay: number) => number;

/** How a call of the function compiles; `O` is the instruction set (FunctionOp once the table is known). */
export type FunctionLowering<O extends string = FunctionOp> =
  /** One interpreter instruction over all the arguments (arity.min === arity.max). */
  | { readonly kind: 'instruction'; readonly op: O; readonly scalar: ScalarFunction }
  /** One instruction per argument count, the first for arity.min: log(x) and log(x, base). */
  | { readonly kind: 'by-arity'; readonly ops: readonly O[]; readonly scalar: ScalarFunction }
  /** A two-argument instruction folded left to right over the arguments: min, max. */
  | { readonly kind: 'pairwise'; readonly op: O; readonly scalar: ScalarFunction }
  /** prev(node, init): the node's previous-year value, read through an instruction of its own. */
  | { readonly kind: 'prev'; readonly op: O }
  /**
   * delay(node, n, init): the node's value n years earlier (n a whole-number literal), read from the
   * node's history; delay(x, 1, init) is prev(x, init).
   */
  | { readonly kind: 'delay'; readonly op: O }
  /** persist(node, life, decay): the node's flows still in effect (docs/method.md section 9), from its history. */
  | { readonly kind: 'persist'; readonly op: O; readonly scalar: PersistFunction }
  /** base_gva/base_jobs/base_prod("sector"): reads a baseline value the engine fills in; no instruction. */
  | { readonly kind: 'baseline'; readonly measure: BaselineMeasure };

export interface FormulaFunction<O extends string = FunctionOp> {
  readonly name: string;
  /** Allowed argument counts, inclusive. */
  readonly arity: { readonly min: number; readonly max: number };
  /** How to call it, e.g. "ramp(t, start, duration)". */
  readonly signature: string;
  /** One sentence for the inspector's autocomplete and the docs. */
  readonly description: string;
  readonly lowering: FunctionLowering<O>;
}

const TABLE = [
  {
    name: 'bass',
    arity: { min: 3, max: 3 },
    signature: 'bass(p, q, t)',
    description: 'Bass cumulative adoption share F(t); 0 for t <= 0.',
    lowering: { kind: 'instruction', op: 'bass', scalar: bass },
  },
  {
    name: 'bass_new',
    arity: { min: 3, max: 3 },
    signature: 'bass_new(p, q, t)',
    description: 'Share adopting during year t: F(t) - F(t-1); 0 for t <= 0.',
    lowering: { kind: 'instruction', op: 'bassNew', scalar: bassNew },
  },
  {
    name: 'logistic',
    arity: { min: 3, max: 3 },
    signature: 'logistic(k, t0, t)',
    description: 'Logistic curve 1 / (1 + e^(-k (t - t0))).',
    lowering: { kind: 'instruction', op: 'logistic', scalar: logistic },
  },
  {
    name: 'ramp',
    arity: { min: 3, max: 3 },
    signature: 'ramp(t, start, duration)',
    description: '0 until start, rising linearly to 1 over duration years.',
    lowering: { kind: 'instruction', op: 'ramp', scalar: ramp },
  },
  {
    name: 'step',
    arity: { min: 2, max: 2 },
    signature: 'step(t, at)',
    description: '0 before year offset at, 1 from then on.',
    lowering: { kind: 'instruction', op: 'step', scalar: step },
  },
  {
    name: 'prev',
    arity: { min: 2, max: 2 },
    signature: 'prev(node, init)',
    description: "The node's value in the previous year (init in the first year). Needs no link.",
    lowering: { kind: 'prev', op: 'prev' },
  },
  {
    name: 'delay',
    arity: { min: 3, max: 3 },
    signature: 'delay(node, n, init)',
    description:
      "The node's value n years earlier (n a whole number of years, written as a number; init while t < n). Needs no link.",
    lowering: { kind: 'delay', op: 'delay' },
  },
  {
    name: 'persist',
    arity: { min: 3, max: 3 },
    signature: 'persist(node, life, decay)',
    description:
      "How much of the node's yearly flow is still in effect: each year's value lasts life years (rounded to whole years, at least 1), fading by decay a year. Needs a link.",
    lowering: { kind: 'persist', op: 'persist', scalar: persist },
  },
  {
    name: 'base_gva',
    arity: { min: 1, max: 1 },
    signature: 'base_gva("sector")',
    description: "The sector's baseline GVA this year, £m.",
    lowering: { kind: 'baseline', measure: 'gva' },
  },
  {
    name: 'base_jobs',
    arity: { min: 1, max: 1 },
    signature: 'base_jobs("sector")',
    description: "The sector's baseline jobs this year.",
    lowering: { kind: 'baseline', measure: 'jobs' },
  },
  {
    name: 'base_prod',
    arity: { min: 1, max: 1 },
    signature: 'base_prod("sector")',
    description: "The sector's baseline productivity this year, GBP per job.",
    lowering: { kind: 'baseline', measure: 'prod' },
  },
  {
    name: 'min',
    arity: { min: 1, max: 8 },
    signature: 'min(a, b, ...)',
    description: 'Smallest argument.',
    lowering: { kind: 'pairwise', op: 'min', scalar: Math.min },
  },
  {
    name: 'max',
    arity: { min: 1, max: 8 },
    signature: 'max(a, b, ...)',
    description: 'Largest argument.',
    lowering: { kind: 'pairwise', op: 'max', scalar: Math.max },
  },
  {
    name: 'exp',
    arity: { min: 1, max: 1 },
    signature: 'exp(x)',
    description: 'e to the power x.',
    lowering: { kind: 'instruction', op: 'exp', scalar: Math.exp },
  },
  {
    name: 'log',
    arity: { min: 1, max: 2 },
    signature: 'log(x[, base])',
    description: 'Natural logarithm (or to a base).',
    lowering: {
      kind: 'by-arity',
      ops: ['log', 'logBase'],
      scalar: (x: number, base?: number) => (base === undefined ? Math.log(x) : logBase(x, base)),
    },
  },
  {
    name: 'sqrt',
    arity: { min: 1, max: 1 },
    signature: 'sqrt(x)',
    description: 'Square root.',
    lowering: { kind: 'instruction', op: 'sqrt', scalar: Math.sqrt },
  },
  {
    name: 'abs',
    arity: { min: 1, max: 1 },
    signature: 'abs(x)',
    description: 'Absolute value.',
    lowering: { kind: 'instruction', op: 'abs', scalar: Math.abs },
  },
  {
    name: 'pow',
    arity: { min: 2, max: 2 },
    signature: 'pow(x, y)',
    description: 'x to the power y (also x ^ y).',
    lowering: { kind: 'instruction', op: 'pow', scalar: Math.pow },
  },
  {
    name: 'floor',
    arity: { min: 1, max: 1 },
    signature: 'floor(x)',
    description: 'Round down.',
    lowering: { kind: 'instruction', op: 'floor', scalar: floorNear },
  },
  {
    name: 'ceil',
    arity: { min: 1, max: 1 },
    signature: 'ceil(x)',
    description: 'Round up.',
    lowering: { kind: 'instruction', op: 'ceil', scalar: ceilNear },
  },
  {
    name: 'round',
    arity: { min: 1, max: 1 },
    signature: 'round(x)',
    description: 'Round to the nearest whole number (halves away from zero).',
    lowering: { kind: 'instruction', op: 'round', scalar: roundHalfAway },
  },
] as const satisfies readonly FormulaFunction<string>[];

type Lowering = (typeof TABLE)[number]['lowering'];
type OpsOf<L> = L extends { op: infer O } ? O : L extends { ops: readonly (infer O)[] } ? O : never;

/** The interpreter instructions formula functions compile to: vm.ts must implement every one. */
export type FunctionOp = OpsOf<Lowering>;

/** The names formulas may call. */
export type FormulaFunctionName = (typeof TABLE)[number]['name'];

export const FORMULA_FUNCTIONS: readonly FormulaFunction[] = TABLE;

export const FUNCTION_BY_NAME: ReadonlyMap<string, FormulaFunction> = new Map(
  FORMULA_FUNCTIONS.map((f) => [f.name, f]),
);

/** "2", or "1 to 8": the argument counts a function takes, for messages. */
export function describeArity({ min, max }: FormulaFunction['arity']): string {
  return min === max ? String(min) : `${min} to ${max}`;
}
