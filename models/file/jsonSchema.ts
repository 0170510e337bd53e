/**
 * The published JSON Schema of the file format, generated from the same zod definition the loader
 * uses (with ranges and id patterns added), so other tools and editors validate what the app does.
 */
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../types.ts';
import { buildScenarioSchema } from './shape.ts';

/** Where scripts/exportJsonSchema.ts writes the schema, relative to the repository root. */
export const JSON_SCHEMA_PATH = `scenarios/schema/causeway.scenario.v${CURRENT_SCHEMA_VERSION}.schema.json`;

/**
 * JSON Schema (draft 2020-12) of a schemaVersion 1 scenario file. Unknown fields are allowed
 * everywhere (additionalProperties), as the format promises. Cross-references (a link's `from` naming
 * a node, and so on) cannot be expressed in JSON Schema and are checked only by `checkDocument` (models/check).
 */
export function scenarioJsonSchema(): object {
  const schema = z.toJSONSchema(buildScenarioSchema(true), { target: 'draft-2020-12' });
  return {
    ...schema,
    $id: `https://causeway.app/schema/causeway.scenario.v${CURRENT_SCHEMA_VERSION}.schema.json`,
    title: `Causeway scenario file, schemaVersion ${CURRENT_SCHEMA_VERSION}`,
    description:
      'A quantified logic model of policy interventions with its baseline, parameters, scenarios and appraisal settings. Money in £m at prices.baseYear prices, jobs as a count, rates as fractions a year.',
  };
}
