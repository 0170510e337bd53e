/**
 * The published JSON Schema is for other tools: check it with an independent validator (ajv, draft
 * 2020-12) against every example file and the hand-written fixture, and that it refuses broken ones.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync('scenarios/schema/causeway.scenario.v2.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const files = [
  ...readdirSync('scenarios')
    .filter((f) => f.endsWith('.causeway.json'))
    .map((f) => join('scenarios', f)),
  'test/fixtures/good/minimal.causeway.json',
];

describe('the JSON Schema', () => {
  it.each(files)('accepts %s', (file) => {
    const ok = validate(JSON.parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses a wrong format, a string for a number and an out-of-range factor', () => {
    const good = JSON.parse(readFileSync(files[0]!, 'utf8'));
    const broken = [
      { ...good, format: 'something.else' },
      { ...good, horizon: { ...good.horizon, startYear: '2026' } },
      {
        ...good,
        interventions: [
          { ...good.interventions[0], additionality: { ...good.interventions[0].additionality, deadweight: 1.5 } },
        ],
      },
    ];
    for (const doc of broken) expect(validate(doc)).toBe(false);
  });
});
