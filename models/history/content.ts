/**
 * What a revision "is": the document without its history. Everything else, meta.revision and
 * meta.updatedAt included, belongs to the content, so that rebuilding revision N gives back exactly
 * the document that was saved as N (the history it carried aside).
 */
import type { ScenarioDocument } from '../types.ts';

/** JSON-compatible value: documents are parsed JSON, so this is all a patch ever touches. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A deep copy that shares nothing with its source (patch application mutates in place). */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}

/** The document without `history`, deep-copied. */
export function revisionContent(doc: ScenarioDocument): ScenarioDocument {
  const { history: _history, ...rest } = doc;
  return cloneJson(rest) as ScenarioDocument;
}

/** Deep equality of two JSON values, ignoring object key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ak = Object.keys(a as object);
  const bo = b as Record<string, unknown>;
  if (ak.length !== Object.keys(bo).length) return false;
  return ak.every(
    (k) => Object.prototype.hasOwnProperty.call(bo, k) && jsonEqual((a as Record<string, unknown>)[k], bo[k]),
  );
}
