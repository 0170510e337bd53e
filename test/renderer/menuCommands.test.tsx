/**
 * Native menu commands reach the same dispatcher as the shortcuts: File > Export Report… sends
 * `file.export-report`, which opens the report panel (here: asks the app to), leaving workshop mode
 * first because the panel lives in the toolbar workshop mode hides.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { useAppEffects, type AppActions } from '../../renderer/app/useAppEffects.ts';
import type { FileCommands } from '../../renderer/app/useFileCommands.ts';
import type { MenuCommand } from '../../renderer/platform/contract.ts';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { exampleDoc, fakePlatform, renderWithStore } from './helpers.tsx';

afterEach(cleanup);

function Effects({ actions }: { actions: AppActions }) {
  useAppEffects({} as FileCommands, actions);
  return null;
}

function setup() {
  let send: ((command: MenuCommand) => void) | undefined;
  const platform = fakePlatform({
    onMenuCommand: (listener) => {
      send = listener;
      return () => undefined;
    },
  });
  const actions = { newDocument: vi.fn(), search: vi.fn(), saveMilestone: vi.fn(), exportReport: vi.fn() };
  const store = createCauswayStore(exampleDoc());
  renderWithStore(<Effects actions={actions} />, store, platform);
  return { store, actions, send: (c: MenuCommand) => act(() => send!(c)) };
}

describe('menu commands', () => {
  it('File > Export Report… opens the report panel', () => {
    const { actions, send } = setup();
    send('file.export-report');
    expect(actions.exportReport).toHaveBeenCalledTimes(1);
    expect(actions.saveMilestone).not.toHaveBeenCalled();
  });

  it('leaves workshop mode first, and stays when the room keeps its what-if values', () => {
    const { store, actions, send } = setup();
    store.getState().setWorkshop(true);
    send('file.export-report');
    expect(store.getState().workshop).toBe(false);
    expect(actions.exportReport).toHaveBeenCalledTimes(1);

    store.getState().setWorkshop(true);
    store.getState().setWhatIf({ q: 0.5 });
    vi.stubGlobal('confirm', () => false);
    send('file.export-report');
    expect(store.getState().workshop).toBe(true);
    expect(actions.exportReport).toHaveBeenCalledTimes(1);
  });

  it('Ctrl+Shift+E sends the same command', () => {
    const { actions } = setup();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'E', ctrlKey: true, shiftKey: true }));
    });
    expect(actions.exportReport).toHaveBeenCalledTimes(1);
  });
});
