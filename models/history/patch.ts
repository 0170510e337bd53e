/**
 * RFC 6902 patches between revisions, through the `rfc6902` library (complete, dependency-free,
 * tested against the json-patch test suite, and unlike fast-json-patch it diffs arrays by edit
 * distance, so inserting a node yields one `add` instead of a cascade of replaces).
 *
 * Its array diff is a memoised, recursive edit distance: quadratic, and recursion deep as the
 * array is long. Large arrays therefore go through a guarded path (common prefix and suffix
 * trimmed, equal-length middles diffed element by element, anything else replaced whole) so that a
 * save never stalls or overflows the stack on a big baseline.
 */
import { createPatch, type Operation } from 'rfc6902';
import { MAX_FILE_CHARS } from '../file/parseJson.ts';
import { applyChecked, measure, PatchFailure, type PatchBudget } from './patchApply.ts';
import { checkPatch } from './patchShape.ts';
import { cloneJson } from './content.ts';

export type PatchOperation = Operation;

/** Above this many cells (input length × output length) the library's edit distance is not used. */
const EDIT_DISTANCE_LIMIT = 40_000;

interface PointerLike {
  add(token: string): PointerLike;
  toString(): string;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function guardedDiff(input: unknown, output: unknown, ptr: PointerLike): Operation[] | void {
  if (!Array.isArray(input) || !Array.isArray(output)) return undefined;
  if (input.length * output.length <= EDIT_DISTANCE_LIMIT) return undefined;
  let start = 0;
  while (start < input.length && start < output.length && sameJson(input[start], output[start])) start++;
  let endIn = input.length;
  let endOut = output.length;
  while (endIn > start && endOut > start && sameJson(input[endIn - 1], output[endOut - 1])) {
    endIn--;
    endOut--;
  }
  const ops: Operation[] = [];
  if (endIn - start === endOut - start) {
    for (let i = start; i < endIn; i++) {
      const base = ptr.add(String(i)).toString();
      for (const op of diffJson(input[i], output[i])) ops.push({ ...op, path: base + op.path } as Operation);
    }
    return ops;
  }
  // Different lengths after trimming: remove the old middle from its end, then add the new one.
  for (let i = endIn - 1; i >= start; i--) ops.push({ op: 'remove', path: ptr.add(String(i)).toString() });
  for (let i = start; i < endOut; i++)
    ops.push({ op: 'add', path: ptr.add(String(i)).toString(), value: cloneJson(output[i]) });
  return ops;
}

/** Operations that turn `from` into `to`. Neither argument is modified. */
export function diffJson(from: unknown, to: unknown): Operation[] {
  return cloneJson(createPatch(from, to, guardedDiff as never));
}

/**
 * Applies `patch` to a copy of `target`, with the same checks and bounds as rebuilding a revision
 * (patchShape.ts, patchApply.ts). Returns the patched copy, or the index and reason of the first
 * operation that failed (a damaged or hand-edited history).
 */
export function applyJsonPatch<T>(
  target: T,
  patch: readonly unknown[],
): { ok: true; value: T } | { ok: false; index: number; reason: string } {
  const checked = checkPatch(patch);
  if (!checked.ok) return { ok: false, index: checked.index, reason: checked.reason };
  const copy = { root: cloneJson(target) };
  const budget: PatchBudget = { work: 50_000_000, size: 0, maxSize: MAX_FILE_CHARS };
  budget.size = measure(copy.root, budget, -1).size;
  // The operations address the target itself: run them against a holder so that its root is a key.
  const ops = checked.ops.map((op) => ({
    ...op,
    tokens: ['root', ...op.tokens],
    ...(op.fromTokens ? { fromTokens: ['root', ...op.fromTokens] } : {}),
  }));
  try {
    applyChecked(copy, ops, budget);
  } catch (e) {
    if (e instanceof PatchFailure) return { ok: false, index: e.index, reason: e.message };
    throw e;
  }
  return { ok: true, value: copy.root };
}
