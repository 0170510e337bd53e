/**
 * planImport: what an import changes (old -> new, with the vintage), checked against numbers worked
 * out here from the hand-written fixtures; and the round trip import into a new file -> run, through
 * the command line.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createScenarioForArea,
  findLocalArea,
  LOCAL_VINTAGE,
  localRecord,
  planImport,
  readDownload,
  type ScenarioDocument,
  type SectorBaseline,
} from '../../../models/index.ts';
import { folderWith, runCli } from '../../helpers/cli.ts';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url);
const tablesOf = (...names: string[]) =>
  names.flatMap((n) => readDownload(new Uint8Array(readFileSync(new URL(n, FIXTURES))), n).tables);
const cagr = (a: number, b: number, years: number) => Math.round((Math.pow(b / a, 1 / years) - 1) * 1e6) / 1e6;

const sector = (id: string, name: string, sic: string): SectorBaseline => ({
  id,
  name,
  sic,
  dataYear: 2021,
  gva: 1,
  jobs: 1,
  gvaGrowth: 0,
  jobsGrowth: 0,
  projection: { method: 'trend' },
});
/** A West Yorkshire file, 2019 prices, whose three sectors follow their own trend. */
function westYorkshire(sectors: SectorBaseline[]): ScenarioDocument {
  return {
    format: 'causeway.scenario',
    schemaVersion: 2,
    meta: { title: 'West Yorkshire' },
    area: { code: 'TLE4', name: 'West Yorkshire', level: 'ITL2' },
    horizon: { startYear: 2026, endYear: 2030 },
    prices: { baseYear: 2019, currency: 'GBP' },
    baseline: { sectors },
    parameters: {},
    interventions: [],
    logicModel: { nodes: [], links: [] },
    scenarios: [{ id: 'bau', name: 'Business as usual', interventions: [] }],
    appraisal: { optimismBias: 0 },
  };
}
const threeSectors = [
  sector('ck', 'Machinery', '28'),
  sector('c_other', 'Rest of manufacturing (C less ck)', '10-33 less ck'),
  sector('non_c', 'All industries except manufacturing', '01-09, 35-99'),
];

// By hand from the fixtures: GVA (ons-gva-itl2-cvm.csv, 2019 money) and jobs (nomis-tidy.csv), TLE4.
const expected = {
  ck: { gva: 460, jobs: 8000, gvaGrowth: cagr(400, 420, 4), jobsGrowth: cagr(7000, 7500, 4) },
  c_other: {
    gva: 7300 - 460,
    jobs: 118000 - 8000,
    gvaGrowth: cagr(6800 - 400, 7000 - 420, 4),
    jobsGrowth: cagr(114000 - 7000, 111600 - 7500, 4),
  },
  non_c: {
    gva: 57500 - 7300,
    jobs: 1125000 - 118000,
    gvaGrowth: cagr(52100 - 6800, 55300 - 7000, 4),
    jobsGrowth: cagr(1060000 - 114000, 1090000 - 111600, 4),
  },
};

