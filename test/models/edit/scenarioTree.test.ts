/**
 * The scenario tree (models/edit/scenarioTree.ts): children under their basedOn parent in file order,
 * packages listed, broken parents shown as marked roots; new scenarios based on another inherit
 * everything and state only the values given; a copy keeps what the scenario inherits.
 */
import { describe, expect, it } from 'vitest';
import {
  addScenarioBasedOn,
  duplicateScenario,
  flattenScenarioTree,
  parameterOrigin,
  resolveScenario,
  scenarioTree,
} from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const doc = withChange(workedExample(), (d) => {
  d.scenarios = [
    { id: 'bau', name: 'BAU', interventions: [] },
    {
      id: 'modest',
      name: 'Modest',
      interventions: ['digital'],
      overrides: { budget: { value: 2, low: 1.5, high: 2.5 } },
    },
    { id: 'skills', name: 'Skills package', overrides: { gva_per_firm: 0.6 } },
    { id: 'scaled', name: 'Scaled', basedOn: 'modest', alsoInheritsFrom: ['skills'] },
    { id: 'fast', name: 'Fast', basedOn: 'scaled' },
    { id: 'cautious', name: 'Cautious', basedOn: 'modest' },
  ];
});

const shape = (d: typeof doc) =>
  flattenScenarioTree(scenarioTree(d)).map(({ node, depth }) => [
    node.scenario.id,
    depth,
    node.packages.join(','),
    node.broken ?? '',
  ]);

describe('the scenario tree', () => {
  it('puts each scenario under its parent, in file order, with its packages', () => {
    expect(shape(doc)).toEqual([
      ['bau', 0, '', ''],
      ['modest', 0, '', ''],
      ['scaled', 1, 'skills', ''],
      ['fast', 2, '', ''],
      ['cautious', 1, '', ''],
      ['skills', 0, '', ''],
    ]);
  });

  it('shows a scenario with an unknown parent, and scenarios on a cycle, as marked roots', () => {
    const broken = withChange(doc, (d) => {
      d.scenarios[1]!.basedOn = 'nowhere';
      d.scenarios[0]!.basedOn = 'skills';
      d.scenarios[2]!.basedOn = 'bau';
    });
    const rows = shape(broken);
    expect(rows).toContainEqual(['modest', 0, '', 'unknown-parent']);
    expect(rows.filter((r) => r[3] === 'cycle').map((r) => r[0])).toEqual(['bau']);
    // Every scenario appears exactly once.
    expect(rows.map((r) => r[0]).sort()).toEqual(broken.scenarios.map((s) => s.id).sort());
  });

  it('adds a scenario based on another that inherits everything and owns only the values given', () => {
    const added = addScenarioBasedOn(doc, 'scaled', 'Scaled, bigger budget', { budget: 3 }, 'From the workshop');
    if (!added.ok) throw new Error(added.diagnostics[0]!.message);
    const { doc: next, id } = added.value;
    const scenario = next.scenarios.find((s) => s.id === id)!;
    expect(scenario).toEqual({
      id: 'scaled-bigger-budget',
      name: 'Scaled, bigger budget',
      description: 'From the workshop',
      basedOn: 'scaled',
      // The budget is its own, with the range it inherited from "modest".
      overrides: { budget: { value: 3, low: 1.5, high: 2.5 } },
    });
    const resolved = resolveScenario(next, scenario);
    expect(resolved.interventions).toEqual({ value: ['digital'], from: 'modest' });
    expect(parameterOrigin(next, id, 'gva_per_firm')).toEqual({
      value: 0.6,
      range: { low: 0.25, high: 1 },
      source: { kind: 'inherited', from: 'skills' },
    });
    expect(addScenarioBasedOn(doc, 'nope', 'X').ok).toBe(false);
  });

  it('copies a scenario with its inheritance, so the copy resolves to the same values', () => {
    const { doc: next, id } = duplicateScenario(doc, 'scaled');
    const copy = next.scenarios.find((s) => s.id === id)!;
    expect(copy).toMatchObject({ name: 'Copy of Scaled', basedOn: 'modest', alsoInheritsFrom: ['skills'] });
    const original = resolveScenario(
      next,
      next.scenarios.find((s) => s.id === 'scaled')!,
    );
    const copied = resolveScenario(next, copy);
    expect(copied.overrides).toEqual(original.overrides);
    expect(copied.interventions.value).toEqual(original.interventions.value);
  });
});
