/**
 * Leaving workshop mode or switching its scenario drops the what-if values the room has not kept as
 * a scenario. Every way out (button, Esc, the menu, the scenario list) asks first, so a session's
 * work is never lost to a stray key press.
 */
import type { CausewayStore } from '../store/createStore.ts';

const LOSE_WHAT_IF = 'The what-if changes have not been kept as a scenario and will be lost. Continue?';

/** True when there is nothing to lose or the user agreed to lose it. */
export function confirmDropWhatIf(store: CausewayStore): boolean {
  if (Object.keys(store.getState().whatIf).length === 0) return true;
  return window.confirm(LOSE_WHAT_IF);
}

export function leaveWorkshop(store: CausewayStore): void {
  if (!confirmDropWhatIf(store)) return;
  store.getState().setWhatIf({});
  store.getState().setWorkshop(false);
}
