/**
 * Adding a scenario by name, from nothing (AddScenario) and based on the one shown (ScenarioDetail's
 * "New scenario based on this"): both go through one hook, so both must add, select the new scenario,
 * clear the box and ignore a blank name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { AddScenario } from '../../renderer/assumptions/AddScenario.tsx';
import { ScenarioDetail } from '../../renderer/assumptions/ScenarioDetail.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { workedExample } from '../helpers/docs.ts';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

describe('adding a scenario by name', () => {
  it('adds one from nothing on Enter, selects it and clears the box; a blank name adds nothing', () => {
    const s = createCauswayStore(workedExample());
    const before = s.getState().doc.scenarios.length;
    renderWithStore(<AddScenario />, s);
    const box = screen.getByLabelText('Name of the new scenario') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(s.getState().doc.scenarios).toHaveLength(before);
    fireEvent.change(box, { target: { value: '  Stretch  ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    const added = s.getState().doc.scenarios.at(-1)!;
    expect(s.getState().doc.scenarios).toHaveLength(before + 1);
    expect(added.name).toBe('Stretch');
    expect(added.interventions).toEqual([]);
    expect(s.getState().scenarioId).toBe(added.id);
    expect(box.value).toBe('');
  });

  it('adds one based on the scenario shown, inheriting from it', () => {
    const doc = workedExample();
    const parent = doc.scenarios[1]!;
    const s = createCauswayStore(doc);
    renderWithStore(<ScenarioDetail doc={doc} scenario={parent} />, s);
    const box = screen.getByLabelText(`Name of a new scenario based on ${parent.name}`) as HTMLInputElement;
    fireEvent.change(box, { target: { value: 'Variant' } });
    fireEvent.click(screen.getByRole('button', { name: 'New scenario based on this' }));
    const added = s.getState().doc.scenarios.at(-1)!;
    expect(added.name).toBe('Variant');
    expect(added.basedOn).toBe(parent.id);
    expect(s.getState().scenarioId).toBe(added.id);
    expect(box.value).toBe('');
  });
});
