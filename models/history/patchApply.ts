/**
 * Applies checked RFC 6902 operations (patchShape.ts) to a revision's content in place, within
 * bounds: a patch from a file must not be able to make Causeway build something huge (an old
 * audit's 11 KB file grew past 4 GB by copying a subtree into itself) or deeper than any file may
 * nest (which would overflow the stack of whatever reads it next).
 *
 * Two figures bound the work. `size` estimates the content's compact JSON length: every revision
 * was once a saved file, so none may be larger than a file may be (MAX_FILE_CHARS). `work` counts
 * what walking, cloning and measuring cost; the caller sets it from the file's own size, because a
 * genuine history only ever re-walks what its patches carry or remove, while copy and move (which
 * Causeway never writes) could re-walk a large subtree for a few bytes of patch each.
 *
 * Applying in place, instead of copying the document for every revision, is what keeps rebuilding
 * a long history linear in its length. `touch` reports every container an operation changes (and
 * each of its ancestors), so a tree hash can drop just those cached digests (contentHash.ts).
 */
import { MAX_DEPTH } from '../file/parseJson.ts';
import type { CheckedOp } from './patchShape.ts';

export interface PatchBudget {
  /** Cells that may still be walked, cloned or measured. */
  work: number;
  /** Estimated compact JSON length of the content now. */
  size: number;
  /** Largest `size` allowed. */
  maxSize: number;
}

/** How a container changed at one key: a value replaced, or the keys themselves changed. */
export type Change = 'value' | 'keys';
export type Touch = (container: object, key: string, change: Change) => void;

export class PatchFailure extends Error {
  constructor(
    readonly index: number,
    readonly kind: 'failed' | 'too-large',
    reason: string,
  ) {
    super(reason);
  }
}

type Container = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

/** Estimated compact JSON length and nesting depth of `value`, charging the walk to the budget. */
export function measure(value: unknown, budget: PatchBudget, index: number): { size: number; depth: number } {
  if (!isContainer(value)) return { size: leafSize(value), depth: 0 };
  let size = 0;
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (--budget.work < 0)
      throw new PatchFailure(index, 'too-large', 'rebuilding it takes more work than its file justifies');
    if (!isContainer(v)) {
      size += leafSize(v);
      continue;
    }
    if (depth > deepest) deepest = depth;
    size += 2;
    if (Array.isArray(v)) {
      for (const item of v) stack.push([item, depth + 1]);
      size += v.length;
    } else {
      for (const key of Object.keys(v)) {
        size += key.length + 3;
        stack.push([v[key], depth + 1]);
      }
    }
  }
  return { size, depth: deepest };
}

function leafSize(v: unknown): number {
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number') return 8;
  return 5;
}

/** A deep copy of JSON, charged to the budget (the walk was just measured, so depth is bounded). */
function cloneCharged(value: unknown, budget: PatchBudget, index: number): unknown {
  if (!isContainer(value)) return value;
  budget.work -= 1;
  if (budget.work < 0)
    throw new PatchFailure(index, 'too-large', 'rebuilding it takes more work than its file justifies');
  if (Array.isArray(value)) return value.map((v) => cloneCharged(v, budget, index));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneCharged(value[key], budget, index);
  return out;
}

function isIndex(token: string): boolean {
  return /^(0|[1-9][0-9]{0,9})$/.test(token);
}

/** The container holding `tokens`' last token, reporting each ancestor it passes to `touch`. */
function parentOf(root: Container, tokens: readonly string[], index: number, touch: Touch | undefined): Container {
  let node: unknown = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (!isContainer(node))
      throw new PatchFailure(index, 'failed', `"/${tokens.slice(0, i).join('/')}" is not an object or a list`);
    touch?.(node, token, 'value');
    if (Array.isArray(node)) {
      if (!isIndex(token) || Number(token) >= node.length)
        throw new PatchFailure(index, 'failed', `there is no item ${token} in "/${tokens.slice(0, i).join('/')}"`);
      node = node[Number(token)];
    } else {
      if (!Object.hasOwn(node, token))
        throw new PatchFailure(index, 'failed', `there is no "${token}" in "/${tokens.slice(0, i).join('/')}"`);
      node = node[token];
    }
  }
  if (!isContainer(node))
    throw new PatchFailure(index, 'failed', `"/${tokens.slice(0, -1).join('/')}" is not an object or a list`);
  return node;
}

function read(parent: Container, token: string, index: number, path: string): unknown {
  if (Array.isArray(parent)) {
    if (!isIndex(token) || Number(token) >= parent.length)
      throw new PatchFailure(index, 'failed', `there is no value at "${path}"`);
    return parent[Number(token)];
  }
  if (!Object.hasOwn(parent, token)) throw new PatchFailure(index, 'failed', `there is no value at "${path}"`);
  return parent[token];
}

