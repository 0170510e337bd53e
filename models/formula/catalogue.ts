/**
 * The whitelist: every function and constant a formula may name (method.md section 3). Anything
 * else — `import`, `evaluate`, `createUnit`, assignments, function definitions, units, matrices,
 * property access — is refused before a formula can run. Formulas are never evaluated by mathjs:
 * they are compiled to Causeway's own interpreter, so the whitelist is the whole attack surface.
 */

export interface FormulaFunction {
  name: string;
  /** Allowed argument counts. */
  arity: readonly number[];
  signature: string;
  description: string;
}

export const FORMULA_FUNCTIONS: readonly FormulaFunction[] = [
  {
    name: 'bass',
    arity: [3],
    signature: 'bass(p, q, t)',
    description: 'Bass cumulative adoption share F(t); 0 for t <= 0.',
  },
  {
    name: 'bass_new',
    arity: [3],
    signature: 'bass_new(p, q, t)',
    description: 'Share adopting during year t: F(t) - F(t-1); 0 for t <= 0.',
  },
  {
    name: 'logistic',
    arity: [3],
    signature: 'logistic(k, t0, t)',
    description: 'Logistic curve 1 / (1 + e^(-k (t - t0))).',
  },
  {
    name: 'ramp',
    arity: [3],
    signature: 'ramp(t, start, duration)',
    description: '0 until start, rising linearly to 1 over duration years.',
  },
  { name: 'step', arity: [2], signature: 'step(t, at)', description: '0 before year offset at, 1 from then on.' },
  {
    name: 'prev',
    arity: [2],
    signature: 'prev(node, init)',
    description: "The node's value in the previous year (init in the first year). Needs no link.",
  },
  {
    name: 'base_gva',
    arity: [1],
    signature: 'base_gva("sector")',
    description: "The sector's baseline GVA this year, £m.",
  },
  {
    name: 'base_jobs',
    arity: [1],
    signature: 'base_jobs("sector")',
    description: "The sector's baseline jobs this year.",
  },
  {
    name: 'base_prod',
    arity: [1],
    signature: 'base_prod("sector")',
    description: "The sector's baseline productivity this year, GBP per job.",
  },
  { name: 'min', arity: [1, 2, 3, 4, 5, 6, 7, 8], signature: 'min(a, b, ...)', description: 'Smallest argument.' },
  { name: 'max', arity: [1, 2, 3, 4, 5, 6, 7, 8], signature: 'max(a, b, ...)', description: 'Largest argument.' },
  { name: 'exp', arity: [1], signature: 'exp(x)', description: 'e to the power x.' },
  { name: 'log', arity: [1, 2], signature: 'log(x[, base])', description: 'Natural logarithm (or to a base).' },
  { name: 'sqrt', arity: [1], signature: 'sqrt(x)', description: 'Square root.' },
  { name: 'abs', arity: [1], signature: 'abs(x)', description: 'Absolute value.' },
  { name: 'pow', arity: [2], signature: 'pow(x, y)', description: 'x to the power y (also x ^ y).' },
  { name: 'floor', arity: [1], signature: 'floor(x)', description: 'Round down.' },
  { name: 'ceil', arity: [1], signature: 'ceil(x)', description: 'Round up.' },
  { name: 'round', arity: [1], signature: 'round(x)', description: 'Round to the nearest whole number.' },
];

export const FUNCTION_BY_NAME: ReadonlyMap<string, FormulaFunction> = new Map(
  FORMULA_FUNCTIONS.map((f) => [f.name, f]),
);

/** Names every formula may use besides parameters and nodes: the year offset and the calendar year. */
export const TIME_NAMES = ['t', 'year'] as const;
export const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/** Names a parameter or node may not take, because a formula could not tell them apart. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...TIME_NAMES,
  ...Object.keys(CONSTANTS),
  ...FORMULA_FUNCTIONS.map((f) => f.name),
  'true',
  'false',
]);

/** mathjs operator functions the interpreter implements, by mathjs name. */
export const BINARY_OPERATORS = [
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'smaller',
  'larger',
  'smallerEq',
  'largerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'xor',
] as const;
export const UNARY_OPERATORS = ['unaryMinus', 'unaryPlus', 'not'] as const;
export type BinaryOperator = (typeof BINARY_OPERATORS)[number];
export type UnaryOperator = (typeof UNARY_OPERATORS)[number];
