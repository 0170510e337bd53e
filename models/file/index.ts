/**
 * The scenario file format (docs/contracts.md section 1): reading with migrations and the
 * shape check, deterministic saving, the format's own semantic checks, and the JSON Schema. Loading
 * a file with every check (the engine's too) is models/check's loadScenario.
 */
export { readScenarioText, type ReadOutcome, type ReadOptions } from './read.ts';
export { serialiseScenario } from './serialise.ts';
export { MIGRATIONS, defineMigrations, migrateJson, type Migration, type MigrateOutcome } from './migrations.ts';
export { scenarioJsonSchema, JSON_SCHEMA_PATH } from './jsonSchema.ts';
export { formatDiagnostics } from './diagnostics.ts';
export { parseJsonText, MAX_FILE_CHARS, MAX_DEPTH } from './parseJson.ts';
export { checkUtf8Bytes } from './utf8.ts';
export { LIMITS, checkLimits, tooLargeMessage, type LimitName } from './limits.ts';
export { FORMULA_ID, OTHER_ID, MAX_HORIZON_YEARS } from './shape.ts';
