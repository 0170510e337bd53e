/** Workshop mode: what-if values are not lost to a stray Esc, the Leave button or a scenario switch. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { WorkshopMode } from '../../renderer/workshop/WorkshopMode.tsx';
import { leaveWorkshop } from '../../renderer/workshop/leaveWorkshop.ts';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { exampleDoc, renderWithStore } from './helpers.tsx';

afterEach(cleanup);

/** happy-dom has no window.confirm: stand one in that answers as told. */
function answerConfirm(answer: boolean) {
  const confirm = vi.fn(() => answer);
  Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
  return confirm;
}

function inWorkshop() {
  const store = createCauswayStore(exampleDoc());
  store.getState().setWorkshop(true);
  renderWithStore(<WorkshopMode />, store);
  const slider = screen
    .getByRole('dialog', { name: 'Workshop mode' })
    .querySelector('input[type=range]') as HTMLInputElement;
  fireEvent.change(slider, { target: { value: slider.max } });
  return store;
}

describe('workshop what-if', () => {
  it('asks before Leave drops what-if values, and stays when the answer is no', () => {
    const store = inWorkshop();
    const confirm = answerConfirm(false);
    fireEvent.click(screen.getByRole('button', { name: /Leave workshop/ }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(store.getState().workshop).toBe(true);
    expect(Object.keys(store.getState().whatIf)).toHaveLength(1);
    confirm.mockReturnValue(true);
    leaveWorkshop(store);
    expect(store.getState().workshop).toBe(false);
    expect(store.getState().whatIf).toEqual({});
  });

  it('asks before switching scenario drops them', () => {
    const store = inWorkshop();
    const before = store.getState().scenarioId;
    answerConfirm(false);
    const other = store.getState().doc.scenarios.find((s) => s.id !== before)!;
    fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: other.id } });
    expect(store.getState().scenarioId).toBe(before);
    expect(Object.keys(store.getState().whatIf)).toHaveLength(1);
  });

  it('leaves without asking when nothing would be lost', () => {
    const store = createCauswayStore(exampleDoc());
    store.getState().setWorkshop(true);
    const confirm = answerConfirm(true);
    leaveWorkshop(store);
    expect(confirm).not.toHaveBeenCalled();
    expect(store.getState().workshop).toBe(false);
  });
});
