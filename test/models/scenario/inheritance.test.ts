/**
 * Scenario inheritance (docs/contracts.md section 4): hand-built files where each step of the lookup
 * order decides a value: the scenario itself, its packages in the listed order, their packages
 * breadth-first, the basedOn chain (with each parent's packages), then the file.
 */
import { describe, expect, it } from 'vitest';
import {
  additionalityOrigin,
  checkInheritance,
  parameterOrigin,
  resetScenarioValue,
  setScenarioValue,
  projectScenario,
  resolveScenario,
  searchOrder,
  type Scenario,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/** The worked example with these scenarios instead of its own. */
function withScenarios(scenarios: Scenario[]): ScenarioDocument {
  return withChange(workedExample(), (d) => (d.scenarios = scenarios));
}

const view = (doc: ScenarioDocument, id: string) =>
  resolveScenario(
    doc,
    doc.scenarios.find((s) => s.id === id)!,
  );

describe('the search order', () => {
  // root <- child; child also inherits packages p1, p2; p1 inherits q1; p2 inherits q2; root inherits r1.
  const doc = withScenarios([
    { id: 'root', name: 'Root', interventions: [], alsoInheritsFrom: ['r1'] },
    { id: 'r1', name: 'R1', interventions: [] },
    { id: 'p1', name: 'P1', alsoInheritsFrom: ['q1'] },
    { id: 'p2', name: 'P2', alsoInheritsFrom: ['q2'] },
    { id: 'q1', name: 'Q1' },
    { id: 'q2', name: 'Q2' },
    { id: 'child', name: 'Child', basedOn: 'root', alsoInheritsFrom: ['p1', 'p2'] },
  ]);

  it('is the scenario, its packages in order, their packages breadth-first, then the basedOn chain', () => {
    expect(searchOrder(doc, 'child')).toEqual(['child', 'p1', 'p2', 'q1', 'q2', 'root', 'r1']);
    expect(checkInheritance(doc)).toEqual([]);
  });

  const value = (doc2: ScenarioDocument) => view(doc2, 'child').overrides['budget'];
  const override = (id: string, v: number) => (d: ScenarioDocument) =>
    (d.scenarios.find((s) => s.id === id)!.overrides = { budget: v });

  it('each step decides a value when nothing earlier states it', () => {
    // Set the override at every place; remove them from the front one at a time.
    const order = ['child', 'p1', 'p2', 'q1', 'q2', 'root', 'r1'];
    order.forEach((winner, k) => {
      const d = withChange(doc, (x) => order.slice(k).forEach((id, j) => override(id, 100 + k + j)(x)));
      expect(value(d)).toEqual({ value: 100 + k, from: winner });
    });
    // Nobody states it: the file's parameter.
    expect(value(doc)).toBeUndefined();
    const run = projectScenario(doc, 'child');
    expect(run.ok).toBe(true);
  });

  it('package order decides between two packages (p1 before p2), not depth alone', () => {
    const d = withChange(doc, (x) => {
      override('p2', 2)(x);
      override('q1', 1)(x);
    });
    // p2 is a direct package, q1 only a package of p1: breadth-first puts p2 first.
    expect(value(d)).toEqual({ value: 2, from: 'p2' });
  });
});

describe('the interventions list', () => {
  it('an explicit list replaces the inherited one; absent means inherited', () => {
    const doc = withScenarios([
      { id: 'base', name: 'Base', interventions: ['digital'] },
      { id: 'same', name: 'Same', basedOn: 'base' },
      { id: 'none', name: 'None', basedOn: 'base', interventions: [] },
    ]);
    expect(view(doc, 'same').interventions).toEqual({ value: ['digital'], from: 'base' });
    expect(view(doc, 'none').interventions).toEqual({ value: [], from: 'none' });
    const a = projectScenario(doc, 'same');
    const b = projectScenario(doc, 'base');
    expect(a.ok && b.ok && a.value.appraisal.npv).toBe(b.ok && b.value.appraisal.npv);
  });

  it('a root scenario without a list switches nothing on', () => {
    const doc = withScenarios([{ id: 'bare', name: 'Bare' }]);
    expect(view(doc, 'bare').interventions).toEqual({ value: [], from: null });
  });
});

describe('additionality and optimism bias', () => {
  it('merge factor by factor over the intervention own factors, first explicit wins', () => {
    const doc = withScenarios([
      { id: 'base', name: 'Base', interventions: ['digital'], additionality: { digital: { deadweight: 0.5 } } },
      {
        id: 'kid',
        name: 'Kid',
        basedOn: 'base',
        additionality: { digital: { leakage: { value: 0.3, low: 0.2, high: 0.4 } } },
        appraisal: { optimismBias: 0.4 },
      },
    ]);
    const a = view(doc, 'kid').additionality['digital']!;
    expect(a.deadweight).toEqual({ value: 0.5, from: 'base' });
    expect(a.leakage).toEqual({ value: { value: 0.3, low: 0.2, high: 0.4 }, from: 'kid' });
    expect(a.multiplier.from).toBeNull();
    expect(view(doc, 'kid').optimismBias).toEqual({ value: 0.4, from: 'kid' });
    expect(view(doc, 'base').optimismBias.from).toBeNull();
  });
});

describe('broken inheritance', () => {
  it('a cycle is an error naming the scenarios on it, and the run refuses it', () => {
    const doc = withScenarios([
      { id: 'a', name: 'A', basedOn: 'c' },
      { id: 'b', name: 'B', basedOn: 'a' },
      { id: 'c', name: 'C', alsoInheritsFrom: ['b'] },
    ]);
    const problems = checkInheritance(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'scenario.inheritance-cycle', severity: 'error' });
    for (const id of ['"a"', '"b"', '"c"']) expect(problems[0]!.message).toContain(id);
    const run = projectScenario(doc, 'a');
    expect(run.ok).toBe(false);
  });

  it('an unknown parent is an error naming it', () => {
    const doc = withScenarios([{ id: 'a', name: 'A', basedOn: 'ghost' }]);
    expect(checkInheritance(doc)).toEqual([
      expect.objectContaining({ code: 'scenario.inherits-unknown', path: 'scenarios[0].basedOn' }),
    ]);
  });
});

