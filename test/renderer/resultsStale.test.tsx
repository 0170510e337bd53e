/** Results: a Monte Carlo band that no longer matches the assumptions is hidden, and says so. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { runMonteCarlo, setParameterValue } from '../../models/index.ts';
import { ResultsView } from '../../renderer/results/ResultsView.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import type { FileCommands } from '../../renderer/app/useFileCommands.ts';
import { exampleDoc, renderWithStore } from './helpers.tsx';

afterEach(cleanup);

const files = {} as FileCommands;

describe('stale Monte Carlo ranges', () => {
  it('says the band is hidden after an edit, and not before', () => {
    const doc = exampleDoc();
    const store = createCauswayStore(doc);
    const scenarioId = store.getState().scenarioId;
    const mc = runMonteCarlo(doc, scenarioId, { samples: 50, seed: 1 });
    if (!mc.ok) throw new Error('Monte Carlo failed');
    store.getState().setUncertainty({ doc, scenarioId, result: mc.value });
    renderWithStore(<ResultsView files={files} />, store);
    expect(screen.queryByText(/Monte Carlo ranges are hidden/)).toBeNull();
    act(() =>
      store.getState().edit((d) => {
        const moved = setParameterValue(d, 'annual_budget', 4);
        return moved.ok ? moved.value : d;
      }),
    );
    expect(
      screen.getByText(/Monte Carlo ranges are hidden: the assumptions changed after the last run \(50 draws\)/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run again' })).toBeTruthy();
    // Undo brings back the very document the band was run on: the band is current again.
    act(() => store.temporal.getState().undo());
    expect(screen.queryByText(/Monte Carlo ranges are hidden/)).toBeNull();
  });
});
