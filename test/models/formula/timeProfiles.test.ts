/**
 * delay() and persist() (docs/method.md section 9), worked by hand from their definitions:
 *   persist(x, L, d)(t) = sum over k = 0 .. min(t, L - 1) of x(t - k) (1 - d)^k
 *   delay(x, n, init)(t) = x(t - n), or init while t < n.
 * The flow is x = 10, 20, 30, 40, 50 (t = 0..4). With life 3 and decay 0.1:
 *   t = 0: 10
 *   t = 1: 20 + 10 x 0.9                       = 29
 *   t = 2: 30 + 20 x 0.9 + 10 x 0.81           = 56.1
 *   t = 3: 40 + 30 x 0.9 + 20 x 0.81           = 83.2   (the year-0 flow has lasted its 3 years)
 *   t = 4: 50 + 40 x 0.9 + 30 x 0.81           = 110.3
 * delay(x, 2, 5): 5, 5, 10, 20, 30.
 */
import { describe, expect, it } from 'vitest';
import { analyseFormula, persist, persistLife, projectScenario, type ScenarioDocument } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const FLOW = [10, 20, 30, 40, 50];
const PERSISTED = [10, 29, 56.1, 83.2, 110.3];

/** A five-year document with x = the flow, and y = the formula under test (linked from x). */
function withFormula(formula: string, parameters: ScenarioDocument['parameters'] = {}): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.horizon = { startYear: 2026, endYear: 2030 };
    d.parameters = parameters;
    d.logicModel = {
      nodes: [
        { id: 'x', stage: 'output', label: 'x', expr: '10 * (t + 1)' },
        { id: 'y', stage: 'outcome', label: 'y', expr: formula },
      ],
      links: [{ id: 'x-y', from: 'x', to: 'y' }],
    };
  });
}

function run(formula: string, parameters?: ScenarioDocument['parameters']) {
  const result = projectScenario(withFormula(formula, parameters), 'bau');
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result;
}

describe('persist(x, life, decay)', () => {
  it('sums each year of the flow still in effect, faded by the decay (life 3, decay 0.1, by hand)', () => {
    FLOW.forEach((_, t) => expect(persist(FLOW.slice(0, t + 1), 3, 0.1)).toBeCloseTo(PERSISTED[t]!, 12));
    run('persist(x, 3, 0.1)').value.nodes['y']!.forEach((v, t) => expect(v).toBeCloseTo(PERSISTED[t]!, 12));
  });

  it('takes life and decay from parameters', () => {
    const y = run('persist(x, life, decay)', { life: { value: 3 }, decay: { value: 0.1 } }).value.nodes['y']!;
    y.forEach((v, t) => expect(v).toBeCloseTo(PERSISTED[t]!, 12));
  });

  it('with life 1 is the flow itself; with a life as long as the horizon and no decay, the running total', () => {
    expect(run('persist(x, 1, 0.5)').value.nodes['y']).toEqual(FLOW);
    expect(run('persist(x, 100, 0)').value.nodes['y']).toEqual([10, 30, 60, 100, 150]);
  });

  it('counts whole years: a fractional life is rounded to the nearest year, halves up, and never below 1', () => {
    expect(persistLife(2.4)).toBe(2);
    expect(persistLife(2.5)).toBe(3);
    expect(persistLife(0.2)).toBe(1);
    expect(persist(FLOW.slice(0, 4), 2.5, 0.1)).toBeCloseTo(83.2, 12);
    expect(persist(FLOW.slice(0, 4), 2.4, 0.1)).toBeCloseTo(40 + 27, 12);
    // A parameter with a fractional life runs (rounded), with a warning that says so.
    const fractional = run('persist(x, life, 0.1)', { life: { value: 2.5 } });
    expect(fractional.value.nodes['y']![3]).toBeCloseTo(83.2, 12);
    expect(fractional.diagnostics.map((d) => [d.code, d.severity])).toEqual([['formula.persist-life', 'warning']]);
  });

  it('refuses a life below 1 or a decay outside 0 to 1, in the value or the range of a parameter', () => {
    const problems = (formula: string, parameters?: ScenarioDocument['parameters']) =>
      projectScenario(withFormula(formula, parameters), 'bau').diagnostics.map((d) => d.code);
    expect(problems('persist(x, 0, 0.1)')).toContain('formula.persist-life');
    expect(problems('persist(x, 3, 1.5)')).toContain('formula.persist-decay');
    expect(problems('persist(x, 3, d)', { d: { value: 0.1, low: 0, high: 1.2 } })).toContain('formula.persist-decay');
    expect(problems('persist(x, l, 0.1)', { l: { value: 5, low: 0, high: 8 } })).toContain('formula.persist-life');
    // A decay computed out of range at run time makes the value undefined, which the run reports.
    expect(problems('persist(x, 3, t - 1)')).toEqual(['run.non-finite']);
  });

  it('needs a link from x: its same-year value is part of the sum', () => {
    const unlinked = withChange(withFormula('persist(x, 3, 0.1)'), (d) => (d.logicModel.links = []));
    expect(projectScenario(unlinked, 'bau').diagnostics.map((d) => d.code)).toContain('formula.unlinked');
    expect(analyseFormula('persist(x, 3, 0.1)', { nodes: ['x'], parameters: [] }).nodeRefs).toEqual(['x']);
  });
});

describe('delay(x, n, init)', () => {
  it('reads x n years back, init before that (by hand: 5, 5, 10, 20, 30)', () => {
    expect(run('delay(x, 2, 5)').value.nodes['y']).toEqual([5, 5, 10, 20, 30]);
  });

  it('needs no link and may refer to its own node, like prev', () => {
    const doc = withChange(withFormula('delay(y, 2, 1) + 1'), (d) => (d.logicModel.links = []));
    const result = projectScenario(doc, 'bau');
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
    // y(0) = y(1) = 1 + 1; y(2) = y(0) + 1; y(3) = y(1) + 1; y(4) = y(2) + 1.
    expect(result.value.nodes['y']).toEqual([2, 2, 3, 3, 4]);
  });

  it('is prev() for n = 1, and refuses n that is not a whole number of at least 1 written as a number', () => {
    expect(run('delay(x, 1, 7)').value.nodes['y']).toEqual(run('prev(x, 7)').value.nodes['y']);
    const names = { nodes: ['x'], parameters: ['n'] };
    for (const bad of ['delay(x, 0, 0)', 'delay(x, 1.5, 0)', 'delay(x, n, 0)', 'delay(x, -2, 0)'])
      expect(
        analyseFormula(bad, names).diagnostics.map((d) => d.code),
        bad,
      ).toEqual(['formula.delay-years']);
  });
});
