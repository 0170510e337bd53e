/**
 * The report's own tables and charts against the worked example computed by hand (tables.test.ts has
 * the derivation; docs/method.md sections 4, 6 and 12): horizon 2026-2028, scenario digital-led,
 *   discount factors 1, 1/1.035 = 0.9661836, 1/1.035^2 = 0.9335107
 *   cost with 10% optimism bias 2.2, 2.2, 0, so before it 2, 2, 0; PV of costs 2.2, 2.1256039, 0 = 4.3256039
 *   net GVA 16.2, 32.4, 32.4; PV of benefits 16.2, 31.3043478, 30.2457467 = 77.7500945
 *   net jobs 154.1374414, 305.2226562, 302.2006497, summed 761.5607473 job-years
 *   cost per net job-year = 4.4e6 / 761.5607473 = £5,777.61
 *   additionality: 0.8 x 0.9 x 0.75 x 1 x 1.5 = 0.81 of gross
 */
import { describe, expect, it } from 'vitest';
import {
  additionalityTable,
  appraisalByYearTable,
  chartSvg,
  HEADLINES,
  headlineTable,
  indicatorsTable,
  interventionSummaryTable,
  logicModelSvg,
  METRICS,
  niceTicks,
  projectScenarios,
  runTornado,
  sectorSummaryTable,
  sensitivityFor,
  sensitivityTable,
  toCsv,
  type ReportTable,
} from '../../../models/index.ts';
import { workedExample } from '../../helpers/docs.ts';

const doc = workedExample();
const projected = projectScenarios(doc);
if (!projected.ok) throw new Error('worked example does not project');
const digital = projected.value.find((s) => s.id === 'digital-led')!;

const column = (table: ReportTable, id: string) => table.columns.findIndex((c) => c.id === id);
const cell = (table: ReportTable, row: string, id: string) =>
  table.rows.find((r) => r.id === row)!.cells[column(table, id)] as number;

describe('the appraisal year by year', () => {
  const table = appraisalByYearTable(doc, digital);

  it('discounts, adds optimism bias and sums as worked by hand', () => {
    expect(table.rows.map((r) => r.id)).toEqual(['2026', '2027', '2028', 'total']);
    expect(cell(table, '2027', 'discount-factor')).toBeCloseTo(0.9661836, 7);
    expect(cell(table, '2028', 'discount-factor')).toBeCloseTo(0.9335107, 7);
    expect([2026, 2027, 2028].map((y) => cell(table, String(y), 'cost-before-ob'))).toEqual(
      [2, 2, 0].map((x) => expect.closeTo(x, 9)),
    );
    expect(cell(table, '2027', 'pv-cost')).toBeCloseTo(2.1256039, 7);
    expect(cell(table, '2028', 'pv-benefit')).toBeCloseTo(30.2457467, 7);
    expect(cell(table, 'total', 'pv-cost')).toBeCloseTo(4.3256039, 7);
    expect(cell(table, 'total', 'pv-benefit')).toBeCloseTo(77.7500945, 7);
    expect(cell(table, 'total', 'net-pv')).toBeCloseTo(73.4244907, 7);
    expect(table.columns[3]!.label).toBe('Public cost with optimism bias (10%)');
  });

  it('reports the cost per net job-year of method.md section 12', () => {
    expect(
      METRICS['cost-per-job-year'].kind === 'number' && METRICS['cost-per-job-year'].read(digital.projection),
    ).toBeCloseTo(5777.6087, 3);
    const summary = headlineTable(doc, [digital], HEADLINES.reportAppraisal, 'a', 'A');
    expect(summary.rows[0]!.cells[column(summary, 'cost-per-job-year')]).toBeCloseTo(5777.6087, 3);
    // Undefined, not infinite, without net jobs.
    const bau = projected.value.find((s) => s.id === 'bau')!;
    expect(METRICS['cost-per-job-year'].read(bau.projection)).toBeNull();
  });
});

