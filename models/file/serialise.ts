/**
 * Deterministic serialisation, so that scenario files diff cleanly in git and in the history view:
 * known keys in the order the shape declares them (shape.ts, which follows docs/contracts.md section 1),
 * unknown keys after them in alphabetical order (recursively, inside unknown values too), record maps
 * (parameters, overrides, layout) in their insertion order, 2-space indent, final newline. The output is built by hand rather
 * than by JSON.stringify on reordered objects, because JavaScript objects put integer-like keys first
 * whatever order they were inserted in.
 */
import { z } from 'zod';
import type { ScenarioDocument } from '../types.ts';
import { savedKeyOrder, scenarioShape } from './shape.ts';

/** How to order one object: its known keys, what their values are, and whether it is a record map. */
interface Spec {
  keys?: readonly string[];
  fields?: Readonly<Record<string, Spec>>;
  /** For arrays: the spec of each item. */
  items?: Spec;
  /** For record maps: the spec of each value; keys keep their insertion order. */
  values?: Spec;
}

/**
 * The key order of a value, read from its zod schema: an object's keys in the order the shape
 * declares them, an array's items and a record's values by their own schemas, and an open value
 * (z.unknown) by the order registered for it in savedKeyOrder, if any.
 */
function specOf(schema: z.ZodType): Spec {
  const registered = savedKeyOrder.get(schema);
  if (registered) return { keys: registered.keys };
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return {
      keys: Object.keys(shape),
      fields: Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, specOf(field)])),
    };
  }
  if (schema instanceof z.ZodArray) return { items: specOf(schema.element as z.ZodType) };
  if (schema instanceof z.ZodRecord) return { values: specOf(schema.valueType as z.ZodType) };
  if (schema instanceof z.ZodOptional) return specOf(schema.unwrap() as z.ZodType);
  // A number or an object (a ranged value), or objects told apart by a field (a baseline projection
  // method): the objects' keys in the order they first appear, the shared field first.
  if (schema instanceof z.ZodUnion) {
    const objects = (schema.options as z.ZodType[]).map(specOf).filter((spec) => spec.keys !== undefined);
    if (objects.length === 0) return UNKNOWN;
    return {
      keys: [...new Set(objects.flatMap((spec) => spec.keys!))],
      fields: Object.assign({}, ...objects.map((spec) => spec.fields)),
    };
  }
  return UNKNOWN;
}

/** Unknown territory: every object's keys sorted. */
const UNKNOWN: Spec = {};

const DOCUMENT_SPEC: Spec = specOf(scenarioShape);

function orderedKeys(obj: Record<string, unknown>, spec: Spec): string[] {
  const present = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (spec.values !== undefined) return present;
  const known = spec.keys ?? [];
  const first = known.filter((k) => present.includes(k));
  const rest = present.filter((k) => !known.includes(k)).sort();
  return [...first, ...rest];
}

function childSpec(spec: Spec, key: string): Spec {
  if (spec.values !== undefined) return spec.values;
  return spec.fields?.[key] ?? UNKNOWN;
}

function emit(value: unknown, spec: Spec, indent: string): string {
  if (value === null || typeof value !== 'object') {
    // Non-finite numbers become null, as in JSON.stringify; a validated document has none.
    return typeof value === 'number' && !Number.isFinite(value) ? 'null' : (JSON.stringify(value) ?? 'null');
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const item = spec.items ?? UNKNOWN;
    const parts = value.map(
      (v) => `${inner}${v === undefined || typeof v === 'function' ? 'null' : emit(v, item, inner)}`,
    );
    return `[\n${parts.join(',\n')}\n${indent}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = orderedKeys(obj, spec).filter((k) => typeof obj[k] !== 'function');
  if (keys.length === 0) return '{}';
  const parts = keys.map((k) => `${inner}${JSON.stringify(k)}: ${emit(obj[k], childSpec(spec, k), inner)}`);
  return `{\n${parts.join(',\n')}\n${indent}}`;
}

/**
 * Writes a document as file text: canonical key order, unknown fields kept, 2-space indent, final
 * newline. Deterministic: serialising the loaded result of this output gives the same bytes.
 */
export function serialiseScenario(doc: ScenarioDocument): string {
  return `${emit(doc, DOCUMENT_SPEC, '')}\n`;
}
