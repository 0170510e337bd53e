/**
 * What changed between two revisions, for the History view: the JSON paths (in the same
 * `logicModel.nodes[3].expr` form diagnostics use) and whether each was added, removed or changed.
 */
import { applyPatch } from 'rfc6902';
import type { Result, ScenarioDocument } from '../types.ts';
import { diffJson } from './patch.ts';
import { reconstructRevision } from './revisions.ts';
import { revisionContent } from './content.ts';

export interface RevisionChange {
  /** Dotted path such as `parameters.p_support.value` or `scenarios[1].overrides`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** For a changed value: what it was in the older revision and is in the newer one. */
  before?: unknown;
  after?: unknown;
}

export interface RevisionDiff {
  from: number;
  to: number;
  changes: RevisionChange[];
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Renders a JSON pointer as a dotted path, using `doc` (the document the pointer applies to) to tell
 * array indices from object keys and to turn the append token `-` into the index it appends at.
 */
export function pointerToPath(pointer: string, doc: unknown): string {
  if (pointer === '') return '';
  const tokens = pointer.split('/').slice(1).map(unescapeToken);
  let out = '';
  let node = doc;
  for (const token of tokens) {
    if (Array.isArray(node) && /^(0|[1-9]\d*|-)$/.test(token)) out += `[${token === '-' ? node.length : token}]`;
    else out += /^[A-Za-z_$][\w$-]*$/.test(token) ? (out ? '.' : '') + token : `[${JSON.stringify(token)}]`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
  }
  return out;
}

function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of pointer.split('/').slice(1).map(unescapeToken)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Lists the changes from `older` to `newer` content (documents without history). */
export function diffContents(older: ScenarioDocument, newer: ScenarioDocument): RevisionChange[] {
  const a = revisionContent(older);
  const b = revisionContent(newer);
  // Operations are sequential (indices shift as they apply), so each path is read against the
  // document as it stands when that operation runs.
  const working = { root: a as unknown };
  return diffJson(a, b).map((op): RevisionChange => {
    const path = pointerToPath(op.path, working.root);
    const before = valueAt(working.root, op.path);
    applyPatch(working, [
      { ...op, path: '/root' + op.path, ...('from' in op ? { from: '/root' + op.from } : {}) } as typeof op,
    ]);
    if (op.op === 'add') return { path, kind: 'added', after: op.value };
    if (op.op === 'remove') return { path, kind: 'removed', before };
    return { path, kind: 'changed', before, after: 'value' in op ? op.value : undefined };
  });
}

/** The changes from revision `a` to revision `b` of a saved document (either may be the current one). */
export function diffRevisions(doc: ScenarioDocument, a: number, b: number): Result<RevisionDiff> {
  const older = reconstructRevision(doc, a);
  if (!older.ok) return older;
  const newer = reconstructRevision(doc, b);
  if (!newer.ok) return newer;
  return { ok: true, value: { from: a, to: b, changes: diffContents(older.value, newer.value) }, diagnostics: [] };
}
