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

afterEach(() => {
  cleanup();
  exportCsv.mockClear();
});

const exportCsv = vi.fn<FileCommands['exportCsv']>(async () => undefined);

function Effects({ actions }: { actions: AppActions }) {
  useAppEffects({ exportCsv } as unknown as FileCommands, actions);
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

  it("File > Export Results as CSV and Ctrl+E write the shown scenario's results by year, not only show the view", () => {
    const { store, send } = setup();
    const doc = store.getState().doc;
    const scenarioId = store.getState().scenarioId;
    send('file.export-csv');
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', ctrlKey: true }));
    });
    expect(exportCsv).toHaveBeenCalledTimes(2);
    const [name, csv] = exportCsv.mock.calls[0]!;
    expect(name).toBe(`${scenarioId}-results.csv`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.replace(/\r\n$/, '').split('\r\n');
    // A heading row, then one row per year of the horizon, first year first.
    expect(lines).toHaveLength(doc.horizon.endYear - doc.horizon.startYear + 2);
    expect(lines[1]!.split(',')[0]).toBe(String(doc.horizon.startYear));
    expect(exportCsv.mock.calls[1]).toEqual(exportCsv.mock.calls[0]);
  });

  it('a model that does not run exports nothing and shows the Results view, which says why', () => {
    const { store, send } = setup();
    act(() =>
      store.getState().edit((d) => ({
        ...d,
        logicModel: {
          ...d.logicModel,
          nodes: d.logicModel.nodes.map((n, k) => (k === 0 ? { ...n, expr: 'nope +' } : n)),
        },
      })),
    );
    send('file.export-csv');
    expect(exportCsv).not.toHaveBeenCalled();
    expect(store.getState().view).toBe('results');
  });
});
