/**
 * Deterministic serialisation, so that scenario files diff cleanly in git and in the history view:
 * known keys in the order of the contract (shared/docs/contracts.md section 1), unknown keys after them
 * in alphabetical order (recursively, inside unknown values too), record maps (parameters, overrides,
 * layout) in their insertion order, 2-space indent, final newline. The output is built by hand rather
 * than by JSON.stringify on reordered objects, because JavaScript objects put integer-like keys first
 * whatever order they were inserted in.
 */
import type { ScenarioDocument } from '../types.ts';

/** How to order one object: its known keys, what their values are, and whether it is a record map. */
interface Spec {
  keys?: readonly string[];
  fields?: Readonly<Record<string, Spec>>;
  /** For arrays: the spec of each item. */
  items?: Spec;
  /** For record maps: the spec of each value; keys keep their insertion order. */
  values?: Spec;
}

const rangeKeys = ['value', 'low', 'high', 'distribution'];
const patchOp: Spec = { keys: ['op', 'path', 'from', 'value'] };

const DOCUMENT_SPEC: Spec = {
  keys: [
    'format',
    'schemaVersion',
    'meta',
    'area',
    'horizon',
    'prices',
    'baseline',
    'parameters',
    'interventions',
    'logicModel',
    'scenarios',
    'appraisal',
    'history',
  ],
  fields: {
    meta: { keys: ['title', 'description', 'createdAt', 'updatedAt', 'revision'] },
    area: { keys: ['code', 'name', 'level'] },
    horizon: { keys: ['startYear', 'endYear'] },
    prices: { keys: ['baseYear', 'currency'] },
    baseline: {
      keys: ['sectors'],
      fields: {
        sectors: {
          items: { keys: ['id', 'name', 'sic', 'dataYear', 'gva', 'jobs', 'gvaGrowth', 'jobsGrowth', 'source'] },
        },
      },
    },
    parameters: { values: { keys: [...rangeKeys, 'unit', 'label', 'source'] } },
    interventions: {
      items: {
        keys: ['id', 'name', 'description', 'additionality'],
        fields: { additionality: { keys: ['deadweight', 'leakage', 'displacement', 'substitution', 'multiplier'] } },
      },
    },
    logicModel: {
      keys: ['nodes', 'links', 'layout'],
      fields: {
        nodes: {
          items: {
            keys: ['id', 'stage', 'label', 'intervention', 'expr', 'unit', 'role', 'sector', 'evidence', 'notes'],
          },
        },
        links: { items: { keys: ['id', 'from', 'to', 'rationale', 'evidence'] } },
        layout: { values: { keys: ['x', 'y'] } },
      },
    },
    scenarios: {
      items: {
        keys: ['id', 'name', 'description', 'interventions', 'overrides'],
        fields: { overrides: { values: { keys: rangeKeys } } },
      },
    },
    appraisal: { keys: ['optimismBias', 'discountRate'] },
    history: {
      keys: ['revisions'],
      fields: {
        revisions: {
          items: {
            keys: ['revision', 'savedAt', 'note', 'milestone', 'reversePatch'],
            fields: { reversePatch: { items: patchOp } },
          },
        },
      },
    },
  },
};

/** Unknown territory: every object's keys sorted. */
const UNKNOWN: Spec = {};

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
