/**
 * Documented limits (issue 9, failure 5): each refused before the costly stages with a sentence
 * naming the limit and the file's figure; the 2,000-box benchmark model with a long history is well
 * inside them; diagnostics are capped with "and N more".
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostics, LIMITS, loadScenario, scenarioJsonSchema, type Diagnostic } from '../../../models/index.ts';
import { MINIMAL_TEXT } from './helpers.ts';

const minimal = () => JSON.parse(MINIMAL_TEXT) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function refusal(json: unknown): Diagnostic | undefined {
  const outcome = loadScenario(JSON.stringify(json));
  expect(outcome.ok).toBe(false);
  return outcome.diagnostics.find((d) => d.code === 'limits.exceeded');
}

describe('limits', () => {
  it('parameters: one over the limit is refused, naming both figures', () => {
    const json = minimal();
    for (let i = 0; i <= LIMITS.parameters; i++) json['parameters'][`p${i}`] = { value: 1 };
    const d = refusal(json);
    expect(d?.path).toBe('parameters');
    expect(d?.message).toMatch(/^The file has 20,00\d parameters, over Causeway's limit of 20,000/);
  });

  it('nodes, sectors and revisions likewise', () => {
    const json = minimal();
    json['logicModel']['nodes'] = Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({
      id: `n${i}`,
      stage: 'input',
      label: 'x',
    }));
    expect(refusal(json)?.message).toMatch(/20,001 boxes \(logic model nodes\), over Causeway's limit of 20,000/);
    const sectors = minimal();
    sectors['baseline']['sectors'] = Array.from(
      { length: LIMITS.sectors + 1 },
      () => sectors['baseline']['sectors'][0],
    );
    expect(refusal(sectors)?.message).toMatch(/1,001 baseline sectors, over Causeway's limit of 1,000/);
    const history = minimal();
    history['history'] = {
      revisions: Array.from({ length: LIMITS.revisions + 1 }, (_, i) => ({ revision: i, savedAt: 'x' })),
    };
    expect(refusal(history)?.message).toMatch(/10,001 saved revisions in its history, over Causeway's limit of 10,000/);
  });

  it('the characters of all formulas together', () => {
    const json = minimal();
    const formula = Array.from({ length: 2000 }, () => 'a')
      .join('+')
      .padEnd(LIMITS.formulaChars, ' ');
    json['logicModel']['nodes'] = Array.from({ length: 201 }, (_, i) => ({
      id: `n${i}`,
      stage: 'output',
      label: 'x',
      expr: formula,
    }));
    expect(refusal(json)?.message).toMatch(/2,010,000 formula characters in all, over Causeway's limit of 2,000,000/);
  });

  it('a horizon of a billion years is an error to fix, found before anything projects its years', () => {
    const json = minimal();
    json['horizon']['endYear'] = 1_000_002_026;
    const outcome = loadScenario(JSON.stringify(json));
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics.map((d) => d.code)).toContain('range.horizon-span');
  });

  it('leave the 2,000-box benchmark model well inside, ten times over', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../bench/fixtures/s2000.causeway.json'), 'utf8');
    const json = JSON.parse(text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const nodes = json['logicModel']['nodes'].length as number;
    expect(nodes * 10).toBeLessThanOrEqual(LIMITS.nodes);
    expect(text.length * 10).toBeLessThan(LIMITS.fileBytes);
    expect(loadScenario(text).diagnostics.some((d) => d.code === 'limits.exceeded')).toBe(false);
  });
});

describe('the JSON Schema', () => {
  it('states the limits that are counts or lengths, from the same table', () => {
    const schema = scenarioJsonSchema() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const p = schema.properties;
    expect(p.parameters.maxProperties).toBe(LIMITS.parameters);
    expect(p.logicModel.properties.nodes.maxItems).toBe(LIMITS.nodes);
    expect(p.logicModel.properties.nodes.items.properties.expr.maxLength).toBe(LIMITS.formulaChars);
    expect(p.scenarios.maxItems).toBe(LIMITS.scenarios);
    expect(p.history.properties.revisions.maxItems).toBe(LIMITS.revisions);
  });
});

describe('diagnostics on the command line', () => {
  it('are capped, with how many more there are', () => {
    const many: Diagnostic[] = Array.from({ length: 500 }, (_, i) => ({
      severity: 'error',
      code: 'ref.dangling',
      path: `logicModel.links[${i}].from`,
      message: `Link ${i} starts nowhere.`,
    }));
    const lines = formatDiagnostics(many, 'f.causeway.json').split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe('f.causeway.json: … and 400 more problems like these; correct the ones above first.');
  });
});
