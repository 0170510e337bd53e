/**
 * The scenario file format (shared/docs/contracts.md section 1): loading with migrations and
 * validation, deterministic saving, semantic checks for the editor, and the JSON Schema.
 */
export { loadScenario, type LoadOutcome, type LoadOptions } from './load.ts';
export { serialiseScenario } from './serialise.ts';
export { validateDocument } from './references.ts';
export { MIGRATIONS, defineMigrations, migrateJson, type Migration, type MigrateOutcome } from './migrations.ts';
export { scenarioJsonSchema, JSON_SCHEMA_PATH } from './jsonSchema.ts';
export { formatDiagnostics } from './diagnostics.ts';
export { parseJsonText, MAX_FILE_CHARS, MAX_DEPTH } from './parseJson.ts';
export { FORMULA_ID, OTHER_ID, MAX_HORIZON_YEARS } from './shape.ts';
