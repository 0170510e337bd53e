/**
 * Writes the scenario file's JSON Schema (generated from the zod definition in models/file/shape.ts)
 * to scenarios/schema/, for editors and other tools. Run with `npm run build:schema` after changing
 * the shape; a test fails when the committed file differs from what the code generates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, scenarioJsonSchema } from '../models/file/index.ts';

/** The schema file's exact text: 2-space indent and a final newline, like scenario files. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const out = resolve(root, JSON_SCHEMA_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, jsonSchemaText());
  console.log(`Wrote ${JSON_SCHEMA_PATH}`);
}
