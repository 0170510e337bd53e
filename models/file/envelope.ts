/**
 * The envelope is the small header that says what a file is before anything reads its body: `format`
 * must be exactly "causeway.scenario" and `schemaVersion` a whole number no newer than this release.
 * A newer file is refused (never half-read) with a message that names both versions.
 */
import { CURRENT_SCHEMA_VERSION, SCENARIO_FORMAT, type Diagnostic, type DiagnosticCode } from '../types.ts';
import { error } from '../diagnostics.ts';
import { describeValue, isRecord } from './paths.ts';

export type EnvelopeOutcome =
  { ok: true; json: Record<string, unknown>; schemaVersion: number } | { ok: false; diagnostics: Diagnostic[] };

/** Checks the file's header; the body is left for migration and validation. */
export function checkEnvelope(json: unknown, current: number = CURRENT_SCHEMA_VERSION): EnvelopeOutcome {
  if (!isRecord(json)) {
    return fail(
      'envelope.not-object',
      '',
      `The file holds ${describeValue(json)}, not a JSON object; a Causeway scenario file is an object starting with {"format": "${SCENARIO_FORMAT}", ...}.`,
    );
  }
  const format = json['format'];
  if (format !== SCENARIO_FORMAT) {
    const found = format === undefined ? 'has no "format" field' : `has "format" ${JSON.stringify(format)}`;
    return fail(
      'envelope.format',
      'format',
      `This file ${found}, so it is not a Causeway scenario file; a scenario file has "format": "${SCENARIO_FORMAT}".`,
    );
  }
  const version = json['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(
      'envelope.schema-version',
      'schemaVersion',
      `The file's schemaVersion is ${describeValue(version)}; it must be a whole number such as ${current}.`,
    );
  }
  if (version > current) {
    return fail(
      'version.newer',
      'schemaVersion',
      `This file is schemaVersion ${version}, made by a newer Causeway; this release reads up to ${current}. Update Causeway to open it.`,
    );
  }
  return { ok: true, json, schemaVersion: version };
}

function fail(code: DiagnosticCode, path: string, message: string): EnvelopeOutcome {
  return { ok: false, diagnostics: [error(code, path, message)] };
}
