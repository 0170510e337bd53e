import { describe, expect, it } from 'vitest';
import { createScenarioForArea, findArea, listAreas, sectorBaselines } from '../../../models/index.ts';

describe('volatile growth rates', () => {
  // West Midlands machinery: a jobs trend of about +9.6% a year from rounded BRES counts.
  const record = findArea('TLG3')!.sectors.find((s) => s.id === 'ck')!;

  it('are returned as published unless asked otherwise, with a warning', () => {
    const result = sectorBaselines('TLG3', ['ck']);
    if (!result.ok) throw new Error('failed');
    expect(record.flags).toContain('volatile-jobs-growth');
    expect(result.value[0]!.jobsGrowth).toBe(record.jobsGrowth);
    expect(result.diagnostics[0]!.message).toMatch(/as published/);
  });

  it('are replaced by the Great Britain trend of the sector, stated in the source', () => {
    // Independent sum of the ITL1 regions' BRES end points, 2015 and 2019.
    let from = 0;
    let to = 0;
    for (const area of listAreas().filter((a) => a.level === 'ITL1')) {
      const ck = findArea(area.code)!.sectors.find((s) => s.id === 'ck')!;
      from += ck.jobsTrend[0];
      to += ck.jobsTrend[1];
    }
    const gbRate = Math.pow(to / from, 1 / 4) - 1;
    const result = sectorBaselines('TLG3', ['ck'], { steadyVolatileGrowth: true });
    if (!result.ok) throw new Error('failed');
    expect(result.value[0]!.jobsGrowth).toBeCloseTo(gbRate, 6);
    expect(Math.abs(result.value[0]!.jobsGrowth)).toBeLessThan(0.05);
    expect(result.value[0]!.gvaGrowth).toBe(record.gvaGrowth); // not flagged, so untouched
    expect(result.value[0]!.source).toMatch(/flagged as volatile .* Great Britain trend/);
    expect(result.diagnostics[0]!.message).toMatch(/replaced by the Great Britain trend/);
  });

  it('are steadied by default in a new scenario for an area, and kept on request', () => {
    const steady = createScenarioForArea({ areaCode: 'TLG3', sectorIds: ['ck'], now: '2026-01-01T00:00:00Z' });
    const published = createScenarioForArea({
      areaCode: 'TLG3',
      sectorIds: ['ck'],
      now: '2026-01-01T00:00:00Z',
      publishedGrowth: true,
    });
    if (!steady.ok || !published.ok) throw new Error('failed');
    const ck = (doc: typeof steady.value) => doc.baseline.sectors.find((s) => s.id === 'ck')!;
    expect(Math.abs(ck(steady.value).jobsGrowth)).toBeLessThan(0.05);
    expect(ck(published.value).jobsGrowth).toBe(record.jobsGrowth);
  });
});
