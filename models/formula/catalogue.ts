/**
 * The whitelist: every function and constant a formula may name (docs/method.md section 3). Anything
 * else — `import`, `evaluate`, `createUnit`, assignments, function definitions, units, matrices,
 * property access — is refused before a formula can run. Formulas are never evaluated by mathjs:
 * they are compiled to Causeway's own interpreter, so the whitelist is the whole attack surface.
 * The functions are in functionTable.ts.
 */
import { FORMULA_FUNCTIONS } from './functionTable.ts';

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
