import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, scenarioJsonSchema } from '../../../models/index.ts';
import { jsonSchemaText } from '../../../scripts/exportJsonSchema.ts';

const committed = fileURLToPath(new URL(`../../../${JSON_SCHEMA_PATH}`, import.meta.url));

describe('published JSON Schema', () => {
  it('the committed schema equals what the code generates (run `npm run build:schema` if not)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(jsonSchemaText());
  });

  it('allows unknown fields and states the ranges and id patterns', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a generated JSON Schema
    const schema = scenarioJsonSchema() as Record<string, any>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['additionalProperties']).toEqual({});
    const additionality = schema['properties'].interventions.items.properties.additionality;
    // A number, or { value, low, high, distribution } with the same limits on each (schemaVersion 2).
    const [deadweight, rangedDeadweight] = additionality.properties.deadweight.anyOf;
    expect(deadweight).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    for (const field of ['value', 'low', 'high'])
      expect(rangedDeadweight.properties[field]).toMatchObject({ minimum: 0, maximum: 1 });
    expect(rangedDeadweight.required).toEqual(['value']);
    expect(additionality.properties.multiplier.anyOf[0]).toMatchObject({ exclusiveMinimum: 0 });
    expect(schema['properties'].logicModel.properties.nodes.items.properties.id.pattern).toBe('^[a-z][a-z0-9_]*$');
    expect(schema['required']).toContain('baseline');
  });
});
