/**
 * Report tables against the worked example computed by hand (see test/models/engine/workedExample.test.ts
 * for the derivation; docs/method.md sections 2-6). Horizon 2026-2028, prices 2019, scenario digital-led:
 *   baseline GVA = 1000 x 1.01^5, ^6, ^7 = 1051.0100501, 1061.5201506, 1072.1353521 (£m)
 *   gross GVA = 20, 40, 40; net GVA = 0.81 x gross = 16.2, 32.4, 32.4; cumulative = 81.0
 *   gross jobs = 190.29313752, 376.8180941, 373.08722188; net jobs = 0.81 x gross = 154.1374414,
 *     305.2226562, 302.2006497; baseline jobs 10,000
 *   cost with 10% optimism bias = 2.2, 2.2, 0
 *   PVB 77.75009452, PVC 4.32560386, NPV 73.42449065, local BCR 17.97439085 (no band: local),
 *   cost per net job = 4.4e6 / 305.2226562 = £14,415.71
 *   cost per net job-year = 4.4e6 / (154.1374414 + 305.2226562 + 302.2006497) = £5,777.61
 * With national factors (displacement 0.5, labour supply 0.1) and the GVA node a productivity
 * benefit, UK social value = (1 - 0.5) x net GVA: PV 38.87504726, NPSV 38.87504726 - 4.32560386 =
 * 34.5494434, UK social BCR 38.87504726 / 4.32560386 = 8.98719543 (very high). Without them the
 * social measures are not assessed.
 */
