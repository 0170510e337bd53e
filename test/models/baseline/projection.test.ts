/**
 * The three projection methods of docs/method.md section 14, one hand-worked example each, through
 * the engine (projectScenario), and the series method's refusal of years outside the series.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument, projectScenario, type ScenarioDocument, type SectorBaseline } from '../../../models/index.ts';

function docWith(sector: SectorBaseline): ScenarioDocument {
  return {
    format: 'causeway.scenario',
    schemaVersion: 2,
    meta: { title: 'Projection methods' },
    area: { code: 'TLE4', name: 'West Yorkshire' },
    horizon: { startYear: 2024, endYear: 2027 },
    prices: { baseYear: 2019, currency: 'GBP' },
    baseline: { sectors: [sector] },
    parameters: {},
    interventions: [],
    logicModel: { nodes: [], links: [] },
    scenarios: [{ id: 'bau', name: 'Business as usual', interventions: [] }],
    appraisal: { optimismBias: 0 },
  };
}
const base: SectorBaseline = {
  id: 'ck',
  name: 'Machinery',
  sic: '28',
  dataYear: 2022,
  gva: 500,
  jobs: 10000,
  gvaGrowth: 0.04,
  jobsGrowth: -0.02,
};
const baseline = (s: SectorBaseline) => {
  const r = projectScenario(docWith(s), 'bau');
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value.sectors['ck']!.baseline;
};

describe('projection methods, worked by hand', () => {
  it('own trend: 2025 GVA = 500 x 1.04^3 = 562.432, jobs = 10,000 x 0.98^3 = 9,411.92', () => {
    const b = baseline({ ...base, projection: { method: 'trend' } });
    expect(b.gva[1]).toBeCloseTo(562.432, 9);
    expect(b.jobs[1]).toBeCloseTo(9411.92, 9);
    // Absent projection means the same (version 1 files).
    expect(baseline(base).gva).toEqual(b.gva);
  });

  it('national: the stored GB rates replace the own ones: 2025 GVA = 500 x 1.01^3 = 515.1505, jobs = 10,000 x 1.005^3', () => {
    const b = baseline({ ...base, projection: { method: 'national', gvaGrowth: 0.01, jobsGrowth: 0.005 } });
    expect(b.gva[1]).toBeCloseTo(515.1505, 9);
    expect(b.jobs[1]).toBeCloseTo(10150.75125, 9);
    expect(b.productivity[1]).toBeCloseTo((515.1505 * 1e6) / 10150.75125, 6);
  });

  it('series: given years as given, years between interpolated geometrically (600 in 2024, 726 in 2026 -> 660 in 2025)', () => {
    const b = baseline({
      ...base,
      projection: {
        method: 'series',
        gva: { '2024': 600, '2026': 726, '2027': 750 },
        jobs: { '2023': 9000, '2027': 10000 },
      },
    });
    expect(b.gva).toEqual([600, expect.closeTo(660, 9), 726, 750]);
    // Jobs: 9,000 in 2023 to 10,000 in 2027, so 2025 is 9,000 x (10/9)^(2/4) = 9,486.833...
    expect(b.jobs[1]).toBeCloseTo(9000 * Math.sqrt(10 / 9), 9);
  });

  it('series: a horizon year outside the series is an error, in the engine and in checkDocument', () => {
    const doc = docWith({
      ...base,
      projection: { method: 'series', gva: { '2024': 600, '2026': 700 }, jobs: { '2024': 1, '2027': 2 } },
    });
    const r = projectScenario(doc, 'bau');
    expect(r.ok).toBe(false);
    const expectedMessage =
      'Sector "ck" takes its GVA baseline from a series covering 2024 to 2026, but the horizon also needs 2027; add values for those years (years between given values are interpolated, years outside them are not guessed).';
    expect(r.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ['baseline.series-years', 'baseline.sectors[0].projection.gva', expectedMessage],
    ]);
    expect(
      checkDocument(doc)
        .filter((d) => d.severity === 'error')
        .map((d) => d.message),
    ).toEqual([expectedMessage]);
  });

  it('series: a value of 0 cannot be interpolated geometrically', () => {
    const doc = docWith({
      ...base,
      projection: { method: 'series', gva: { '2024': 0, '2027': 700 }, jobs: { '2024': 1, '2027': 2 } },
    });
    expect(checkDocument(doc).map((d) => d.code)).toContain('baseline.series-value');
  });
});