describe('ids that name Object.prototype members', () => {
  // `constructor` is a legal id (lower case, a letter first). Looked up on a plain object it finds
  // Object.prototype.constructor, the Object function, where nothing is stated.
  const doc = withChange(workedExample(), (d) => {
    d.parameters['constructor'] = { value: 3, unit: 'firms' };
    d.interventions[0]!.id = 'constructor';
    for (const n of d.logicModel.nodes) n.intervention = 'constructor';
    d.scenarios = [
      { id: 'base', name: 'Base', interventions: ['constructor'], overrides: { budget: 4 }, additionality: {} },
      { id: 'kid', name: 'Kid', basedOn: 'base', additionality: { constructor: { deadweight: 0.5 } } },
    ];
  });

  it('an unstated override of parameter "constructor" is not found on the prototype', () => {
    const resolved = view(doc, 'base');
    expect(resolved.overrides['constructor']).toBeUndefined();
    expect(Object.hasOwn(resolved.overrides, 'constructor')).toBe(false);
    expect(resolved.overrides['budget']).toEqual({ value: 4, from: 'base' });
    expect(parameterOrigin(doc, 'base', 'constructor')).toEqual({ value: 3, range: null, source: { kind: 'file' } });
    expect(parameterOrigin(doc, 'kid', 'budget')).toEqual({
      value: 4,
      range: null,
      source: { kind: 'inherited', from: 'base' },
    });
  });

  it('an intervention "constructor" takes its own factors and the scenario overrides stated for it', () => {
    const base = view(doc, 'base').additionality['constructor']!;
    expect(base.deadweight).toEqual({ value: 0.2, from: null });
    const kid = view(doc, 'kid').additionality['constructor']!;
    expect(kid.deadweight).toEqual({ value: 0.5, from: 'kid' });
    expect(kid.leakage).toEqual({ value: 0.1, from: null });
    expect(additionalityOrigin(doc, 'base', 'constructor', 'multiplier')).toEqual({
      value: 1.5,
      source: { kind: 'file' },
    });
    // An intervention that does not exist has no factors, prototype or not.
    expect(view(doc, 'base').additionality['toString']).toBeUndefined();
    expect(additionalityOrigin(doc, 'base', 'hasOwnProperty', 'deadweight')).toBeNull();
    const run = projectScenario(doc, 'kid');
    expect(run.ok).toBe(true);
  });

  it('setting and resetting a value of "constructor" round-trips', () => {
    const set = setScenarioValue(doc, 'kid', 'constructor', 7);
    if (!set.ok) throw new Error(set.diagnostics[0]!.message);
    expect(set.value.scenarios[1]!.overrides).toEqual({ constructor: 7 });
    expect(parameterOrigin(set.value, 'kid', 'constructor')!.source).toEqual({ kind: 'own' });
    const reset = resetScenarioValue(set.value, 'kid', 'constructor');
    expect(reset.scenarios[1]!.overrides).toBeUndefined();
    expect(parameterOrigin(reset, 'kid', 'constructor')!.source).toEqual({ kind: 'file' });
  });
});