function checkDepth(depthOfParent: number, value: { depth: number }, index: number): void {
  if (depthOfParent + value.depth > MAX_DEPTH)
    throw new PatchFailure(index, 'too-large', `it would nest the content more than ${MAX_DEPTH} levels deep`);
}

function grow(budget: PatchBudget, by: number, index: number): void {
  budget.size += by;
  if (budget.size > budget.maxSize)
    throw new PatchFailure(index, 'too-large', `it would make the content larger than any scenario file may be`);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  return ak.every(
    (k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Puts `value` (already owned by the content) at the end of `tokens`, as "add" does. */
function insert(
  root: Container,
  tokens: string[],
  value: unknown,
  sized: { size: number; depth: number },
  budget: PatchBudget,
  index: number,
  touch?: Touch,
): void {
  const parent = parentOf(root, tokens, index, touch);
  checkDepth(tokens.length, sized, index);
  const token = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) {
    const at = token === '-' ? parent.length : isIndex(token) ? Number(token) : -1;
    if (at < 0 || at > parent.length)
      throw new PatchFailure(
        index,
        'failed',
        `"${token}" is not a position in the list at "/${tokens.slice(0, -1).join('/')}"`,
      );
    grow(budget, sized.size + 1, index);
    parent.splice(at, 0, value);
    touch?.(parent, String(at), 'keys');
    return;
  }
  const existed = Object.hasOwn(parent, token);
  const old = existed ? measure(parent[token], budget, index).size : -(token.length + 3);
  grow(budget, sized.size - old, index);
  parent[token] = value;
  touch?.(parent, token, existed ? 'value' : 'keys');
}

/** Takes the value at `tokens` out of the content and returns it, as "remove" does. */
function takeOut(
  root: Container,
  tokens: string[],
  budget: PatchBudget,
  index: number,
  touch?: Touch,
  charge = true,
): unknown {
  const parent = parentOf(root, tokens, index, touch);
  const token = tokens[tokens.length - 1]!;
  const path = `/${tokens.join('/')}`;
  const value = read(parent, token, index, path);
  if (charge) budget.size -= measure(value, budget, index).size + (Array.isArray(parent) ? 1 : token.length + 3);
  if (Array.isArray(parent)) parent.splice(Number(token), 1);
  else delete parent[token];
  touch?.(parent, token, 'keys');
  return value;
}

/**
 * Applies `ops` to `root` in place. Throws PatchFailure (with the operation's index) when an
 * operation does not apply or would break a bound; `root` is then partly patched, so callers that
 * need it afterwards work on a copy.
 */
export function applyChecked(root: Container, ops: readonly CheckedOp[], budget: PatchBudget, touch?: Touch): void {
  ops.forEach((op, index) => {
    const tokens = op.tokens;
    switch (op.op) {
      case 'add': {
        const sized = measure(op.value, budget, index);
        insert(root, tokens, cloneCharged(op.value, budget, index), sized, budget, index, touch);
        return;
      }
      case 'remove':
        takeOut(root, tokens, budget, index, touch);
        return;
      case 'replace': {
        const parent = parentOf(root, tokens, index, touch);
        const token = tokens[tokens.length - 1]!;
        const old = read(parent, token, index, op.path);
        const sized = measure(op.value, budget, index);
        checkDepth(tokens.length, sized, index);
        grow(budget, sized.size - measure(old, budget, index).size, index);
        (parent as Record<string, unknown>)[Array.isArray(parent) ? Number(token) : token] = cloneCharged(
          op.value,
          budget,
          index,
        );
        touch?.(parent, token, 'value');
        return;
      }
      case 'test': {
        const parent = parentOf(root, tokens, index, undefined);
        const actual = read(parent, tokens[tokens.length - 1]!, index, op.path);
        measure(actual, budget, index);
        if (!jsonEqual(actual, op.value))
          throw new PatchFailure(index, 'failed', `the value at "${op.path}" is not the one the patch expects`);
        return;
      }
      case 'copy': {
        const from = op.fromTokens!;
        const value = read(parentOf(root, from, index, undefined), from[from.length - 1]!, index, op.from);
        const sized = measure(value, budget, index);
        insert(root, tokens, cloneCharged(value, budget, index), sized, budget, index, touch);
        return;
      }
      case 'move': {
        const from = op.fromTokens!;
        if (tokens.length > from.length && from.every((t, i) => tokens[i] === t))
          throw new PatchFailure(index, 'failed', `it moves "${op.from}" into itself`);
        const value = takeOut(root, from, budget, index, touch, false);
        const sized = measure(value, budget, index);
        budget.size -= sized.size;
        insert(root, tokens, value, sized, budget, index, touch);
        return;
      }
    }
  });
}
