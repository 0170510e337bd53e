/**
 * Edits of a scenario's own values under inheritance (models/edit/scenarioValues.ts): where a value
 * comes from, setting it on the scenario (keeping the range that applied), resetting it to the
 * inherited value, a range of its own, additionality factors, the interventions list and the parents.
 */
import { describe, expect, it } from 'vitest';
import {
  additionalityOrigin,
  parameterOrigin,
  projectScenario,
  resetScenarioAdditionality,
  resetScenarioValue,
  resolveScenario,
  runMonteCarlo,
  setScenarioAdditionality,
  setScenarioFactor,
  setScenarioInterventions,
  setScenarioParents,
  setScenarioRange,
  setScenarioValue,
  type Result,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/** modest: its own ranged budget; scaled: based on modest; fast: based on scaled. Cost per firm fixed. */
const doc = withChange(workedExample(), (d) => {
  d.parameters['cost_per_firm'] = { value: 0.05, unit: '£m per firm' };
  d.scenarios = [
    { id: 'bau', name: 'BAU', interventions: [] },
    {
      id: 'modest',
      name: 'Modest',
      interventions: ['digital'],
      overrides: { budget: { value: 2, low: 1.5, high: 2.5 } },
      additionality: { digital: { deadweight: { value: 0.3, low: 0.2, high: 0.4 } } },
    },
    { id: 'scaled', name: 'Scaled', basedOn: 'modest', overrides: { gva_per_firm: 0.6 } },
    { id: 'fast', name: 'Fast', basedOn: 'scaled' },
  ];
});

const value = (r: Result<ScenarioDocument>) => {
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join(' '));
  return r.value;
};
const scenario = (d: ScenarioDocument, id: string) => d.scenarios.find((s) => s.id === id)!;

describe('where a value comes from', () => {
  it('names the scenario it is inherited from, or the file', () => {
    expect(parameterOrigin(doc, 'fast', 'budget')).toEqual({
      value: 2,
      range: { low: 1.5, high: 2.5 },
      source: { kind: 'inherited', from: 'modest' },
    });
    expect(parameterOrigin(doc, 'fast', 'gva_per_firm')).toEqual({
      value: 0.6,
      range: { low: 0.25, high: 1 },
      source: { kind: 'inherited', from: 'scaled' },
    });
    expect(parameterOrigin(doc, 'modest', 'budget')!.source).toEqual({ kind: 'own' });
    expect(parameterOrigin(doc, 'fast', 'cost_per_firm')!.source).toEqual({ kind: 'file' });
    expect(parameterOrigin(doc, 'fast', 'nope')).toBeNull();
    expect(additionalityOrigin(doc, 'fast', 'digital', 'deadweight')).toEqual({
      value: { value: 0.3, low: 0.2, high: 0.4 },
      source: { kind: 'inherited', from: 'modest' },
    });
    expect(additionalityOrigin(doc, 'fast', 'digital', 'leakage')!.source).toEqual({ kind: 'file' });
  });
});

describe('setting and resetting a parameter on a scenario', () => {
  it('sets the value on the scenario itself, keeping the inherited range, and reset brings the inherited value back', () => {
    const set = value(setScenarioValue(doc, 'fast', 'budget', 2.4));
    expect(scenario(set, 'fast').overrides).toEqual({ budget: { value: 2.4, low: 1.5, high: 2.5 } });
    expect(scenario(set, 'modest').overrides!['budget']).toEqual({ value: 2, low: 1.5, high: 2.5 });
    const run = projectScenario(set, 'fast');
    if (!run.ok) throw new Error('projection failed');
    expect(run.value.nodes['grant']![0]).toBe(2.4);
    const reset = resetScenarioValue(set, 'fast', 'budget');
    expect(scenario(reset, 'fast').overrides).toBeUndefined();
    expect(parameterOrigin(reset, 'fast', 'budget')!.source).toEqual({ kind: 'inherited', from: 'modest' });
  });

  it('refuses an unknown scenario or parameter and a value that is not a number', () => {
    expect(setScenarioValue(doc, 'nope', 'budget', 1).ok).toBe(false);
    const unknown = setScenarioValue(doc, 'fast', 'nope', 1);
    expect(!unknown.ok && unknown.diagnostics[0]!.code).toBe('edit.unknown-parameter');
    expect(setScenarioValue(doc, 'fast', 'budget', Number.NaN).ok).toBe(false);
  });
});

