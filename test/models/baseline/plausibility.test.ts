/**
 * Plausibility warnings (docs/method.md section 14): they fire on a constructed case, with the
 * numbers worked out here, and not on the rebuilt examples; the default method of new files passes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  createScenarioForArea,
  greatBritainGrowth,
  loadScenario,
  sectorPlausibility,
  withProjectionMethod,
  type ScenarioDocument,
  type SectorBaseline,
} from '../../../models/index.ts';

const machinery: SectorBaseline = {
  id: 'ck',
  name: 'Machinery and equipment n.e.c.',
  sic: '28',
  dataYear: 2021,
  gva: 677,
  jobs: 4500,
  gvaGrowth: 0.08,
  jobsGrowth: -0.02,
  projection: { method: 'trend' },
};
const doc = (s: SectorBaseline): ScenarioDocument => ({
  format: 'causeway.scenario',
  schemaVersion: 2,
  meta: { title: 'Plausibility' },
  area: { code: 'TLD3', name: 'Greater Manchester' },
  horizon: { startYear: 2026, endYear: 2040 },
  prices: { baseYear: 2019, currency: 'GBP' },
  baseline: { sectors: [s] },
  parameters: {},
  interventions: [],
  logicModel: { nodes: [], links: [] },
  scenarios: [{ id: 'bau', name: 'Business as usual', interventions: [] }],
  appraisal: { optimismBias: 0 },
});
const baselineWarnings = (d: ScenarioDocument) => checkDocument(d).filter((x) => x.code.startsWith('baseline.'));

describe('the productivity check', () => {
  // Great Britain machinery over 2015-2019, from the library's ITL1 sums, worked out here.
  const gb = greatBritainGrowth('ck');
  const gbGva = Math.pow(gb.gvaTrend[1] / gb.gvaTrend[0], 1 / 4) - 1;
  const gbJobs = Math.pow(gb.jobsTrend[1] / gb.jobsTrend[0], 1 / 4) - 1;
  const gbProductivity = (1 + gbGva) / (1 + gbJobs) - 1;
  const own = 1.08 / 0.98 - 1; // 10.20% a year

  it('fires on 8% GVA and -2% jobs a year, with the numbers', () => {
    const p = sectorPlausibility('TLD3', machinery);
    expect(p.productivityGrowth).toBeCloseTo(own, 12);
    expect(p.national?.productivityGrowth).toBeCloseTo(gbProductivity, 5);
    expect(p.gap).toBeCloseTo(own - gbProductivity, 5);
    expect(p.implausible).toBe(true);
    const [w] = baselineWarnings(doc({ ...machinery, dataYearNote: 'A note.' }));
    expect(w).toMatchObject({
      code: 'baseline.implausible-productivity',
      severity: 'warning',
      path: 'baseline.sectors[0].projection',
    });
    expect(w?.message).toContain(
      `implies productivity growth of ${(own * 100).toFixed(2)}% a year (GVA 8.00%, jobs -2.00% a year)`,
    );
    expect(w?.message).toContain(
      `against ${(gbProductivity * 100).toFixed(2)}% for the industry in Great Britain 2015-2019`,
    );
    expect(w?.message).toContain(
      `GVA per job would be ${Math.pow(1 + own, 2040 - 2021).toFixed(2)} times its 2021 level by 2040`,
    );
  });

  it('does not fire within 1.5 points, nor on the national method', () => {
    const close = { ...machinery, gvaGrowth: gbGva + 0.01, jobsGrowth: gbJobs, dataYearNote: 'A note.' };
    expect(baselineWarnings(doc(close))).toEqual([]);
    const national = withProjectionMethod('TLD3', { ...machinery, dataYearNote: 'A note.' }, 'national');
    if (!national.ok) throw new Error('expected the national method');
    expect(baselineWarnings(doc(national.value))).toEqual([]);
  });

  it('says nothing for a sector the library has no industry for', () => {
    expect(sectorPlausibility('TLD3', { ...machinery, id: 'bakery', sic: '10.71' }).national).toBeUndefined();
  });
});

describe('the data-year check', () => {
  it('fires on a 2021 level without a note, and not with one or on 2019', () => {
    const fair = { ...machinery, gvaGrowth: 0, jobsGrowth: 0 };
    expect(baselineWarnings(doc(fair)).map((d) => [d.code, d.path])).toEqual([
      ['baseline.outlier-data-year', 'baseline.sectors[0].dataYear'],
    ]);
    expect(baselineWarnings(doc({ ...fair, dataYearNote: 'Used as published; see the source.' }))).toEqual([]);
    expect(baselineWarnings(doc({ ...fair, dataYear: 2019 }))).toEqual([]);
  });
});

describe('the examples and new files', () => {
  const dir = new URL('../../../scenarios/', import.meta.url);
  it.each(readdirSync(dir).filter((f) => f.endsWith('.causeway.json')))('%s has no baseline warnings', (name) => {
    const loaded = loadScenario(readFileSync(new URL(name, dir), 'utf8'));
    if (!loaded.ok) throw new Error(`${name} does not load`);
    expect(loaded.diagnostics.filter((d) => d.code.startsWith('baseline.'))).toEqual([]);
    expect(loaded.document.baseline.sectors.every((s) => s.projection?.method === 'national')).toBe(true);
  });

  it.each(['TLD3', 'TLG3', 'TLE4', 'TLC', 'E47000001', 'E08000035'])(
    'a new file for %s passes the checks',
    (areaCode) => {
      const created = createScenarioForArea({ areaCode, now: '2025-01-01T00:00:00.000Z' });
      if (!created.ok) throw new Error(JSON.stringify(created.diagnostics));
      expect(baselineWarnings(created.value)).toEqual([]);
    },
  );
});