import { describe, expect, it } from 'vitest';
import {
  appraisalTable,
  compareScenarios,
  compareTable,
  displayLines,
  formatCell,
  fullHeading,
  projectScenarios,
  resultsByYearTable,
  shortHeading,
  uncertaintyTable,
  YEAR_TABLE_SUMMARY,
  type ReportTable,
  type UncertaintyResult,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const doc = withChange(workedExample(), (d) => {
  d.interventions[0]!.national = { displacement: 0.5, labourSupply: 0.1 };
  d.logicModel.nodes.find((n) => n.id === 'uplift')!.benefit = 'productivity';
});
const projected = projectScenarios(doc);
if (!projected.ok) throw new Error('worked example does not project');
const [bau, digital] = projected.value;

const column = (table: ReportTable, id: string) => table.columns.findIndex((c) => c.id === id);
const cell = (table: ReportTable, row: string, id: string) =>
  table.rows.find((r) => r.id === row)!.cells[column(table, id)];

describe('results year by year', () => {
  const table = resultsByYearTable(doc, digital!);

  it('has a year column and every series, with units and the price base in the full headings', () => {
    expect(table.columns.map((c) => fullHeading(c, table.priceBase))).toEqual([
      'Year',
      'Baseline GVA (£m, 2019 prices)',
      'Projected GVA (£m, 2019 prices)',
      'Gross additional GVA (£m, 2019 prices)',
      'Net additional GVA (£m, 2019 prices)',
      'Baseline jobs (jobs)',
      'Projected jobs (jobs)',
      'Gross additional jobs (jobs)',
      'Net additional jobs (jobs)',
      'Baseline productivity (£ per job, 2019 prices)',
      'Projected productivity (£ per job, 2019 prices)',
      'Public cost with optimism bias (£m, 2019 prices)',
    ]);
    expect(table.rows.map((r) => r.id)).toEqual(['2026', '2027', '2028']);
  });

  it('holds the hand-calculated values', () => {
    expect(cell(table, '2026', 'baseline-gva')).toBeCloseTo(1051.0100501, 6);
    expect(cell(table, '2027', 'projected-gva')).toBeCloseTo(1061.5201506 + 32.4, 6);
    expect(cell(table, '2028', 'gross-gva')).toBeCloseTo(40, 9);
    expect(cell(table, '2026', 'net-gva')).toBeCloseTo(16.2, 9);
    expect(cell(table, '2028', 'net-jobs')).toBeCloseTo(302.2006497, 6);
    expect(cell(table, '2027', 'gross-jobs')).toBeCloseTo(376.8180941, 6);
    expect(cell(table, '2026', 'baseline-productivity')).toBeCloseTo(105101.00501, 4);
    expect(cell(table, '2028', 'cost')).toBe(0);
    expect(cell(table, '2027', 'cost')).toBeCloseTo(2.2, 9);
  });

  it('formats each column at its display precision', () => {
    const row = table.rows[0]!;
    expect(table.columns.map((c, k) => formatCell(c, row.cells[k]!))).toEqual([
      '2026',
      '£1,051.0m',
      '£1,067.2m',
      '£20.0m',
      '£16.2m',
      '10,000',
      '10,154',
      '190',
      '154',
      '£105,101',
      '£105,101',
      '£2.2m',
    ]);
  });

  it('offers the summary columns the screen and terminal show', () => {
    const summary = resultsByYearTable(doc, digital!, YEAR_TABLE_SUMMARY);
    expect(summary.columns.map(shortHeading)).toEqual([
      'Year',
      'Baseline GVA (£m)',
      'Projected GVA (£m)',
      'Net GVA (£m)',
      'Baseline jobs',
      'Projected jobs',
      'Net jobs',
      'Productivity',
      'Cost (£m)',
    ]);
  });
});

describe('headline tables', () => {
  it('compare: one row per scenario with the hand-calculated figures and labels by period', () => {
    const table = compareTable(doc, projected.value);
    expect(table.columns.map((c) => c.short)).toEqual([
      'Scenario',
      'Net GVA 2028',
      'Peak net GVA',
      'Peak GVA year',
      'Net GVA 2026–2028',
      'Net jobs 2028',
      'Peak net jobs',
      'Peak jobs year',
      'Net job-years 2026–2028',
      'Local NPV',
      'Local GVA per £1',
      'UK NPSV',
      'UK social BCR',
      'Value for money',
      'Cost per net job',
      'Cost per job-year',
    ]);
    expect(table.rows.map((r) => r.cells[0])).toEqual(['Business as usual', 'Digital-led']);
    expect(cell(table, 'digital-led', 'net-gva')).toBeCloseTo(32.4, 9);
    expect(cell(table, 'digital-led', 'net-jobs')).toBeCloseTo(302.2006497, 6);
    expect(cell(table, 'digital-led', 'net-gva-cumulative')).toBeCloseTo(81, 9);
    expect(cell(table, 'digital-led', 'npv')).toBeCloseTo(73.42449065, 6);
    expect(cell(table, 'digital-led', 'bcr')).toBeCloseTo(17.97439085, 6);
    expect(cell(table, 'digital-led', 'cost-per-job')).toBeCloseTo(14415.71, 1);
    // Cost per job is measured at the peak of net jobs: £4.4m of public cost over the peak's jobs.
    expect(cell(table, 'digital-led', 'net-jobs-peak')).toBeCloseTo(4.4e6 / 14415.71, 3);
    expect(cell(table, 'digital-led', 'net-jobs-peak-year')).toBe(2027);
    expect(cell(table, 'digital-led', 'cost-per-job-year')).toBeCloseTo(5777.6087, 3);
    expect(cell(table, 'digital-led', 'social-npv')).toBeCloseTo(34.5494434, 6);
    expect(cell(table, 'digital-led', 'social-bcr')).toBeCloseTo(8.98719543, 6);
    expect(cell(table, 'digital-led', 'vfm')).toBe('Very high');
    expect(cell(table, 'bau', 'bcr')).toBeNull();
    expect(cell(table, 'bau', 'vfm')).toBeNull();
    // Missing measures are named for what they are, never a zero or a band.
    const bcrColumn = table.columns[column(table, 'bcr')]!;
    expect(formatCell(bcrColumn, null)).toBe('Not assessed');
  });

  it('says "not assessed" for UK social value when an intervention has no national factors', () => {
    const plain = projectScenarios(workedExample());
    if (!plain.ok) throw new Error('worked example does not project');
    const lines = displayLines(appraisalTable(workedExample(), plain.value[1]!), true);
    const value = (id: string) => lines.find((l) => l.column.id === id)!.values[0];
    expect(value('bcr')).toBe('17.97');
    expect(value('social-pv-benefits')).toBe('Not assessed (national factors missing)');
    expect(value('social-bcr')).toMatch(/^Not assessed \(/);
    expect(value('vfm')).toMatch(/^Not assessed \(/);
    expect(value('social-pv-private-costs')).toBe('£0.0m');
  });

  it('appraisal: the present values, with missing figures explained where there is room', () => {
    const table = appraisalTable(doc, digital!);
    expect(displayLines(table, true).map((l) => [l.column.label, l.values[0]])).toEqual([
      ['Present value of net local GVA', '£77.8m'],
      ['Present value of public costs (with optimism bias)', '£4.3m'],
      ['Net local GVA less public cost (present value)', '£73.4m'],
      ['Net local GVA per £1 of public cost', '17.97'],
      ['Present value of UK social benefits', '£38.9m'],
      ['Present value of private costs (with optimism bias)', '£0.0m'],
      ['Net present social value (UK)', '£34.5m'],
      ['UK social BCR (Green Book)', '8.99'],
      ['Value-for-money category (UK social BCR)', 'Very high'],
      ['Cost per net additional job', '£14,416'],
      ['Cost per net job-year', '£5,778'],
    ]);
    const none = displayLines(appraisalTable(doc, bau!), true).map((l) => l.values[0]);
    // The actual reason (business as usual switches no GVA impact on), not every possible one.
    expect(none[3]).toBe('Not assessed (no GVA impact switched on)');
    expect(none.slice(9)).toEqual(['Not defined (no net jobs)', 'Not defined (no net job-years)']);
    expect(displayLines(appraisalTable(doc, bau!)).map((l) => l.values[0])[3]).toBe('Not assessed');
    expect(displayLines(appraisalTable(doc, bau!)).map((l) => l.values[0])[9]).toBe('–');
  });

  it('compare --json rows read the same catalogue, in the contract shape', () => {
    const rows = compareScenarios(doc);
    if (!rows.ok) throw new Error('compare failed');
    expect(rows.value[1]).toEqual({
      id: 'digital-led',
      name: 'Digital-led',
      finalYear: { netGva: expect.closeTo(32.4, 9), netJobs: expect.closeTo(302.2006497, 6) },
      cumulativeNetGva: expect.closeTo(81, 9),
      npv: expect.closeTo(73.42449065, 6),
      bcr: expect.closeTo(17.97439085, 6),
      costPerNetJob: expect.closeTo(14415.71, 1),
      vfm: 'very high',
      socialNpv: expect.closeTo(34.5494434, 6),
      socialBcr: expect.closeTo(8.98719543, 6),
      costPerNetJobYear: expect.closeTo(5777.6087, 3),
    });
  });

  it('compare fails with the projection diagnostics when a scenario cannot be projected', () => {
    const broken = structuredClone(doc);
    broken.parameters['cost_per_firm']!.value = 0;
    expect(projectScenarios(broken).ok).toBe(false);
    expect(compareScenarios(broken).ok).toBe(false);
  });
});

describe('uncertainty table', () => {
  // A hand-made result, so each cell's source is known.
  const percentiles = (base: number) => ({
    mean: base + 0.5,
    p5: base - 2,
    p10: base - 1,
    p50: base,
    p90: base + 1,
    p95: base + 2,
  });
  const u = {
    samples: 100,
    seed: 3,
    appraisal: {
      npv: percentiles(10),
      bcr: null,
      costPerNetJob: percentiles(20000),
      socialNpv: percentiles(5),
      socialBcr: null,
      costPerNetJobYear: percentiles(3000),
    },
  } as unknown as UncertaintyResult;

  it('puts statistics down and metrics across, null where a metric is undefined in every draw', () => {
    const table = uncertaintyTable(doc, u, ['p10', 'p50', 'mean']);
    expect(table.columns.map((c) => c.id)).toEqual([
      'statistic',
      'npv',
      'bcr',
      'social-npv',
      'social-bcr',
      'cost-per-job',
      'cost-per-job-year',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['p10', 9, null, 4, null, 19999, 2999],
      ['p50', 10, null, 5, null, 20000, 3000],
      ['Mean', 10.5, null, 5.5, null, 20000.5, 3000.5],
    ]);
    expect(uncertaintyTable(doc, u).rows.map((r) => r.id)).toEqual(['p5', 'p10', 'p50', 'p90', 'p95', 'mean']);
  });
});