describe('a range of its own', () => {
  it('gives a scenario its own range around its value, which Monte Carlo then draws from', () => {
    const ranged = value(
      setScenarioRange(doc, 'scaled', 'gva_per_firm', { low: 0.5, high: 0.7, distribution: 'uniform' }),
    );
    expect(scenario(ranged, 'scaled').overrides!['gva_per_firm']).toEqual({
      value: 0.6,
      low: 0.5,
      high: 0.7,
      distribution: 'uniform',
    });
    // Inherited by "fast".
    expect(parameterOrigin(ranged, 'fast', 'gva_per_firm')!.range).toEqual({
      low: 0.5,
      high: 0.7,
      distribution: 'uniform',
    });
  });

  it('lets Monte Carlo run a scenario whose value left the shared range (issue 14)', () => {
    // gva_per_firm's own range is 0.25 to 1; "scaled" sets 1.2, so the shared range no longer fits.
    const outside = value(setScenarioValue(doc, 'scaled', 'gva_per_firm', 1.2));
    const refused = runMonteCarlo(outside, 'fast', { samples: 50, seed: 3 });
    expect(!refused.ok && refused.diagnostics[0]!.message).toMatch(/give the override its own range/);
    const ranged = value(setScenarioRange(outside, 'scaled', 'gva_per_firm', { low: 1, high: 1.4 }));
    const mc = runMonteCarlo(ranged, 'fast', { samples: 200, seed: 3 });
    if (!mc.ok) throw new Error(mc.diagnostics.map((d) => d.message).join(' '));
    // Net GVA 2028 = firms (2 years of budget / 0.05: 40 x budget, budget 1.5 to 2.5) x gva_per_firm (now 1 to 1.4) x the net
    // factor (0.6 to 0.8 for deadweight 0.2 to 0.4, x 0.9 x 0.75 x 1.5): at least 60 x 1 x 0.6 x 1.0125
    // and at most 100 x 1.4 x 0.8 x 1.0125. The shared range (0.25 to 1) would reach far below.
    const { p5, p95 } = mc.value.total.netImpact.gva;
    expect(p5[2]!).toBeGreaterThanOrEqual(60 * 1 * 0.6 * 1.0125);
    expect(p95[2]!).toBeLessThanOrEqual(100 * 1.4 * 0.8 * 1.0125);
  });

  it('refuses a range that leaves out the value, and null drops the range back to the parameter\u2019s', () => {
    const bad = setScenarioRange(doc, 'scaled', 'gva_per_firm', { low: 0.7, high: 0.9 });
    expect(!bad.ok && bad.diagnostics[0]!.message).toBe(
      'The range 0.7 to 0.9 for "gva_per_firm" must include its value in this scenario (0.6).',
    );
    const plain = value(setScenarioRange(doc, 'modest', 'budget', null));
    expect(scenario(plain, 'modest').overrides!['budget']).toBe(2);
  });
});

describe('additionality, interventions and parents', () => {
  it('sets a factor on the scenario (a number keeps an inherited range) and resets it', () => {
    const set = value(setScenarioAdditionality(doc, 'fast', 'digital', 'deadweight', 0.25));
    expect(scenario(set, 'fast').additionality).toEqual({
      digital: { deadweight: { value: 0.25, low: 0.2, high: 0.4 } },
    });
    const leak = value(setScenarioAdditionality(set, 'fast', 'digital', 'leakage', 0.2));
    expect(scenario(leak, 'fast').additionality!['digital']!['leakage']).toBe(0.2);
    const reset = resetScenarioAdditionality(
      resetScenarioAdditionality(leak, 'fast', 'digital', 'deadweight'),
      'fast',
      'digital',
      'leakage',
    );
    expect(scenario(reset, 'fast').additionality).toBeUndefined();
    expect(setScenarioAdditionality(doc, 'fast', 'nope', 'deadweight', 0.1).ok).toBe(false);
  });

  it('edits a factor in place through the one scenario-factor edit (a saved file changes only there)', () => {
    // setScenarioAdditionality (assumptions view) and setScenarioFactor (appraisal inputs) share one edit:
    // an existing entry keeps its place, so re-setting deadweight after leakage leaves the order alone.
    const leak = value(setScenarioAdditionality(doc, 'modest', 'digital', 'leakage', 0.2));
    const again = value(setScenarioAdditionality(leak, 'modest', 'digital', 'deadweight', 0.35));
    expect(Object.keys(scenario(again, 'modest').additionality!['digital']!)).toEqual(['deadweight', 'leakage']);
    expect(scenario(again, 'modest').additionality!['digital']!['deadweight']).toEqual({
      value: 0.35,
      low: 0.2,
      high: 0.4,
    });
    const direct = setScenarioFactor(leak, 'modest', 'digital', 'deadweight', 0.35);
    expect(Object.keys(scenario(direct, 'modest').additionality!['digital']!)).toEqual(['deadweight', 'leakage']);
    expect(scenario(direct, 'modest').additionality!['digital']!['deadweight']).toBe(0.35);
    const cleared = setScenarioFactor(
      setScenarioFactor(direct, 'modest', 'digital', 'deadweight', undefined),
      'modest',
      'digital',
      'leakage',
      undefined,
    );
    expect(scenario(cleared, 'modest').additionality).toBeUndefined();
    expect(setScenarioFactor(doc, 'nope', 'digital', 'leakage', 0.1)).toBe(doc);
  });

  it('makes the interventions list explicit or inherited', () => {
    const off = setScenarioInterventions(doc, 'fast', []);
    expect(resolveScenario(off, scenario(off, 'fast')).interventions).toEqual({ value: [], from: 'fast' });
    const back = setScenarioInterventions(off, 'fast', undefined);
    expect(resolveScenario(back, scenario(back, 'fast')).interventions).toEqual({ value: ['digital'], from: 'modest' });
  });

  it('changes the parents and refuses a circle, naming the scenarios on it', () => {
    const moved = value(setScenarioParents(doc, 'fast', { basedOn: 'modest', alsoInheritsFrom: ['scaled'] }));
    expect(resolveScenario(moved, scenario(moved, 'fast')).searchOrder).toEqual(['fast', 'scaled', 'modest']);
    const circle = setScenarioParents(doc, 'modest', { basedOn: 'fast' });
    expect(circle.ok).toBe(false);
    expect(!circle.ok && circle.diagnostics[0]!.message).toMatch(
      /"modest" -> "fast" -> "scaled" -> "modest"|in a circle/,
    );
    const none = value(setScenarioParents(doc, 'scaled', { basedOn: null }));
    expect(scenario(none, 'scaled').basedOn).toBeUndefined();
  });
});
