import { create, parseDependencies, type MathNode } from 'mathjs';
import { error } from '../diagnostics.ts';
import type { Diagnostic, DiagnosticCode } from '../types.ts';
import {
  BINARY_OPERATORS,
  CONSTANTS,
  TIME_NAMES,
  UNARY_OPERATORS,
  type BinaryOperator,
  type UnaryOperator,
} from './catalogue.ts';
import { FORMULA_FUNCTIONS, FUNCTION_BY_NAME, describeArity, type BaselineMeasure } from './functionTable.ts';
import { closestName } from './suggest.ts';

/** A parse-only mathjs: no evaluate, import or createUnit exists on this instance at all. */
const math = create({ parseDependencies: parseDependencies! });

/**
 * Parsed trees by formula text. Editing one node of a large model re-analyses every formula (the
 * names in scope may have changed), but only the edited text needs parsing again. The trees are
 * only ever read. Bounded by count and by the characters held (a tree takes a few hundred bytes per
 * character), so that neither a long session nor thousands of long formulas can grow it without
 * limit; the oldest entries go first.
 */
const parseCache = new Map<string, MathNode>();
const PARSE_CACHE_LIMIT = 20_000;
const PARSE_CACHE_CHARS = 2_000_000;
let parseCacheChars = 0;

function parseCached(source: string): MathNode {
  const cached = parseCache.get(source);
  if (cached) return cached;
  const tree = math.parse(source);
  while (
    parseCache.size > 0 &&
    (parseCache.size >= PARSE_CACHE_LIMIT || parseCacheChars + source.length > PARSE_CACHE_CHARS)
  ) {
    const oldest = parseCache.keys().next().value!;
    parseCache.delete(oldest);
    parseCacheChars -= oldest.length;
  }
  parseCache.set(source, tree);
  parseCacheChars += source.length;
  return tree;
}

/** Forget parsed formulas (benchmarks measure a cold compile with it). */
export function clearFormulaCache(): void {
  parseCache.clear();
  parseCacheChars = 0;
}

/**
 * Causeway's own formula tree. Formulas are converted once from mathjs's tree into this small,
 * closed union, so the compiler only ever sees constructs the whitelist allows.
 */
export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'node'; id: string }
  | { kind: 'param'; id: string }
  | { kind: 'time'; name: 't' | 'year' }
  | { kind: 'unary'; op: UnaryOperator; arg: Expr }
  | { kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr }
  | { kind: 'cond'; test: Expr; then: Expr; otherwise: Expr }
  | { kind: 'call'; fn: string; args: Expr[] }
  | { kind: 'prev'; id: string; init: Expr }
  /** The node's value `years` (a whole number >= 2) years earlier; `init` while t < years. */
  | { kind: 'delay'; id: string; years: number; init: Expr }
  /** persist(node, life, decay): docs/method.md section 9. */
  | { kind: 'persist'; id: string; life: Expr; decay: Expr }
  | { kind: 'base'; measure: BaselineMeasure; sector: string };

export interface FormulaNames {
  /** Pass Sets when analysing many formulas of one model: they are used as they are, not copied. */
  nodes: Iterable<string>;
  parameters: Iterable<string>;
}

export interface FormulaAnalysis {
  /** The checked tree, or null when the formula has errors. */
  expr: Expr | null;
  /** Problems, with `path` left empty: the caller knows where the formula lives. */
  diagnostics: Diagnostic[];
  /** Nodes used in the same year: each needs a link into the formula's node and orders evaluation. */
  nodeRefs: string[];
  /** Nodes used through prev() or delay(): no link needed, no ordering constraint. */
  prevRefs: string[];
  /** Nodes whose values of earlier years (beyond last year's) are read, by delay() or persist(). */
  historyRefs: string[];
  parameterRefs: string[];
  /** Sector ids named in base_gva/base_jobs/base_prod. */
  sectorRefs: string[];
}