describe('assumptions and breakdowns', () => {
  it('gives each intervention’s factors as fractions written as percentages, and the net share', () => {
    const table = additionalityTable(doc);
    expect(cell(table, 'digital', 'deadweight')).toBe(0.2);
    expect(cell(table, 'digital', 'net-factor')).toBeCloseTo(0.81, 12);
    const csv = toCsv(table).split('\r\n');
    expect(csv[0]).toBe(
      '\uFEFFIntervention,Deadweight (%),Leakage (%),Displacement (%),Substitution (%),Multiplier,Net share of gross (%),Evidence',
    );
    expect(csv[1]).toBe('Digital adoption support,0.2,0.1,0.25,0,1.50,0.81,');
  });

  it('sums each sector’s and intervention’s net impact over the horizon', () => {
    const sectors = sectorSummaryTable(doc, digital);
    expect(cell(sectors, 'ck', 'net-gva-cumulative')).toBeCloseTo(81, 9);
    expect(cell(sectors, 'ck', 'net-jobs')).toBeCloseTo(302.2006497, 6);
    const interventions = interventionSummaryTable(doc, digital);
    expect(cell(interventions, 'digital', 'total-cost')).toBeCloseTo(4.4, 9);
  });

  it('lists monitoring indicators with their actuals, and has no table where no box has any', () => {
    expect(indicatorsTable(doc)).toBeNull();
    const withIndicator = structuredClone(doc);
    withIndicator.logicModel.nodes[0]!.indicators = [
      {
        id: 'firms',
        name: 'Firms supported',
        unit: 'firms',
        target: 40,
        targetYear: 2028,
        actuals: { '2026': 12, '2027': 25 },
      },
    ];
    const table = indicatorsTable(withIndicator)!;
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells).toEqual([
      withIndicator.logicModel.nodes[0]!.label,
      'Firms supported',
      'firms',
      null,
      null,
      40,
      2028,
      '2026: 12; 2027: 25',
      null,
    ]);
  });

  it('writes the tornado with its switching values, as the engine ranks it', () => {
    const report = sensitivityFor(doc, 'digital-led');
    const tornado = runTornado(doc, 'digital-led');
    if (!report.ok || !tornado.ok) throw new Error('no tornado');
    const table = sensitivityTable(doc, report.value, 'Digital-led');
    expect(table.rows.map((r) => r.id)).toEqual(tornado.value.parameters.map((p) => p.id));
    expect(cell(table, 'gva_per_firm', 'at-low')).toBe(
      tornado.value.parameters.find((p) => p.id === 'gva_per_firm')!.atLow,
    );
  });
});

describe('charts and the diagram as SVG', () => {
  it('picks round axis ticks', () => {
    expect(niceTicks(0, 9.3)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(1051, 1072)).toEqual([1050, 1055, 1060, 1065, 1070, 1075]);
    expect(niceTicks(-3, 12)).toEqual([-5, 0, 5, 10, 15]);
  });

  it('draws a self-contained SVG with its title, legend and a font stack every system has', () => {
    const svg = chartSvg({
      id: 't',
      title: 'Net GVA & jobs <test>',
      categories: [2026, 2027, 2028],
      unit: 'gbpMillions',
      series: [{ id: 'a', label: 'Net additional GVA', kind: 'line', colour: '#123456', values: [16.2, 32.4, 32.4] }],
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="380"/);
    expect(svg).toContain('Net GVA &#38; jobs &#60;test&#62;');
    expect(svg).toContain('>Net additional GVA</text>');
    expect(svg).toContain('font-family="Arial, Helvetica, sans-serif"');
    // Lines alone: the axis runs 10 to 35 in steps of 5 around 16.2..32.4, labelled in whole £m.
    expect(svg).toContain('>£10m</text>');
    expect(svg).toContain('>£35m</text>');
    expect(svg).not.toMatch(/var\(|class=|style=/);
  });

  it('draws the logic model with every box and link, and declines past the limit', () => {
    const svg = logicModelSvg(doc)!;
    for (const n of doc.logicModel.nodes) expect(svg).toContain(n.label.slice(0, 10));
    expect(svg.match(/marker-end=/g)!.length).toBe(doc.logicModel.links.length);
    expect(logicModelSvg(doc, { limit: 1 })).toBeNull();
  });
});
