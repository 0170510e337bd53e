/**
 * The Excel workbook read back with an independent reader (officeReader.ts): sheet names, heading
 * cells with units and the price base, numbers equal to `causeway run --json` (and `compare --json`)
 * at display precision, number formats set, frozen heading rows and column widths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  centralValue,
  buildWorkbookSheets,
  loadReportWriters,
  loadScenario,
  projectScenarios,
  runMonteCarlo,
  sensitivityFor,
  type ReportInput,
  type Result,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { runCli } from '../../helpers/cli.ts';
import { columnLetter, readXlsx, rowValues, type XlsxSheet } from './officeReader.ts';

const SCENARIOS = join(import.meta.dirname, '../../../scenarios');
const FILE = 'west-yorkshire-machinery-reshoring.causeway.json';
const round = (x: number, d: number) => Number(x.toFixed(d));

function load(): ScenarioDocument {
  const out = loadScenario(readFileSync(join(SCENARIOS, FILE), 'utf8'));
  if (!out.ok) throw new Error('example does not load');
  return out.document;
}

/** The value of a result that must succeed here. */
function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join(' '));
  return result.value;
}

function input(doc: ScenarioDocument, scope: string, samples = 0): ReportInput {
  const all = projectScenarios(doc);
  if (!all.ok) throw new Error('does not project');
  const scenarios = all.value.filter((s) => scope === 'all' || s.id === scope);
  const sensitivity = new Map(scenarios.map((s) => [s.id, must(sensitivityFor(doc, s.id))]));
  const uncertainty = new Map();
  if (samples) for (const s of scenarios) uncertainty.set(s.id, must(runMonteCarlo(doc, s.id, { samples, seed: 7 })));
  return {
    doc,
    scenarios,
    allScenarios: all.value,
    sensitivity,
    uncertainty,
    generator: { version: '9.9.9', generatedAt: '2026-06-02T10:00:00Z' },
  };
}

