/**
 * The published JSON Schema of the file format, generated from the same zod definition the loader
 * uses (with ranges and id patterns added), so other tools and editors validate what the app does.
 */
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../types.ts';
import { LIMITS } from './limits.ts';
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
  withLimits(schema as unknown as SchemaNode);
  return {
    ...schema,
    $id: `https://causeway.app/schema/causeway.scenario.v${CURRENT_SCHEMA_VERSION}.schema.json`,
    title: `Causeway scenario file, schemaVersion ${CURRENT_SCHEMA_VERSION}`,
    description:
      'A quantified logic model of policy interventions with its baseline, parameters, scenarios and appraisal settings. Money in £m at prices.baseYear prices, jobs as a count, rates as fractions a year.',
  };
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [keyword: string]: unknown;
}

/** The node at a path of property names ("[]" steps into an array's items); throws if the shape moved. */
function at(schema: SchemaNode, path: string): SchemaNode {
  let node = schema;
  for (const step of path.split('.')) {
    const next = step === '[]' ? node.items : node.properties?.[step];
    if (!next) throw new Error(`The JSON Schema has no ${path}: update withLimits in jsonSchema.ts.`);
    node = next;
  }
  return node;
}

/** The documented limits (limits.ts) that JSON Schema can state: counts and a formula's length. */
function withLimits(schema: SchemaNode): void {
  const keyword: Array<[string, 'maxItems' | 'maxProperties' | 'maxLength', number]> = [
    ['logicModel.nodes', 'maxItems', LIMITS.nodes],
    ['logicModel.nodes.[].expr', 'maxLength', LIMITS.formulaChars],
    ['logicModel.links', 'maxItems', LIMITS.links],
    ['logicModel.layout', 'maxProperties', LIMITS.nodes],
    ['parameters', 'maxProperties', LIMITS.parameters],
    ['baseline.sectors', 'maxItems', LIMITS.sectors],
    ['interventions', 'maxItems', LIMITS.interventions],
    ['scenarios', 'maxItems', LIMITS.scenarios],
    ['scenarios.[].overrides', 'maxProperties', LIMITS.overrides],
    ['history.revisions', 'maxItems', LIMITS.revisions],
  ];
  for (const [path, name, value] of keyword) at(schema, path)[name] = value;
}
