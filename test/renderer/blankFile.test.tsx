/** A blank file can be completed in the app: setting, parameters, sectors, interventions, all undoable. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { projectScenario } from '../../models/index.ts';
import { AssumptionsView } from '../../renderer/assumptions/AssumptionsView.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { blankDocument } from '../../renderer/start/blankDocument.ts';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

function blank() {
  const store = createCauswayStore(blankDocument(new Date('2026-03-01T00:00:00Z')), { savedDoc: null });
  renderWithStore(<AssumptionsView />, store);
  return store;
}

describe('completing a blank file', () => {
  it('sets the area from the library, the horizon and the price base, each undoable', () => {
    const store = blank();
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'TLD3' } });
    expect(store.getState().doc.area).toMatchObject({ code: 'TLD3', name: 'Greater Manchester' });
    fireEvent.change(screen.getByLabelText('Last year projected'), { target: { value: '2046' } });
    expect(store.getState().doc.horizon.endYear).toBe(2046);
    fireEvent.change(screen.getByLabelText('First year projected'), { target: { value: '2026.5' } });
    expect(store.getState().doc.horizon.startYear).toBe(2027);
    act(() => store.temporal.getState().undo());
    expect(store.getState().doc.horizon.endYear).toBe(2041);
    expect((screen.getByLabelText('Last year projected') as HTMLInputElement).value).toBe('2041');
  });

  it('names another place when the area is not in the library', () => {
    const store = blank();
    fireEvent.change(screen.getByLabelText('Area name'), { target: { value: 'Cumbria' } });
    fireEvent.change(screen.getByLabelText('Area code'), { target: { value: 'E10000006' } });
    expect(store.getState().doc.area).toEqual({ code: 'E10000006', name: 'Cumbria' });
  });

  it('adds a parameter only with a value, and deletes it', () => {
    const store = blank();
    fireEvent.change(screen.getByLabelText('New parameter label'), { target: { value: 'Grant per firm' } });
    const add = screen.getByRole('button', { name: 'Add parameter' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('New parameter value'), { target: { value: '0.02' } });
    fireEvent.change(screen.getByLabelText('New parameter unit'), { target: { value: '£m' } });
    fireEvent.click(add);
    expect(store.getState().doc.parameters['grant_per_firm']).toEqual({
      value: 0.02,
      label: 'Grant per firm',
      unit: '£m',
    });
    fireEvent.change(screen.getByLabelText('New parameter formula name'), { target: { value: 'grant_per_firm' } });
    expect(screen.getByRole('alert').textContent).toMatch(/already used/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Grant per firm' }));
    expect(store.getState().doc.parameters['grant_per_firm']).toBeUndefined();
    act(() => store.temporal.getState().undo());
    expect(store.getState().doc.parameters['grant_per_firm']?.value).toBe(0.02);
  });

  it('goes from blank to a projecting intervention with a library sector and a template', () => {
    const store = blank();
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'TLD3' } });
    fireEvent.change(screen.getByLabelText('Sector to add'), { target: { value: 'c' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add sector' }));
    expect(store.getState().doc.baseline.sectors.map((s) => s.id)).toEqual(['c']);
    // The template's sector list follows the sector just added.
    fireEvent.click(screen.getByRole('button', { name: 'Add from template' }));
    const doc = store.getState().doc;
    expect(doc.interventions).toHaveLength(1);
    expect(doc.logicModel.nodes.length).toBeGreaterThan(3);
    const scenario = { ...doc.scenarios[0]!, interventions: [doc.interventions[0]!.id] };
    expect(projectScenario({ ...doc, scenarios: [scenario] }, scenario.id).ok).toBe(true);
  });
});
