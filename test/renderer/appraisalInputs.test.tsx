/**
 * The app's parts of issue 10: the table of uncertain additionality, national factors and optimism
 * bias (ranges, scenario overrides), the switching-values table, and the price-year change that
 * converts after a confirmation saying by how much (2019 -> 2024: 111.2 / 90.3 = 1.2315, +23.1%).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { AdditionalityRanges } from '../../renderer/appraisal/AdditionalityRanges.tsx';
import { PriceBaseYear } from '../../renderer/appraisal/PriceBaseYear.tsx';
import { SwitchingValues } from '../../renderer/appraisal/SwitchingValues.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { withChange, workedExample } from '../helpers/docs.ts';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

function store(doc = workedExample()) {
  const s = createCauswayStore(doc);
  s.getState().selectScenario('digital-led');
  return s;
}
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('uncertain additionality, national factors and optimism bias', () => {
  it('gives a factor a range, overrides it in the scenario, and clears the override to inherit again', () => {
    const s = store();
    renderWithStore(<AdditionalityRanges />, s);
    type('Deadweight for Digital adoption support, low', '10');
    type('Deadweight for Digital adoption support, high', '40');
    expect(s.getState().doc.interventions[0]!.additionality.deadweight).toEqual({ value: 0.2, low: 0.1, high: 0.4 });
    type('Leakage for Digital adoption support in this scenario, value', '30');
    expect(s.getState().doc.scenarios[1]!.additionality).toEqual({ digital: { leakage: 0.3 } });
    type('Leakage for Digital adoption support in this scenario, high', '50');
    expect(s.getState().doc.scenarios[1]!.additionality!['digital']!.leakage).toEqual({ value: 0.3, high: 0.5 });
    type('Leakage for Digital adoption support in this scenario, value', '');
    expect(s.getState().doc.scenarios[1]!.additionality).toBeUndefined();
    type('Optimism bias in this scenario, value', '25');
    expect(s.getState().doc.scenarios[1]!.appraisal).toEqual({ optimismBias: 0.25 });
    act(() => s.temporal.getState().undo());
    expect(s.getState().doc.scenarios[1]!.appraisal).toBeUndefined();
  });

  it('sets national factors only once both are given, then edits them and their evidence', () => {
    const s = store();
    renderWithStore(<AdditionalityRanges />, s);
    const set = screen.getByRole('button', { name: 'Set national factors' }) as HTMLButtonElement;
    type('National displacement for Digital adoption support', '50');
    expect(set.disabled).toBe(true);
    type('Labour-supply share for Digital adoption support', '10');
    fireEvent.click(set);
    expect(s.getState().doc.interventions[0]!.national).toEqual({ displacement: 0.5, labourSupply: 0.1 });
    type('Labour-supply share for Digital adoption support, high', '30');
    type('Labour-supply share for Digital adoption support, low', '0');
    expect(s.getState().doc.interventions[0]!.national!.labourSupply).toEqual({ value: 0.1, low: 0, high: 0.3 });
    type('Evidence for the national factors of Digital adoption support', 'Local labour market survey');
    expect(s.getState().doc.interventions[0]!.national!.source).toBe('Local labour market survey');
  });

  it('marks illustrative national factors', () => {
    const doc = withChange(workedExample(), (d) => {
      d.interventions[0]!.national = { displacement: 0.2, labourSupply: 0.1, illustrative: true };
    });
    const { container } = renderWithStore(<AdditionalityRanges />, store(doc));
    expect(container.querySelectorAll('[data-national] .illustrative')).toHaveLength(2);
  });
});

describe('switching values', () => {
  it('lists every ranged input, additionality and optimism bias included, with where the NPV reaches zero', () => {
    const doc = withChange(workedExample(), (d) => {
      d.interventions[0]!.additionality.deadweight = { value: 0.2, low: 0.1, high: 0.99 };
      d.appraisal.optimismBias = { value: 0.1, low: 0, high: 0.5 };
    });
    const { container } = renderWithStore(<SwitchingValues doc={doc} scenarioId="digital-led" />, store(doc));
    const row = (id: string) =>
      [...container.querySelectorAll(`[data-switching="${id}"] th, [data-switching="${id}"] td`)].map(
        (e) => e.textContent,
      );
    // By hand (test/cli/appraisalCommands.test.ts): NPV = 0 at deadweight 0.9554922.
    expect(row('additionality.digital.deadweight')).toEqual([
      'Deadweight (Digital adoption support)',
      '10.0%',
      '99.0%',
      '95.5%',
    ]);
    expect(row('appraisal.optimismBias')[3]).toBe('None in range');
    fireEvent.click(screen.getByRole('button', { name: 'UK NPSV' }));
    expect(container.textContent).toMatch(/UK social value is not assessed in this scenario/);
  });

  it('says in words where the NPV steps across zero instead of reaching it', () => {
    // By hand (test/models/uncertainty/switchingJump.test.ts): with the uplift times round(s) - 1, the
    // NPV is -4.33 for s below 1.5 and 73.42 from 1.5 to 2.5, so no s gives NPV = 0.
    const doc = withChange(workedExample(), (d) => {
      d.parameters['s'] = { value: 2, low: 1, high: 3, unit: 'steps' };
      d.logicModel.nodes.find((n) => n.id === 'uplift')!.expr = 'firms * gva_per_firm * (round(s) - 1)';
    });
    const { container } = renderWithStore(<SwitchingValues doc={doc} scenarioId="digital-led" />, store(doc));
    expect(container.querySelector('[data-switching="s"] td:last-child')?.textContent).toBe(
      'No value: jumps from −£4.3m to £73.4m between 1 and 2 steps',
    );
  });

  it("says an input the NPV does not move with has no switching value (it used to show the range's low end)", () => {
    // "gone" enters the uplift times zero: the NPV is the same at every value, so no value "switches" it.
    const doc = withChange(workedExample(), (d) => {
      d.parameters['gone'] = { value: 1, low: 0.5, high: 2, label: 'Unused input' };
      const uplift = d.logicModel.nodes.find((n) => n.id === 'uplift')!;
      uplift.expr = `${uplift.expr} + 0 * gone`;
    });
    const { container } = renderWithStore(<SwitchingValues doc={doc} scenarioId="digital-led" />, store(doc));
    const cell = container.querySelector('[data-switching="gone"] td:last-child');
    expect(cell?.textContent).toBe('None: does not move');
  });
});

describe('changing the price base year', () => {
  it('asks first, saying by how much, then converts every money value; cancel changes nothing', () => {
    const s = store();
    renderWithStore(<PriceBaseYear />, s);
    type('Price base year', '2024');
    expect(screen.getByRole('alertdialog').textContent).toMatch(
      /Convert the file from 2019 to 2024 prices\? Every money value is multiplied by 1\.2315 \(\+23\.1%\)/,
    );
    expect(s.getState().doc.prices.baseYear).toBe(2019);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(s.getState().doc.prices.baseYear).toBe(2019);
    type('Price base year', '2024');
    fireEvent.click(screen.getByRole('button', { name: 'Convert to 2024 prices' }));
    const doc = s.getState().doc;
    expect(doc.prices.baseYear).toBe(2024);
    expect(doc.parameters['budget']!.value).toBeCloseTo((2 * 111.2) / 90.3, 12);
    expect(doc.baseline.sectors[0]!.gva).toBeCloseTo((1000 * 111.2) / 90.3, 9);
    act(() => s.temporal.getState().undo());
    expect(s.getState().doc.parameters['budget']!.value).toBe(2);
  });
});
