import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectScenario, runTornado, type ScenarioDocument } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/*
 * Many lanes at once must give what separate one-lane runs give. Parameters a and c have ranges
 * (they vary between lanes), b has none, so the compiler hoists everything built only from b, t,
 * constants and baselines into the once-a-year program. Each tornado lane is checked against a
 * deterministic run with the same parameter set.
 */
const leaf = fc.constantFrom(
  'a',
  'b',
  'c',
  't',
  'b * t',
  'bass(0.03, 0.38, t)',
  'ramp(t, 0, 2)',
  'base_gva("ck") / 1000',
  '2',
);
const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '<'), tie('expr')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, x, y]) => `(${c} > 1 ? ${x} : ${y})`),
    fc.tuple(fc.constantFrom('max', 'min'), tie('expr'), tie('expr')).map(([f, x, y]) => `${f}(${x}, ${y})`),
  ),
}));

function documentFor(source: string): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.parameters = {
      a: { value: 1, low: 0.5, high: 2 },
      b: { value: 1.5 },
      c: { value: -1, low: -3, high: 1 },
      budget: { value: 2 },
    };
    const node = (id: string, stage: 'input' | 'output' | 'outcome' | 'impact', expr: string, extra = {}) => ({
      id,
      stage,
      label: id,
      intervention: 'digital',
      expr,
      ...extra,
    });
    d.logicModel = {
      nodes: [
        node('grant', 'input', 'budget', { role: 'cost' }),
        node('x', 'output', source),
        node('y', 'outcome', 'prev(y, 1) * 0.5 + x'),
        node('z', 'outcome', 'prev(z, b) + b * t'),
        node('gva', 'impact', 'x + y + z', { role: 'gva', sector: 'ck' }),
      ],
      links: [
        { id: 'l1', from: 'x', to: 'y' },
        { id: 'l2', from: 'x', to: 'gva' },
        { id: 'l3', from: 'y', to: 'gva' },
        { id: 'l4', from: 'z', to: 'gva' },
      ],
    };
    d.horizon.endYear = 2031;
  });
}

describe('lanes of one run agree with separate runs', () => {
  it('for random formulas mixing varying and uniform inputs', () => {
    fc.assert(
      fc.property(expr, (source) => {
        const doc = documentFor(source);
        const tornado = runTornado(doc, 'digital-led');
        if (!tornado.ok) throw new Error(tornado.diagnostics.map((d) => d.message).join('; '));
        const npv = (set: Record<string, number>) => {
          const r = projectScenario(doc, 'digital-led', { set });
          return r.ok ? r.value.appraisal.npv : null;
        };
        expect(tornado.value.base).toBeCloseTo(npv({})!, 8);
        for (const bar of tornado.value.parameters) {
          expect(bar.atLow).toBeCloseTo(npv({ [bar.id]: bar.low })!, 8);
          expect(bar.atHigh).toBeCloseTo(npv({ [bar.id]: bar.high })!, 8);
        }
      }),
      { numRuns: 150 },
    );
  });
});
