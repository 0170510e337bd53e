/** Setting edits: area, horizon and price base change what they name and nothing else. */
import { describe, expect, it } from 'vitest';
import { setArea, setHorizon, setPriceBaseYear, checkDocument, type ScenarioDocument } from '../../../models/index.ts';
import { blankDocument } from '../../../renderer/start/blankDocument.ts';

const blank = (): ScenarioDocument => blankDocument(new Date('2026-03-01T00:00:00Z'));

describe('setting edits', () => {
  it('sets the area, dropping a stale level when the code changes', () => {
    const withLevel = setArea(blank(), { code: 'TLD3', name: 'Greater Manchester', level: 'ITL2' });
    expect(withLevel.area).toEqual({ code: 'TLD3', name: 'Greater Manchester', level: 'ITL2' });
    expect(setArea(withLevel, { code: 'X1', name: 'Somewhere' }).area).toEqual({ code: 'X1', name: 'Somewhere' });
    expect(setArea(withLevel, { code: 'TLD3', name: 'GM' }).area).toEqual({ code: 'TLD3', name: 'GM', level: 'ITL2' });
    expect(setArea(withLevel, { code: 'TLD3', name: 'Greater Manchester', level: 'ITL2' })).toBe(withLevel);
  });

  it('sets the horizon with whole years only, and validation names a backwards one', () => {
    const doc = blank();
    expect(setHorizon(doc, { startYear: 2026, endYear: 2045 }).horizon).toEqual({ startYear: 2026, endYear: 2045 });
    expect(setHorizon(doc, { startYear: 2026.5 })).toBe(doc);
    const backwards = setHorizon(doc, { endYear: doc.horizon.startYear - 1 });
    expect(checkDocument(backwards).some((d) => d.path === 'horizon.endYear' && d.severity === 'error')).toBe(true);
  });

  it('sets the price base year without touching any figure', () => {
    const doc = blank();
    const next = setPriceBaseYear(doc, 2022);
    expect(next.prices).toEqual({ baseYear: 2022, currency: 'GBP' });
    expect(next.baseline).toBe(doc.baseline);
    expect(setPriceBaseYear(doc, 2019)).toBe(doc);
  });
});
