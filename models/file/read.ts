/**
 * The file stages of loading: parse -> envelope -> refuse newer -> migrate -> validate the shape ->
 * a well-shaped document. Each stage returns diagnostics instead of throwing, and the whole is
 * wrapped so that nothing a file contains can make reading throw to its caller. The semantic checks
 * (ids, references, ranges, formulas) follow in models/check, which composes them with these.
 */
import type { Diagnostic, ScenarioDocument } from '../types.ts';
import { error, warning } from '../diagnostics.ts';
import { checkEnvelope } from './envelope.ts';
import { checkLimits } from './limits.ts';
import { MIGRATIONS, migrateJson, type Migration } from './migrations.ts';
import { parseJsonText } from './parseJson.ts';
import { formatPath, isRecord, type PathSegment } from './paths.ts';
import { scenarioShape } from './shape.ts';
import { shapeDiagnostics } from './shapeMessages.ts';

/** What reading a file gave: a well-shaped document not yet checked semantically, or why not. */
export type ReadOutcome =
  | {
      ok: true;
      document: ScenarioDocument;
      /** Warnings only (positions dropped from the layout). */ diagnostics: Diagnostic[];
      /** The schemaVersion migrated from, or null. */ migratedFrom: number | null;
    }
  | { ok: false; diagnostics: Diagnostic[] };

export interface ReadOptions {
  /** The migration registry; defaults to MIGRATIONS. Tests pass a fixture registry. */
  migrations?: Migration[];
}

/** Drops layout positions that are not {x, y} numbers: cosmetic, so a warning rather than a refusal. */
function tolerateLayout(json: Record<string, unknown>): Diagnostic[] {
  const model = json['logicModel'];
  const layout = isRecord(model) ? model['layout'] : undefined;
  if (!isRecord(layout)) return [];
  const out: Diagnostic[] = [];
  for (const [id, pos] of Object.entries(layout)) {
    const fine =
      isRecord(pos) &&
      typeof pos['x'] === 'number' &&
      Number.isFinite(pos['x']) &&
      typeof pos['y'] === 'number' &&
      Number.isFinite(pos['y']);
    if (!fine) {
      delete layout[id];
      out.push(
        warning(
          'layout.invalid',
          formatPath(['logicModel', 'layout', id]),
          `The canvas position of node "${id}" is not a pair of numbers {x, y}; it was dropped and the node will be placed automatically.`,
        ),
      );
    }
  }
  return out;
}

/** Stop listing overflowing numbers after this many, so a hostile file cannot flood the UI. */
const MAX_OVERFLOW_FINDINGS = 20;

/**
 * Finds numbers JSON.parse turned into Infinity (1e400 and the like) in places the shape does not
 * check: unknown fields, lists of unknown objects, revision patches. JavaScript cannot hold such a
 * number, so saving would write null in its place; the file is refused instead, so nothing is lost.
 * Known fields already fail the shape check with their own message.
 */
function overflowingNumbers(value: unknown, path: PathSegment[], out: Diagnostic[]): void {
  if (out.length >= MAX_OVERFLOW_FINDINGS) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      const where = formatPath(path);
      out.push(
        error(
          'json.number-overflow',
          where,
          `The number at ${where} is too large for Causeway to hold (beyond about 1.8e308), so saving the file would replace it with null; write it as a smaller number, or as text in double quotes if it is not a quantity.`,
        ),
      );
    }
    return;
  }
  if (Array.isArray(value)) value.forEach((v, k) => overflowingNumbers(v, [...path, k], out));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) overflowingNumbers(v, [...path, k], out);
}

function run(text: string, options: ReadOptions): ReadOutcome {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const envelope = checkEnvelope(parsed.value);
  if (!envelope.ok) return { ok: false, diagnostics: envelope.diagnostics };
  // Before anything whose cost grows with these counts: the migration copies the whole file, the
  // shape check visits every value. Migrations do not change the counts.
  const overLimits = checkLimits(envelope.json);
  if (overLimits.length > 0) return { ok: false, diagnostics: overLimits };
  const migrated = migrateJson(envelope.json, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return { ok: false, diagnostics: migrated.diagnostics };
  const json = migrated.json;
  // Before the shape check, which then holds every position kept to {x, y}.
  const tolerated = tolerateLayout(json);
  const shape = scenarioShape.safeParse(json);
  if (!shape.success) return { ok: false, diagnostics: shapeDiagnostics(shape.error.issues, json) };
  const overflows: Diagnostic[] = [];
  // Depth is bounded by the parser's MAX_DEPTH, so recursion here cannot overflow the stack.
  overflowingNumbers(json, [], overflows);
  if (overflows.length > 0) return { ok: false, diagnostics: [...tolerated, ...overflows] };
  // The document is the validated JSON itself (not zod's copy), so unknown fields and key order survive.
  const document = json as unknown as ScenarioDocument;
  return {
    ok: true,
    document,
    diagnostics: tolerated,
    migratedFrom: migrated.applied.length > 0 ? migrated.from : null,
  };
}

/**
 * Reads scenario file text into a well-shaped document. Never throws: every problem, from a
 * truncated file to a missing field, comes back as a diagnostic with a JSON path and a plain
 * sentence saying what to do.
 */
export function readScenarioText(text: string, options: ReadOptions = {}): ReadOutcome {
  try {
    if (typeof text !== 'string') {
      return {
        ok: false,
        diagnostics: [
          error('json.not-text', '', 'The file could not be read as text; check that you chose a .causeway.json file.'),
        ],
      };
    }
    return run(text, options);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      diagnostics: [
        error(
          'internal.error',
          '',
          `Causeway could not read this file because of an internal error (${why}); please report this problem with the file.`,
        ),
      ],
    };
  }
}