describe('planImport', () => {
  it('updates each sector: level year 2022 (latest with both), growth over 2015-2019 for both, old -> new listed', () => {
    const plan = planImport(westYorkshire(threeSectors), tablesOf('nomis-tidy.csv', 'ons-gva-itl2-cvm.csv'));
    if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics));
    const byId = Object.fromEntries(plan.value.document.baseline.sectors.map((s) => [s.id, s]));
    for (const [id, e] of Object.entries(expected)) expect(byId[id], id).toMatchObject({ dataYear: 2022, ...e });
    const ck = plan.value.changes.find((c) => c.sectorId === 'ck')!;
    expect(ck.changes.filter((f) => f.field !== 'source')).toEqual([
      { field: 'dataYear', old: 2021, new: 2022 },
      { field: 'gva', old: 1, new: 460 },
      { field: 'jobs', old: 1, new: 8000 },
      { field: 'gvaGrowth', old: 0, new: expected.ck.gvaGrowth },
      { field: 'jobsGrowth', old: 0, new: expected.ck.jobsGrowth },
    ]);
    expect(ck.vintage).toMatch(
      /GVA: ONS, Regional gross value added \(balanced\) by industry: all ITL regions, release of 25 April 2023, Table 2b/,
    );
    expect(ck.vintage).toMatch(
      /Jobs: ONS Business Register and Employment Survey \(BRES\) open access, via Nomis.*28 : Manufacture of machinery/,
    );
    expect(ck.vintage).toMatch(/compound annual growth 2015-2019 \(one window\)/);
    expect(plan.value.refused).toEqual([]);
  });

  it('adds sectors to a file without any (finest first, then the residuals), on the national method', () => {
    const plan = planImport(westYorkshire([]), tablesOf('nomis-tidy.csv', 'ons-gva-itl2-cvm.csv'));
    if (!plan.ok) throw new Error('expected a plan');
    const sectors = plan.value.document.baseline.sectors;
    expect(sectors.map((s) => s.id)).toEqual(['ck', 'c_other', 'non_c']);
    expect(sectors.map((s) => s.projection?.method)).toEqual(['national', 'national', 'national']);
    expect(plan.value.changes.every((c) => c.kind === 'add')).toBe(true);
  });

  it("sums a combined authority's councils, and uses the library's GVA for a measure the imports lack", () => {
    const created = createScenarioForArea({ areaCode: 'E47000006', now: '2025-01-01T00:00:00.000Z' });
    if (!created.ok) throw new Error('expected a file');
    expect(created.value.baseline.sectors).toEqual([]); // Tees Valley: no council jobs in the library
    expect(created.diagnostics.map((d) => d.code)).toEqual(['library.jobs-missing']);
    const plan = planImport(created.value, tablesOf('nomis-query.csv'));
    if (!plan.ok) throw new Error('expected a plan');
    const [c, nonC] = plan.value.document.baseline.sectors;
    const tv = findLocalArea('E47000006')!;
    const cvm = (id: 'c' | 'total', year: number) => localRecord(tv, id).gva[LOCAL_VINTAGE.gvaYears.indexOf(year)]!;
    expect(c).toMatchObject({
      id: 'c',
      dataYear: 2021,
      jobs: 4000 + 3500 + 4500 + 10000 + 5000,
      gva: cvm('c', 2021),
      jobsGrowth: cagr(4500 + 3000 + 4000 + 9000 + 4000, 4000 + 3500 + 4500 + 9500 + 4500, 4),
    });
    expect(nonC).toMatchObject({
      id: 'non_c',
      jobs: 33000 + 65000 + 38500 + 86000 + 53000 - 27000,
      gva: cvm('total', 2021) - cvm('c', 2021),
    });
    expect(c?.source).toMatch(/the 5 councils summed \(imported from nomis-query\.csv\)/);
    expect(plan.value.document.baseline.councils?.councils.map((x) => x.name)).toEqual(tv.councils.map((x) => x.name));
  });

  it("refuses a GVA level in other prices than the file's, with a sentence", () => {
    const doc = westYorkshire([sector('c', 'Manufacturing', '10-33')]);
    const gva = tablesOf('ons-gva-itl2-cvm.csv').map((t) => ({ ...t, priceYear: 2022 }));
    const plan = planImport({ ...doc, area: { code: 'TLE4', name: 'West Yorkshire' } }, [
      ...gva,
      ...tablesOf('nomis-tidy.csv'),
    ]);
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.value.refused).toEqual([
      'Manufacturing (c): the GVA is in 2022 money but the file is in 2019 prices; rebase the file to 2022 first (causeway rebase) or import a table in 2019 money.',
    ]);
    expect(plan.value.document.baseline.sectors[0]).toEqual(doc.baseline.sectors[0]);
  });

  it("says so when none of the data is for the file's area", () => {
    const plan = planImport(westYorkshire(threeSectors), tablesOf('nomis-query.csv'));
    expect(plan.ok).toBe(false);
    expect(plan.diagnostics[0]?.message).toMatch(/None of the data is for West Yorkshire \(TLE4\)/);
  });
});

describe('round trip: import into a new file -> run', () => {
  it('causeway import-baseline --out, then run --json gives the baseline worked out by hand', async () => {
    const { dir, file } = folderWith(westYorkshire(threeSectors), 'wy.causeway.json');
    for (const f of ['nomis-tidy.csv', 'ons-gva-itl2-cvm.csv']) copyFileSync(new URL(f, FIXTURES), join(dir, f));
    const imported = await runCli(
      ['import-baseline', file, 'nomis-tidy.csv', 'ons-gva-itl2-cvm.csv', '--out', 'new.causeway.json'],
      dir,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Updated Machinery \(ck\)\n {4}dataYear: 2021 -> 2022\n {4}gva: 1 -> 460/);
    const run = await runCli(['run', 'new.causeway.json', '--scenario', 'bau', '--json'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { years: number[]; total: { baseline: { gva: number[]; jobs: number[] } } };
    const e = Object.values(expected);
    out.years.forEach((y, k) => {
      expect(out.total.baseline.gva[k]).toBeCloseTo(
        e.reduce((s, x) => s + x.gva * Math.pow(1 + x.gvaGrowth, y - 2022), 0),
        6,
      );
      expect(out.total.baseline.jobs[k]).toBeCloseTo(
        e.reduce((s, x) => s + x.jobs * Math.pow(1 + x.jobsGrowth, y - 2022), 0),
        6,
      );
    });
    // The original file is untouched.
    expect(JSON.parse(readFileSync(join(dir, file), 'utf8')).baseline.sectors[0].gva).toBe(1);
  });

  it('refuses an unknown layout and leaves the file alone', async () => {
    const { dir, file } = folderWith(westYorkshire(threeSectors), 'wy.causeway.json');
    copyFileSync(new URL('unknown-layout.csv', FIXTURES), join(dir, 'unknown-layout.csv'));
    const before = readFileSync(join(dir, file), 'utf8');
    const r = await runCli(['import-baseline', file, 'unknown-layout.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The headers found were "Area", "Sector", "Employees 2022"\./);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
  });
});
