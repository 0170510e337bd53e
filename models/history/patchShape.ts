/**
 * A revision's reverse patch comes from the file, so it is untrusted input: before any operation is
 * applied, its shape is checked here. Only the six RFC 6902 operations, with string JSON pointers
 * that stay inside the revision's content (never the whole document, never its history), no key
 * that could reach an object's prototype, no deeper than any document may nest, and a value where
 * the operation needs one. What the operations then do to the document is bounded by the applier
 * (patchApply.ts).
 */
import { FORBIDDEN_KEYS, MAX_DEPTH } from '../file/parseJson.ts';

export type PatchOp =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; path: string; from: string };

/** A checked operation: the pointer already split into unescaped tokens. */
export type CheckedOp = PatchOp & { tokens: string[]; fromTokens?: string[] };

const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

/** Splits a JSON pointer (RFC 6901) into tokens, or says why it is not one this file may use. */
export function pointerTokens(pointer: unknown): string[] | string {
  if (typeof pointer !== 'string') return 'its path is not text';
  if (pointer === '') return 'it targets the whole document, which a revision patch never does';
  if (!pointer.startsWith('/')) return `its path "${pointer.slice(0, 40)}" does not start with "/"`;
  const tokens = pointer.slice(1).split('/');
  if (tokens.length > MAX_DEPTH) return `its path is ${tokens.length} levels deep, more than the ${MAX_DEPTH} allowed`;
  for (const raw of tokens) {
    if (/~[^01]|~$/.test(raw)) return `its path "${pointer.slice(0, 40)}" has an invalid "~" escape`;
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (FORBIDDEN_KEYS.includes(token)) return `its path goes through "${token}", which no scenario has`;
  }
  if (tokens[0] === 'history') return "it changes the file's history, which is not part of a revision's content";
  return tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The first problem with one operation, or its checked form. */
export function checkOperation(op: unknown): CheckedOp | string {
  if (typeof op !== 'object' || op === null || Array.isArray(op)) return 'it is not an operation object';
  const o = op as Record<string, unknown>;
  const kind = o['op'];
  if (typeof kind !== 'string' || !OPS.has(kind))
    return `"${String(kind).slice(0, 20)}" is not a JSON Patch operation (add, remove, replace, move, copy or test)`;
  const tokens = pointerTokens(o['path']);
  if (typeof tokens === 'string') return tokens;
  if (kind === 'move' || kind === 'copy') {
    const fromTokens = pointerTokens(o['from']);
    if (typeof fromTokens === 'string') return `its "from" is unusable: ${fromTokens}`;
    return { op: kind, path: o['path'] as string, from: o['from'] as string, tokens, fromTokens };
  }
  if (kind === 'remove') return { op: kind, path: o['path'] as string, tokens };
  if (!Object.hasOwn(o, 'value')) return `a "${kind}" operation needs a value`;
  return { op: kind as 'add' | 'replace' | 'test', path: o['path'] as string, value: o['value'], tokens };
}

/** Checks a whole patch: the checked operations, or the index of the first bad one and why. */
export function checkPatch(
  patch: unknown,
): { ok: true; ops: CheckedOp[] } | { ok: false; index: number; reason: string } {
  if (!Array.isArray(patch)) return { ok: false, index: -1, reason: 'the patch is not a list of operations' };
  const ops: CheckedOp[] = [];
  for (let i = 0; i < patch.length; i++) {
    const checked = checkOperation(patch[i]);
    if (typeof checked === 'string') return { ok: false, index: i, reason: checked };
    ops.push(checked);
  }
  return { ok: true, ops };
}
