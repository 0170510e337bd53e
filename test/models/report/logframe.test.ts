/**
 * The logframe and the logic-model checklist as report tables (models/report/logframe.ts,
 * checklist.ts): results first, each indicator's baseline, target, actuals and source, the box's
 * projection beside the target where the indicator is in the box's unit; the checklist lists every
 * check with its state.
 */
import { describe, expect, it } from 'vitest';
import {
  buildReportDocument,
  formatCell,
  indicatorKind,
  indicatorTracksBox,
  logframeTable,
  logicChecklistTable,
  projectScenario,
  roundIndicatorValue,
  SENSE_CHECK_CODES,
  senseChecks,
  toCsv,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const doc = withChange(workedExample(), (d) => {
  d.logicModel.nodes[1]!.indicators = [{ id: 'firms', name: 'Firms signed up', unit: 'companies', source: 'CRM' }];
  d.logicModel.nodes[2]!.indicators = [
    {
      id: 'gva',
      name: 'GVA of supported firms',
      unit: '£m',
      baseline: 0,
      baselineYear: 2025,
      target: 75,
      targetYear: 2028,
      actuals: { '2027': 61.5, '2026': 38 },
      source: 'Firm accounts',
    },
  ];
});

describe('the logframe table', () => {
  const run = projectScenario(doc, 'digital-led');
  if (!run.ok) throw new Error('projection failed');
  const table = logframeTable(doc, run.value);
  const cell = (row: number, id: string) => table.rows[row]!.cells[table.columns.findIndex((c) => c.id === id)];

  it('lists indicators results first with baseline, target, actuals and source', () => {
    expect(table.rows.map((r) => r.id)).toEqual(['uplift:gva', 'firms:firms']);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Level',
      'Box',
      'Indicator',
      'Unit',
      'Baseline',
      'Baseline year',
      'Target',
      'Target year',
      'Latest actual',
      'Latest actual year',
      'Actuals by year',
      'Projected in the target year',
      'Source (means of verification)',
    ]);
    expect(table.rows[0]!.cells).toEqual([
      'Impact',
      'GVA uplift',
      'GVA of supported firms',
      '£m',
      0,
      2025,
      75,
      2028,
      61.5,
      2027,
      '2026: 38; 2027: 61.5',
      40, // uplift in 2028: 80 firms x 0.5 £m a firm
      'Firm accounts',
    ]);
    expect(table.rows[1]!.cells.slice(0, 4)).toEqual([
      'Output',
      'Firms supported (cumulative)',
      'Firms signed up',
      'companies',
    ]);
  });

  it('shows the projection only where the indicator is in its box\u2019s unit', () => {
    expect(indicatorTracksBox(doc.logicModel.nodes[2]!, doc.logicModel.nodes[2]!.indicators![0]!)).toBe(true);
    expect(indicatorTracksBox(doc.logicModel.nodes[1]!, doc.logicModel.nodes[1]!.indicators![0]!)).toBe(false);
    expect(cell(1, 'projected')).toBeNull();
    expect(cell(0, 'projected')).toBe(40);
    expect(logframeTable(doc).rows[0]!.cells[11]).toBeNull();
  });

  it('writes years as years and values without padding', () => {
    const year = table.columns.find((c) => c.id === 'target-year')!;
    expect(formatCell(year, 2028)).toBe('2028');
    const csv = toCsv(table).split('\r\n');
    expect(csv[1]).toBe(
      'Impact,GVA uplift,GVA of supported firms,£m,0,2025,75,2028,61.5,2027,2026: 38; 2027: 61.5,40,Firm accounts',
    );
  });
});

describe('projected figures in the register', () => {
  it('are rounded as their indicator\u2019s unit is read: £0.1m, whole counts, a tenth of a percentage point', () => {
    expect(roundIndicatorValue('£m', 6.9461)).toBe(6.9);
    expect(roundIndicatorValue('£m a year', 19.96)).toBe(20);
    expect(roundIndicatorValue('jobs', 21.1878)).toBe(21);
    expect(roundIndicatorValue('firms', 149.5)).toBe(150);
    expect(roundIndicatorValue('share', 0.57149)).toBe(0.571);
    expect(['£m', 'Share', 'workers', undefined].map(indicatorKind)).toEqual([
      'gbpMillions',
      'share',
      'count',
      'count',
    ]);
  });

  it('are rounded in the table the register and the CSV show', () => {
    // The uplift box is firms x 0.5 £m a firm; at 0.50123 £m a firm, 80 firms in 2028 give £40.0984m.
    const fine = withChange(doc, (d) => {
      d.parameters['gva_per_firm']!.value = 0.50123;
    });
    const run = projectScenario(fine, 'digital-led');
    if (!run.ok) throw new Error('projection failed');
    const table = logframeTable(fine, run.value);
    const projected = table.columns.findIndex((c) => c.id === 'projected');
    expect(run.value.nodes['uplift']![run.value.years.indexOf(2028)]).toBeCloseTo(40.0984, 6);
    expect(table.rows[0]!.cells[projected]).toBe(40.1);
  });
});

describe('the logic-model checklist table', () => {
  it('has one row per check with its state, notes or reasons, and why it matters', () => {
    const notes = senseChecks(
      withChange(doc, (d) => {
        d.logicModel.checks = { dismissed: [{ check: 'context.need', subject: '', reason: 'In the business case.' }] };
      }),
    );
    const table = logicChecklistTable(doc, notes);
    expect(table.rows.map((r) => r.id)).toEqual(SENSE_CHECK_CODES);
    const row = (id: string) => table.rows.find((r) => r.id === id)!.cells;
    expect(row('context.need').slice(0, 3)).toEqual([
      'The need the intervention answers is stated',
      'Dismissed with reasons',
      'Dismissed: In the business case.',
    ]);
    expect(row('logic.leads-nowhere').slice(1, 3)).toEqual(['Passed', null]);
    expect(row('context.evaluation-plan')[1]).toBe('To look at');
    expect(String(row('logic.no-indicator')[3])).toMatch(/step 4/);
  });
});

describe('the report', () => {
  it('states the need and evaluation plan and carries the checklist in its logic-model section', () => {
    const withContext = withChange(doc, (d) => {
      d.logicModel.context = { need: 'Firms lag in adoption.', evaluationPlan: 'Compare with unsupported firms.' };
    });
    const run = projectScenario(withContext, 'digital-led');
    if (!run.ok) throw new Error('projection failed');
    const report = buildReportDocument({
      doc: withContext,
      scenarios: [{ id: 'digital-led', name: 'Digital-led', projection: run.value }],
      generator: { version: '0', generatedAt: '2026-01-01T00:00:00Z' },
    });
    const start = report.blocks.findIndex((b) => b.kind === 'heading' && b.text === '3. Logic model');
    const end = report.blocks.findIndex((b) => b.kind === 'heading' && b.text === '4. Assumptions');
    const section = report.blocks.slice(start, end);
    expect(section).toContainEqual({ kind: 'paragraph', text: 'The need: Firms lag in adoption.' });
    expect(section).toContainEqual({ kind: 'paragraph', text: 'Evaluation plan: Compare with unsupported firms.' });
    const checklist = section.find((b) => b.kind === 'table' && b.table.id === 'logic-checklist');
    expect(checklist && checklist.kind === 'table' && checklist.table.rows).toHaveLength(SENSE_CHECK_CODES.length);
  });
});
