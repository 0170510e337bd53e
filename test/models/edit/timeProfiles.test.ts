/**
 * Time profiles (issue 11, item 5): the formulas written for a ramp, a level between years and a
 * budget by year give, through the engine, the yearly values worked out here by hand; the
 * inspector can read each formula back; a scenario and workshop sliders can be set without JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addScenario,
  deleteParameter,
  loadScenario,
  profileFormula,
  projectScenario,
  readProfile,
  setWorkshopParameters,
  updateNode,
  type ScenarioDocument,
  type TimeProfile,
} from '../../../models/index.ts';

function example(): ScenarioDocument {
  const text = readFileSync(new URL('../../../renderer/fallbackExample.causeway.json', import.meta.url), 'utf8');
  return loadScenario(text).document!;
}

/** The yearly values of the example's cost box with the profile's formula. */
function values(profile: TimeProfile): number[] {
  const doc = example();
  const cost = doc.logicModel.nodes.find((n) => n.role === 'cost')!;
  const edited = updateNode(doc, cost.id, { expr: profileFormula(profile, doc.horizon.startYear) });
  const scenario = doc.scenarios.find((s) => s.interventions?.includes(cost.intervention!))!;
  const p = projectScenario(edited, scenario.id);
  if (!p.ok) throw new Error(p.diagnostics[0]?.message);
  return p.value.nodes[cost.id]!;
}

describe('time profiles', () => {
  const start = example().horizon.startYear;

  it('ramps linearly to the level over the years given', () => {
    const v = values({ kind: 'ramp', from: start + 1, years: 3, level: '6' });
    expect(v.slice(0, 6)).toEqual([0, 0, 2, 4, 6, 6].map((x) => expect.closeTo(x, 12)));
  });

  it('holds a level from one year to another, inclusive', () => {
    const v = values({ kind: 'step', from: start + 1, until: start + 2, level: '2.5' });
    expect(v.slice(0, 4)).toEqual([0, 2.5, 2.5, 0]);
  });

  it('takes a budget typed year by year', () => {
    const v = values({
      kind: 'by-year',
      values: [
        { year: start, value: 1.5 },
        { year: start + 2, value: 3 },
      ],
    });
    expect(v.slice(0, 4)).toEqual([1.5, 0, 3, 0]);
  });

  it('reads back every formula it writes', () => {
    const profiles: TimeProfile[] = [
      { kind: 'ramp', from: start + 2, years: 4, level: 'grant_level' },
      { kind: 'step', from: start, until: null, level: '0.25' },
      { kind: 'step', from: start + 1, until: start + 5, level: '7' },
      { kind: 'by-year', values: [{ year: start + 1, value: 2 }] },
    ];
    for (const profile of profiles) expect(readProfile(profileFormula(profile, start), start)).toEqual(profile);
    expect(readProfile('grant * 2', start)).toBeNull();
  });
});

describe('scenarios and workshop sliders', () => {
  it('adds a scenario with chosen interventions', () => {
    const doc = example();
    const out = addScenario(doc, 'Grants only', [doc.interventions[0]!.id, 'nonsense']);
    expect(out.doc.scenarios.at(-1)).toEqual({
      id: 'grants-only',
      name: 'Grants only',
      interventions: [doc.interventions[0]!.id],
    });
  });

  it('keeps workshop sliders to known parameters, in order, and drops a deleted one', () => {
    const doc = example();
    const [a, b] = Object.keys(doc.parameters);
    const set = setWorkshopParameters(doc, [b!, 'nope', a!, b!]);
    expect(set.meta.workshop).toEqual({ parameters: [b, a] });
    expect(deleteParameter(set, b!).meta.workshop).toEqual({ parameters: [a] });
    expect(setWorkshopParameters(set, []).meta.workshop).toBeUndefined();
  });
});