const MAX_FORMULA_LENGTH = 10_000;
const MAX_DEPTH = 200;
const BINARY: ReadonlySet<string> = new Set(BINARY_OPERATORS);
const UNARY: ReadonlySet<string> = new Set(UNARY_OPERATORS);

class FormulaError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
  ) {
    super(message);
  }
}

/** Parse a formula once, check every name against the whitelist and the model, and list its references. */
export function analyseFormula(source: string, names: FormulaNames): FormulaAnalysis {
  const nodes = names.nodes instanceof Set ? (names.nodes as Set<string>) : new Set(names.nodes);
  const parameters = names.parameters instanceof Set ? (names.parameters as Set<string>) : new Set(names.parameters);
  const refs = {
    node: new Set<string>(),
    prev: new Set<string>(),
    history: new Set<string>(),
    param: new Set<string>(),
    sector: new Set<string>(),
  };
  const result = (expr: Expr | null, diagnostics: Diagnostic[]): FormulaAnalysis => ({
    expr,
    diagnostics,
    nodeRefs: [...refs.node],
    prevRefs: [...refs.prev],
    historyRefs: [...refs.history],
    parameterRefs: [...refs.param],
    sectorRefs: [...refs.sector],
  });
  const fail = (code: DiagnosticCode, message: string) => result(null, [error(code, '', message)]);

  if (typeof source !== 'string' || source.trim() === '')
    return fail('formula.empty', 'The formula is empty: write an expression such as "budget / cost_per_firm".');
  if (source.length > MAX_FORMULA_LENGTH)
    return fail(
      'formula.too-long',
      `The formula is ${source.length} characters long; the limit is ${MAX_FORMULA_LENGTH}.`,
    );

  if (bracketDepth(source) > MAX_DEPTH)
    return fail('formula.too-deep', `The formula nests brackets more than ${MAX_DEPTH} levels deep.`);

  let tree: MathNode;
  try {
    tree = parseCached(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('formula.syntax', `The formula cannot be read: ${detail}.`);
  }

  const convert = (node: MathNode, depth: number): Expr => {
    if (depth > MAX_DEPTH)
      throw new FormulaError('formula.too-deep', `The formula nests more than ${MAX_DEPTH} levels deep.`);
    const n = node as MathNode & Record<string, unknown>;
    switch (node.type) {
      case 'ConstantNode': {
        const value = n['value'];
        if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'num', value };
        if (typeof value === 'boolean') return { kind: 'num', value: value ? 1 : 0 };
        if (typeof value === 'string')
          throw new FormulaError(
            'formula.string',
            `Text ("${value}") may appear only as the sector id in base_gva, base_jobs or base_prod.`,
          );
        throw new FormulaError('formula.constant', `The constant ${String(value)} is not a finite number.`);
      }
      case 'SymbolNode':
        return resolveName(String(n['name']));
      case 'ParenthesisNode':
        return convert(n['content'] as MathNode, depth + 1);
      case 'ConditionalNode':
        return {
          kind: 'cond',
          test: convert(n['condition'] as MathNode, depth + 1),
          then: convert(n['trueExpr'] as MathNode, depth + 1),
          otherwise: convert(n['falseExpr'] as MathNode, depth + 1),
        };
      case 'OperatorNode': {
        const fn = String(n['fn']);
        const args = n['args'] as MathNode[];
        if (args.length === 1 && UNARY.has(fn))
          return { kind: 'unary', op: fn as UnaryOperator, arg: convert(args[0]!, depth + 1) };
        if (args.length === 2 && BINARY.has(fn)) {
          return {
            kind: 'binary',
            op: fn as BinaryOperator,
            left: convert(args[0]!, depth + 1),
            right: convert(args[1]!, depth + 1),
          };
        }
        throw new FormulaError(
          'formula.operator',
          `The operator "${String(n['op'])}" is not allowed in formulas; use + - * / ^ %, comparisons, and, or, not and "cond ? a : b".`,
        );
      }
      case 'FunctionNode':
        return convertCall(n, depth);
      case 'RelationalNode':
        throw new FormulaError(
          'formula.operator',
          'Chained comparisons such as "a < b < c" are not allowed; write "a < b and b < c".',
        );
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        throw new FormulaError(
          'formula.forbidden',
          'Formulas may not assign values or define functions; write a single expression.',
        );
      default:
        throw new FormulaError(
          'formula.forbidden',
          `Formulas may not contain ${describeNodeType(node.type)}; write arithmetic on parameters, linked nodes, t and year.`,
        );
    }
  };

  const resolveName = (name: string): Expr => {
    if (name === 't' || name === 'year') return { kind: 'time', name };
    if (nodes.has(name)) {
      refs.node.add(name);
      return { kind: 'node', id: name };
    }
    if (parameters.has(name)) {
      refs.param.add(name);
      return { kind: 'param', id: name };
    }
    // Own keys only: `in` would find "constructor", "toString" and the rest on Object.prototype.
    if (Object.hasOwn(CONSTANTS, name)) return { kind: 'num', value: CONSTANTS[name]! };
    if (FUNCTION_BY_NAME.has(name))
      throw new FormulaError(
        'formula.function-as-value',
        `"${name}" is a function: call it with arguments, e.g. ${FUNCTION_BY_NAME.get(name)!.signature}.`,
      );
    const known = [...nodes, ...parameters, ...TIME_NAMES];
    const suggestion = closestName(name, known);
    throw new FormulaError(
      'formula.unknown-name',
      `"${name}" is not a parameter, a node or t/year${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
    );
  };

  const convertCall = (n: Record<string, unknown>, depth: number): Expr => {
    const fnNode = n['fn'] as MathNode & { name?: unknown };
    const args = n['args'] as MathNode[];
    if (fnNode.type !== 'SymbolNode' || typeof fnNode.name !== 'string') {
      throw new FormulaError('formula.forbidden', 'Only named functions from the formula list may be called.');
    }
    const name = fnNode.name;
    const spec = FUNCTION_BY_NAME.get(name);
    if (!spec) {
      const allowed = FORMULA_FUNCTIONS.map((f) => f.name).join(', ');
      throw new FormulaError(
        'formula.unknown-function',
        `"${name}" is not a function formulas may call; allowed: ${allowed}.`,
      );
    }
    if (args.length < spec.arity.min || args.length > spec.arity.max) {
      throw new FormulaError(
        'formula.arity',
        `${name} takes ${describeArity(spec.arity)} argument(s), not ${args.length}: ${spec.signature}.`,
      );
    }
    const lowering = spec.lowering;
    if (lowering.kind === 'prev') {
      const target = args[0] as MathNode & { name?: unknown };
      if (target.type !== 'SymbolNode' || typeof target.name !== 'string' || !nodes.has(target.name)) {
        throw new FormulaError(
          'formula.prev-target',
          'The first argument of prev() must be the id of a node, e.g. prev(adopters, 0).',
        );
      }
      refs.prev.add(target.name);
      return { kind: 'prev', id: target.name, init: convert(args[1]!, depth + 1) };
    }
    if (lowering.kind === 'delay' || lowering.kind === 'persist') return convertHistoryCall(name, args, depth);
    if (lowering.kind === 'baseline') {
      const measure = lowering.measure;
      const arg = args[0] as MathNode & { value?: unknown };
      if (arg.type !== 'ConstantNode' || typeof arg.value !== 'string') {
        throw new FormulaError('formula.sector-argument', `${name} needs a sector id in quotes, e.g. ${name}("ck").`);
      }
      refs.sector.add(arg.value);
      return { kind: 'base', measure, sector: arg.value };
    }
    return { kind: 'call', fn: name, args: args.map((a) => convert(a, depth + 1)) };
  };

  /** delay(node, n, init) and persist(node, life, decay): functions of a node's earlier years. */
  const convertHistoryCall = (name: string, args: MathNode[], depth: number): Expr => {
    const target = args[0] as MathNode & { name?: unknown };
    if (target.type !== 'SymbolNode' || typeof target.name !== 'string' || !nodes.has(target.name)) {
      throw new FormulaError(
        'formula.prev-target',
        `The first argument of ${name}() must be the id of a node, e.g. ${name === 'delay' ? 'delay(adopters, 2, 0)' : 'persist(new_adopters, 10, 0.05)'}.`,
      );
    }
    const id = target.name;
    if (name === 'persist') {
      // The same-year value is part of the sum: a dependency that needs a link and orders evaluation.
      refs.node.add(id);
      refs.history.add(id);
      return { kind: 'persist', id, life: convert(args[1]!, depth + 1), decay: convert(args[2]!, depth + 1) };
    }
    const n = args[1] as MathNode & { value?: unknown };
    if (n.type !== 'ConstantNode' || typeof n.value !== 'number' || !Number.isInteger(n.value) || n.value < 1) {
      throw new FormulaError(
        'formula.delay-years',
        'The second argument of delay() must be a whole number of years of at least 1, written as a number, e.g. delay(adopters, 2, 0).',
      );
    }
    refs.prev.add(id);
    const init = convert(args[2]!, depth + 1);
    if (n.value === 1) return { kind: 'prev', id, init };
    refs.history.add(id);
    return { kind: 'delay', id, years: n.value, init };
  };

  try {
    return result(convert(tree, 0), []);
  } catch (error) {
    if (error instanceof FormulaError && error.code === 'formula.too-deep') {
      // a + b + c + ... is a tree as deep as it is long: say so in the terms the user wrote.
      const chain = longestChain(tree);
      if (chain.terms > MAX_DEPTH / 2)
        return fail(
          error.code,
          `The formula chains ${chain.terms} terms with "${chain.op}" in a row; a formula holds at most about ${MAX_DEPTH}: split it into intermediate boxes (each adding up part of the terms) and combine those.`,
        );
    }
    if (error instanceof FormulaError) return fail(error.code, error.message);
    if (error instanceof RangeError) return fail('formula.too-deep', 'The formula is nested too deeply to read.');
    throw error;
  }
}

/**
 * The most terms joined in a row by one binary operator without brackets (a + b + c is 3), and that
 * operator. Walked with a stack of its own: the tree may be too deep to recurse through.
 */
function longestChain(tree: MathNode): { terms: number; op: string } {
  let best = { terms: 0, op: '' };
  const stack: Array<{ node: MathNode; fn: string; operators: number }> = [{ node: tree, fn: '', operators: 0 }];
  while (stack.length > 0) {
    const { node, fn, operators } = stack.pop()!;
    const n = node as MathNode & { fn?: unknown; op?: unknown; args?: unknown[] };
    const binary = node.type === 'OperatorNode' && n.args?.length === 2;
    const here = binary ? (String(n.fn) === fn ? operators + 1 : 1) : 0;
    if (binary && here + 1 > best.terms) best = { terms: here + 1, op: String(n.op) };
    node.forEach((child) => stack.push({ node: child, fn: binary ? String(n.fn) : '', operators: here }));
  }
  return best;
}

/** Deepest bracket nesting, checked before parsing because mathjs's parser recurses per bracket. */
function bracketDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of source) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return deepest;
}

function describeNodeType(type: string): string {
  switch (type) {
    case 'AccessorNode':
      return 'property or index access (a.b, a[1])';
    case 'ArrayNode':
      return 'lists or matrices ([1, 2])';
    case 'ObjectNode':
      return 'objects ({a: 1})';
    case 'RangeNode':
      return 'ranges (1:3)';
    case 'BlockNode':
      return 'several statements (a; b)';
    case 'IndexNode':
      return 'indexes';
    default:
      return `a ${type}`;
  }
}
