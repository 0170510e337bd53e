/**
 * One rule for switching values wherever they are shown (audit of issues 10 and 12): the CLI said
 * "none in range" where the workbook and Word report left a blank cell, and for a flat bar (business
 * as usual, NPV 0 whatever the optimism bias) the CLI printed a meaningless 0.0500. Now the report
 * tables carry the reason in words beside the number, and a flat bar has no switching value.
 *
 * The worked example (test/models/engine/workedExample.test.ts): PVB 77.75009452, PVC 4.32560386.
 * - s used as round(s) - 1 on the uplift, s in [1, 3]: NPV jumps from -4.33 to 73.42 between 1 and 2.
 * - gva_per_firm in [0.001, 1]: NPV = 77.75009452 x g / 0.5 - 4.32560386 = 0 at g = 0.02781765.
 * - t_support (a factor on the cost only) in [0.9, 1.1]: never zero, "none in range".
 */
import { describe, expect, it } from 'vitest';
import { sensitivityFor, sensitivityTable, switchingInWords } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const doc = () =>
  withChange(workedExample(), (d) => {
    d.parameters['s'] = { value: 2, low: 1, high: 3, unit: 'steps' };
    d.parameters['gva_per_firm'] = { ...d.parameters['gva_per_firm']!, value: 0.5, low: 0.001, high: 1 };
    d.logicModel.nodes.find((n) => n.id === 'uplift')!.expr = 'firms * gva_per_firm * (round(s) - 1)';
  });

describe('switching values in words', () => {
  it('says why a row has none, beside the number, in the report table', () => {
    const d = doc();
    const report = sensitivityFor(d, 'digital-led');
    if (!report.ok) throw new Error(JSON.stringify(report.diagnostics));
    const table = sensitivityTable(d, report.value, 'Digital-led');
    const words = table.columns.findIndex((c) => c.id === 'switching-none');
    const number = table.columns.findIndex((c) => c.id === 'switching');
    const row = (id: string) => table.rows.find((r) => r.id === id)!.cells;
    expect(row('s')[number]).toBeNull();
    expect(row('s')[words]).toBe('none: jumps from −£4.3m to £73.4m between 1 and 2');
    expect(row('gva_per_firm')[number] as number).toBeCloseTo((4.32560386 * 0.5) / 77.75009452, 6);
    expect(row('gva_per_firm')[words]).toBeNull();
  });

  it('gives a flat bar no switching value, and a bar that never crosses "none in range"', () => {
    const show = (v: number) => v.toFixed(1);
    const value = (v: number) => String(v);
    expect(switchingInWords({ switchingValue: null, switchingFlat: true }, show, value)).toBe(
      'none: the measure does not move across the range',
    );
    expect(switchingInWords({ switchingValue: null, switchingFlat: false }, show, value)).toBe('none in range');
    expect(switchingInWords({ switchingValue: 0.25, switchingFlat: false }, show, value)).toBeNull();
  });
});