describe('the Excel workbook of one scenario', () => {
  const doc = load();
  const scenario = 'reshoring';
  let sheets: XlsxSheet[];
  let run: {
    years: number[];
    total: { netImpact: { gva: number[]; jobs: number[] }; cost: number[]; baseline: { gva: number[] } };
    sectors: Record<string, { netImpact: { gva: number[] } }>;
    appraisal: { npv: number; bcr: number; discountFactors: number[]; pvCosts: number; costPerNetJob: number };
  };
  let compare: { scenarios: { id: string; npv: number; bcr: number | null }[] };
  beforeAll(async () => {
    const writers = await loadReportWriters();
    sheets = readXlsx(await writers.reportXlsx(input(doc, scenario, 200)));
    run = JSON.parse((await runCli(['run', FILE, '--scenario', scenario, '--json'], SCENARIOS)).stdout);
    compare = JSON.parse((await runCli(['compare', FILE, '--json'], SCENARIOS)).stdout);
  });
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  const columnOf = (s: XlsxSheet, heading: string) => rowValues(s, 2).indexOf(heading);

  it('has the sheets the report names, in order (and results by council: the example is a combined authority)', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Results by year',
      'By council',
      'Appraisal',
      'Uncertainty',
      'Sensitivity',
      'Assumptions',
      'Logic model',
    ]);
  });

  it('keeps every sheet’s title and heading rows in view, and sets column widths', () => {
    for (const s of sheets) {
      expect(s.frozen, s.name).toEqual({ rows: 2, columns: 1 });
      expect(s.widths.length, s.name).toBeGreaterThan(1);
      for (const w of s.widths) expect(w).toBeGreaterThanOrEqual(10);
    }
  });

  it('writes the results year by year with units and the price base in the headings, equal to run --json', () => {
    const s = sheet('Results by year');
    expect(s.cells.get('A2')?.value).toBe('Year');
    const net = columnOf(s, 'West Yorkshire: Net additional GVA (£m, 2019 prices)');
    const jobs = columnOf(s, 'West Yorkshire: Net additional jobs (jobs)');
    expect(net).toBeGreaterThan(0);
    expect(jobs).toBeGreaterThan(0);
    run.years.forEach((year, y) => {
      expect(s.cells.get(`A${y + 3}`)).toMatchObject({ value: year, format: '0' });
      const gva = s.cells.get(`${columnLetter(net)}${y + 3}`)!;
      expect(round(gva.value as number, 1)).toBe(round(run.total.netImpact.gva[y]!, 1));
      expect(gva.format).toBe('"£"#,##0.0"m"');
      const j = s.cells.get(`${columnLetter(jobs)}${y + 3}`)!;
      expect(round(j.value as number, 0)).toBe(round(run.total.netImpact.jobs[y]!, 0));
      expect(j.format).toBe('#,##0');
    });
    // A sector's own column, read through the same catalogue series.
    const ck = columnOf(s, `${doc.baseline.sectors[0]!.name}: Net additional GVA (£m, 2019 prices)`);
    expect(round(s.cells.get(`${columnLetter(ck)}${run.years.length + 2}`)!.value as number, 1)).toBe(
      round(run.sectors[doc.baseline.sectors[0]!.id]!.netImpact.gva.at(-1)!, 1),
    );
  });

  it('sets every scenario side by side on the Summary, equal to compare --json', () => {
    const s = sheet('Summary');
    expect(rowValues(s, 2)).toEqual(['Measure', ...doc.scenarios.map((x) => x.name)]);
    const npvRow = [...s.cells.values()].find(
      (c) => c.value === 'Net local GVA less public cost (present value) (£m, 2019 prices)',
    )!;
    const row = Number(npvRow.ref.slice(1));
    compare.scenarios.forEach((x, k) => {
      const c = s.cells.get(`${columnLetter(k + 1)}${row}`)!;
      expect(round(c.value as number, 1)).toBe(round(x.npv, 1));
      expect(c.format).toBe('"£"#,##0.0"m"');
    });
    const jobYear = [...s.cells.values()].find(
      (c) => c.value === 'Cost per net job-year (£ per job-year, 2019 prices)',
    );
    expect(jobYear).toBeDefined();
  });

  it('writes the appraisal year by year: discount factors, costs with and without optimism bias, present values', () => {
    const s = sheet('Appraisal');
    const headings = rowValues(s, 2);
    expect(headings.slice(0, 4)).toEqual([
      'Year',
      'Discount factor',
      'Public cost before optimism bias (£m, 2019 prices)',
      `Public cost with optimism bias (${centralValue(doc.appraisal.optimismBias) * 100}%) (£m, 2019 prices)`,
    ]);
    run.years.forEach((_, y) => {
      const df = s.cells.get(`B${y + 3}`)!;
      expect(round(df.value as number, 6)).toBe(round(run.appraisal.discountFactors[y]!, 6));
      expect(df.format).toBe('0.000000');
      expect(round(s.cells.get(`D${y + 3}`)!.value as number, 2)).toBe(round(run.total.cost[y]!, 2));
      expect(round(s.cells.get(`C${y + 3}`)!.value as number, 2)).toBe(
        round(run.total.cost[y]! / (1 + centralValue(doc.appraisal.optimismBias)), 2),
      );
    });
    const total = run.years.length + 3;
    expect(s.cells.get(`A${total}`)?.value).toBe('Total');
    expect(round(s.cells.get(`E${total}`)!.value as number, 2)).toBe(round(run.appraisal.pvCosts, 2));
    expect(round(s.cells.get(`H${total}`)!.value as number, 1)).toBe(round(run.appraisal.npv, 1));
  });

  it('writes the assumptions with real formats: percentages, £m, years, sources', () => {
    const s = sheet('Assumptions');
    const cells = [...s.cells.values()];
    const heading = (t: string) => cells.find((c) => c.value === t)!;
    expect(heading('Source')).toBeDefined();
    const deadweight = heading('Deadweight (%)');
    const below = s.cells.get(`${deadweight.ref.replace(/\d+$/, '')}${Number(/\d+$/.exec(deadweight.ref)![0]) + 1}`)!;
    expect(below).toMatchObject({
      value: centralValue(doc.interventions[0]!.additionality.deadweight),
      format: '0.0%',
    });
    expect(heading('GVA in the data year (£m, 2019 prices)')).toBeDefined();
    expect(cells.some((c) => c.value === doc.baseline.sectors[0]!.source)).toBe(true);
    expect(cells.filter((c) => c.format === '"£"#,##0.0"m"').length).toBeGreaterThan(0);
  });

  it('writes the Monte Carlo percentiles and the tornado', () => {
    expect(rowValues(sheet('Uncertainty'), 2)[0]).toBe('Statistic');
    const sens = sheet('Sensitivity');
    expect(rowValues(sens, 2)).toContain('Switching value (NPV = 0)');
    expect(sens.cells.size).toBeGreaterThan(10);
  });

  it('lists the logic model’s boxes with their formulas and its links with rationale and evidence', () => {
    const s = sheet('Logic model');
    const values = [...s.cells.values()].map((c) => c.value);
    for (const n of doc.logicModel.nodes.filter((n) => n.expr)) expect(values).toContain(n.expr);
    expect(values).toContain('Rationale');
    expect(values).toContain('Evidence');
  });
});

describe('the Excel workbook of every scenario', () => {
  it('gives each scenario its own results, appraisal and sensitivity sheets, names unique and within 31 characters', async () => {
    const doc = load();
    const sheets = buildWorkbookSheets(input(doc, 'all'));
    const names = sheets.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    for (const s of doc.scenarios) expect(names).toContain(`Appraisal (${s.id})`);
    const read = readXlsx(await (await loadReportWriters()).reportXlsx(input(doc, 'all')));
    expect(read.map((s) => s.name)).toEqual(names);
  });
});
