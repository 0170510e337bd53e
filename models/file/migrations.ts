/**
 * Schema migrations, tldraw-style: each change to the file format is one named step from version N to
 * N + 1 that rewrites plain JSON, kept in one ordered registry that is checked when it is defined, so a
 * gap or a repeated id fails at start-up (and in CI) rather than in a user's file.
 */
import { CURRENT_SCHEMA_VERSION, type Diagnostic, type DiagnosticCode } from '../types.ts';
import { error } from '../diagnostics.ts';
import { migrateV1toV2 } from './migrateV1toV2.ts';

/** One step of the file format: rewrites a schemaVersion `from` document as schemaVersion `to`. */
export interface Migration {
  /** Stable, unique name, e.g. `add-appraisal-discount-rate`. */
  id: string;
  from: number;
  /** Always `from + 1`. */
  to: number;
  /** What changed and why, for `causeway migrate` and the changelog. */
  description: string;
  /** Receives a private copy of the plain JSON; returns the migrated JSON (schemaVersion is set for it). */
  up(json: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Checks and freezes a migration registry: ids unique and non-empty, each step exactly one version,
 * steps contiguous and in order, the last ending at `current`. Throws on a bad registry: that is a
 * programming error, found when the module loads.
 */
export function defineMigrations(
  list: readonly Migration[],
  current: number = CURRENT_SCHEMA_VERSION,
): readonly Migration[] {
  const problem = registryProblem(list, current);
  if (problem !== null) throw new Error(problem);
  return Object.freeze([...list]);
}

/** Describes what is wrong with a registry, or null when it is sound. */
export function registryProblem(list: readonly Migration[], current: number = CURRENT_SCHEMA_VERSION): string | null {
  const ids = new Set<string>();
  for (const [k, m] of list.entries()) {
    if (typeof m.id !== 'string' || m.id.trim() === '')
      return `Migration ${k} has no id; give every migration a unique name.`;
    if (ids.has(m.id)) return `Migration id "${m.id}" is used twice; ids must be unique.`;
    ids.add(m.id);
    if (!Number.isInteger(m.from) || m.to !== m.from + 1)
      return `Migration "${m.id}" goes from ${m.from} to ${m.to}; each migration must go up exactly one version.`;
    const prev = list[k - 1];
    if (prev !== undefined && prev.to !== m.from)
      return `Migration "${m.id}" starts at version ${m.from} but the one before it ("${prev.id}") ends at ${prev.to}; versions must be contiguous and in order.`;
  }
  const last = list[list.length - 1];
  if (last !== undefined && last.to !== current)
    return `The last migration ("${last.id}") ends at version ${last.to}, but the current schemaVersion is ${current}.`;
  return null;
}

/** The real registry, oldest first. */
export const MIGRATIONS: readonly Migration[] = defineMigrations([
  {
    id: 'v2-appraisal-and-baselines',
    from: 1,
    to: 2,
    description:
      'Method v2: additionality, optimism bias and national factors may carry ranges; UK social value, private and cash costs, the present-value year, scenario inheritance and indicators are new optional fields; every sector now states its baseline projection method, and v1 files get "trend", which is what they always used.',
    up: migrateV1toV2,
  },
]);

export type MigrateOutcome =
  | { ok: true; json: Record<string, unknown>; from: number; applied: string[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Runs every migration from the file's schemaVersion up to the current one, on a copy of the JSON.
 * Never throws: a bad registry, a missing step or a failing step becomes a diagnostic.
 */
export function migrateJson(
  json: Record<string, unknown>,
  registry: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrateOutcome {
  const problem = registryProblem(registry, current);
  if (problem !== null)
    return fail(
      'migration.registry',
      `This release's migration registry is inconsistent (${problem}) Please report this problem.`,
    );
  const from = json['schemaVersion'];
  if (typeof from !== 'number' || !Number.isInteger(from))
    return fail('envelope.schema-version', 'The file has no whole-number schemaVersion, so it cannot be migrated.');
  const applied: string[] = [];
  if (from === current) return { ok: true, json, from, applied };
  const first = registry.findIndex((m) => m.from === from);
  if (first === -1) {
    const reads =
      registry[0] === undefined ? `only schemaVersion ${current}` : `schemaVersion ${registry[0].from} to ${current}`;
    return fail(
      'version.too-old',
      `This file is schemaVersion ${from}, which this release cannot read or migrate (it reads ${reads}). Open it in an older release of Causeway and save it there first.`,
    );
  }
  let doc: Record<string, unknown> = structuredClone(json);
  for (const m of registry.slice(first)) {
    try {
      const out = m.up(doc);
      if (typeof out !== 'object' || out === null || Array.isArray(out)) throw new Error('it returned no object');
      doc = { ...out, schemaVersion: m.to };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return fail(
        'migration.failed',
        `Updating this file from schemaVersion ${m.from} to ${m.to} failed in migration "${m.id}" (${why}); the file was not changed. Please report this problem with the file.`,
      );
    }
    applied.push(m.id);
  }
  forgetRevisionHashes(doc);
  if (doc['schemaVersion'] !== current)
    return fail(
      'migration.failed',
      `Migrating this file stopped at schemaVersion ${String(doc['schemaVersion'])} instead of ${current}; the file was not changed.`,
    );
  return { ok: true, json: doc, from, applied };
}

/**
 * A migration changes what every revision rebuilds as (its schemaVersion at least), so a hash
 * recorded before it (models/history/contentHash.ts) no longer describes any of them: those
 * revisions become unverified, as if saved before hashes existed; the next save records new ones.
 */
function forgetRevisionHashes(doc: Record<string, unknown>): void {
  const history = doc['history'];
  const revisions =
    typeof history === 'object' && history !== null ? (history as Record<string, unknown>)['revisions'] : null;
  if (!Array.isArray(revisions)) return;
  for (const r of revisions)
    if (typeof r === 'object' && r !== null) delete (r as Record<string, unknown>)['contentHash'];
}

function fail(code: DiagnosticCode, message: string): MigrateOutcome {
  return { ok: false, diagnostics: [error(code, 'schemaVersion', message)] };
}
