/** Recovering autosaved work must not silently replace edits made since the app started. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { serialiseScenario, updateNode } from '../../models/index.ts';
import { RecoveryBanner } from '../../renderer/app/RecoveryBanner.tsx';
import { useFileCommands } from '../../renderer/app/useFileCommands.ts';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { exampleDoc, fakePlatform, renderWithStore } from './helpers.tsx';
import type { PlatformApi } from '../../renderer/platform/contract.ts';
import { settleMicrotasks, UNTIL } from '../helpers/wait.ts';

afterEach(cleanup);

function Banner() {
  return <RecoveryBanner files={useFileCommands()} />;
}

describe('RecoveryBanner', () => {
  it('asks before replacing unsaved edits, and keeps them when told no', async () => {
    const doc = exampleDoc();
    const store = createCauswayStore(doc);
    const platform = fakePlatform({
      listRecovery: () =>
        Promise.resolve({
          ok: true,
          value: [
            { id: 'untitled', name: null, token: null, savedAt: '2026-01-01T00:00:00Z', text: serialiseScenario(doc) },
          ],
        }),
    });
    renderWithStore(<Banner />, store, platform);
    const recover = await screen.findByRole('button', { name: 'Recover it' });
    act(() => store.getState().edit((d) => updateNode(d, d.logicModel.nodes[0]!.id, { label: 'Edited since start' })));
    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
    fireEvent.click(recover);
    expect(confirm).toHaveBeenCalledOnce();
    expect(store.getState().doc.logicModel.nodes[0]!.label).toBe('Edited since start');
  });
});

describe('RecoveryBanner keeps the old copy until the recovered work is safe again', () => {
  const entry = (id: string, text: string) => ({
    id,
    name: 'gm.causeway.json',
    token: null,
    savedAt: '2026-01-01T00:00:00Z',
    text,
  });

  it('deletes the old entry only after a new autosave holds the same text under another id', async () => {
    const doc = exampleDoc();
    const text = serialiseScenario(doc);
    const store = createCauswayStore(doc);
    const stored = [entry('old-session', text)];
    const discarded: string[] = [];
    const platform = fakePlatform({
      listRecovery: () => Promise.resolve({ ok: true, value: [...stored] }),
      autosave: (_t: unknown, _n: unknown, saved: string) => (
        stored.push(entry('this-session', saved)),
        Promise.resolve({ ok: true, value: null })
      ),
      discardRecovery: (id: string) => (discarded.push(id), Promise.resolve({ ok: true, value: null })),
    });
    Object.defineProperty(window, 'confirm', { value: () => true, configurable: true, writable: true });
    renderWithStore(<Banner />, store, platform);
    fireEvent.click(await screen.findByRole('button', { name: 'Recover it' }));
    await vi.waitFor(() => expect(discarded).toEqual(['old-session']));
    expect(stored.map((e) => e.id)).toContain('this-session');
  });

  it('keeps the entry when the autosave fails or refreshed it in place', async () => {
    const failing: PlatformApi['autosave'] = () =>
      Promise.resolve({ ok: false, error: { kind: 'internal', message: 'disk' } });
    const inPlace: PlatformApi['autosave'] = () => Promise.resolve({ ok: true, value: null }); // same id: the browser overwrote it
    for (const autosave of [failing, inPlace]) {
      cleanup();
      const doc = exampleDoc();
      const discarded: string[] = [];
      const autosaved: unknown[] = [];
      const platform = fakePlatform({
        listRecovery: () => Promise.resolve({ ok: true, value: [entry('untitled', serialiseScenario(doc))] }),
        autosave: (...args) => (autosaved.push(args), autosave(...args)),
        discardRecovery: (id: string) => (discarded.push(id), Promise.resolve({ ok: true, value: null })),
      });
      Object.defineProperty(window, 'confirm', { value: () => true, configurable: true, writable: true });
      renderWithStore(<Banner />, createCauswayStore(doc), platform);
      fireEvent.click(await screen.findByRole('button', { name: 'Recover it' }));
      // The fakes answer at once, so once the autosave is asked for, the rest of the recovery runs
      // in promise jobs: let them all run, then check that none of them discarded the entry.
      await vi.waitFor(() => expect(autosaved).toHaveLength(1), UNTIL);
      await settleMicrotasks();
      expect(discarded).toEqual([]);
    }
  });
});
