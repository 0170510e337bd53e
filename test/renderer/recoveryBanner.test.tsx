/** Recovering autosaved work must not silently replace edits made since the app started. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { serialiseScenario, updateNode } from '../../models/index.ts';
import { RecoveryBanner } from '../../renderer/app/RecoveryBanner.tsx';
import { useFileCommands } from '../../renderer/app/useFileCommands.ts';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { exampleDoc, fakePlatform, renderWithStore } from './helpers.tsx';

afterEach(cleanup);

function Banner() {
  return <RecoveryBanner files={useFileCommands()} />;
}

describe('RecoveryBanner', () => {
  it('asks before replacing unsaved edits, and keeps them when told no', async () => {
    const doc = exampleDoc();
    const store = createCauswayStore(doc);
    const platform = fakePlatform({ listRecovery: () => Promise.resolve({ ok: true, value: [{ id: 'untitled', name: null, token: null, savedAt: '2026-01-01T00:00:00Z', text: serialiseScenario(doc) }] }) });
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
