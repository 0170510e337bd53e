/**
 * A switching value of an input used as a whole number is a jump, not a point (issue 10 audit): the
 * metric steps across the target, so no input value gives it exactly.
 *
 * The worked example (test/models/engine/workedExample.test.ts) with its GVA uplift multiplied by
 * round(s) - 1, s ranging from 1 to 3: by hand from that example's PVB = 77.75009452 and
 * PVC = 4.32560386,
 *   s in [1, 1.5):  round(s) - 1 = 0, NPV = -4.32560386
 *   s in [1.5, 2.5): round(s) - 1 = 1, NPV = 77.75009452 - 4.32560386 = 73.42449066
 *   s in [2.5, 3]:  round(s) - 1 = 2, NPV = 155.50018904 - 4.32560386 = 151.17458518
 * so NPV = 0 at no value of s: it jumps from -4.33 to 73.42 between s = 1 and s = 2.
 */
import { describe, expect, it } from 'vitest';
import { findSwitchingValue } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const stepped = () =>
  withChange(workedExample(), (d) => {
    d.parameters['s'] = { value: 2, low: 1, high: 3, unit: 'steps' };
    const uplift = d.logicModel.nodes.find((n) => n.id === 'uplift')!;
    uplift.expr = 'firms * gva_per_firm * (round(s) - 1)';
  });

describe('switching values across a step', () => {
  it('reports the jump between the whole numbers either side, with the NPV on each side, and no point', () => {
    const found = findSwitchingValue(stepped(), 'digital-led', 's');
    if (!found.ok) throw new Error(JSON.stringify(found.diagnostics));
    expect(found.value.value).toBeNull();
    expect(found.value.jump).toBeDefined();
    const jump = found.value.jump!;
    expect([jump.from, jump.to]).toEqual([1, 2]);
    expect(jump.metricFrom).toBeCloseTo(-4.32560386, 6);
    expect(jump.metricTo).toBeCloseTo(73.42449066, 6);
  });

  it('keeps a smooth crossing a point, with no jump', () => {
    // NPV is linear in gva_per_firm: 77.75009452 x g / 0.5 - 4.32560386 = 0 at g = 0.0278176...
    const doc = withChange(
      workedExample(),
      (d) => (d.parameters['gva_per_firm'] = { value: 0.5, low: 0.001, high: 1 }),
    );
    const found = findSwitchingValue(doc, 'digital-led', 'gva_per_firm');
    if (!found.ok) throw new Error('failed');
    expect(found.value.value!).toBeCloseTo((4.32560386 * 0.5) / 77.75009452, 8);
    expect(found.value.jump).toBeUndefined();
  });
});
