// Whole numbers out of range get a plain message, not zod wording.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/index.ts';
import { MINIMAL_TEXT } from './helpers.ts';

const minimal = (): Record<string, unknown> => JSON.parse(MINIMAL_TEXT) as Record<string, unknown>;

describe('messages for whole numbers out of range', () => {
  it('a year too large for a whole number says what it is and what to write, without zod wording', () => {
    const json = minimal();
    const text = JSON.stringify(json).replace('"startYear":2026', '"startYear":1e20');
    const outcome = loadScenario(text);
    const d = outcome.diagnostics.find((x) => x.path === 'horizon.startYear');
    expect(d?.message).not.toMatch(/expected int|Too big|<=/);
    expect(d?.message).toMatch(/whole number/);
    expect(d?.message).toMatch(/e\.g\. 2026/);
  });
});
