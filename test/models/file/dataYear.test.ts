// A sector whose data year falls after the horizon start is back-cast: say so.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/index.ts';
import { MINIMAL_TEXT } from './helpers.ts';

const minimal = (): Record<string, unknown> => JSON.parse(MINIMAL_TEXT) as Record<string, unknown>;

describe('baseline data years and the horizon', () => {
  it("warns when a sector's data year is after the horizon start (the baseline would be back-cast)", () => {
    const json = minimal();
    json['horizon'] = { startYear: 2015, endYear: 2030 };
    const outcome = loadScenario(JSON.stringify(json));
    const d = outcome.diagnostics.find((x) => x.code === 'range.data-year');
    expect(d?.severity).toBe('warning');
    expect(d?.path).toBe('baseline.sectors[0].dataYear');
    expect(d?.message).toMatch(/2015/);
  });

  it('says nothing when the data year is at or before the horizon start', () => {
    expect(loadScenario(MINIMAL_TEXT).diagnostics.filter((d) => d.code === 'range.data-year')).toEqual([]);
  });
});
