/** File commands: what a save tells the user and which autosaved entry it clears. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { useEffect } from 'react';
import { useFileCommands, type FileCommands } from '../../renderer/app/useFileCommands.ts';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { exampleDoc, fakePlatform, renderWithStore } from './helpers.tsx';
import { commitRevision, loadScenario, serialiseScenario } from '../../models/index.ts';

afterEach(cleanup);

function Capture({ onReady }: { onReady(files: FileCommands): void }) {
  const files = useFileCommands();
  useEffect(() => {
    onReady(files);
  }, [files, onReady]);
  return null;
}

function setup(platform: ReturnType<typeof fakePlatform>, token: string | null = null) {
  let files: FileCommands | undefined;
  const store = createCauswayStore(exampleDoc(), { token, name: token ? 'gm.causeway.json' : null });
  renderWithStore(
    <Capture
      onReady={(f) => {
        files = f;
      }}
    />,
    store,
    platform,
  );
  return { store, files: () => files! };
}

describe('saving', () => {
  it('clears the untitled autosave after Save as gives the document a token', async () => {
    const discardRecovery = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    const { store, files } = setup(fakePlatform({ discardRecovery }));
    await act(() => files().save());
    expect(store.getState().file.token).toBe('t1');
    expect(discardRecovery).toHaveBeenCalledWith('untitled');
  });

  it('clears the autosave kept under the file’s token on Save', async () => {
    const discardRecovery = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    const { files } = setup(fakePlatform({ discardRecovery }), 'browser:abc');
    await act(() => files().save());
    expect(discardRecovery).toHaveBeenCalledWith('browser:abc');
  });

  it('says the file was downloaded when the browser could not write it in place', async () => {
    const platform = fakePlatform({
      saveAs: (name, text) =>
        Promise.resolve({
          ok: true,
          value: {
            token: 't2',
            name,
            text,
            document: loadScenario(text).document,
            revision: 3,
            savedAt: '2026-01-01T00:00:00Z',
            downloaded: true,
          } as never,
        }),
    });
    const { store, files } = setup(platform);
    await act(() => files().saveAs());
    expect(store.getState().notice?.text).toMatch(
      /^Downloaded .*\.causeway\.json \(revision 3\) to your browser’s downloads folder/,
    );
  });

  it('says Saved with the file name when it wrote the file itself', async () => {
    const { store, files } = setup(fakePlatform(), 'browser:abc');
    await act(() => files().save());
    expect(store.getState().notice?.text).toBe('Saved x.causeway.json (revision 1).');
  });

  it('says when the save found the file changed outside Causeway, and which revision keeps that change', async () => {
    const first = commitRevision(null, exampleDoc(), { now: '2026-01-01T09:00:00.000Z' });
    const handEdited = structuredClone(first);
    handEdited.meta.title = 'Retitled in a text editor';
    const written = commitRevision(handEdited, structuredClone(handEdited), { now: '2026-01-02T09:00:00.000Z' });
    const platform = fakePlatform({
      save: (token) =>
        Promise.resolve({
          ok: true,
          value: {
            token,
            name: 'gm.causeway.json',
            text: serialiseScenario(written),
            document: written,
            revision: 3,
            savedAt: '2026-01-02T09:00:00.000Z',
          },
        }),
    });
    const { store, files } = setup(platform, 'browser:abc');
    await act(() => files().save());
    expect(store.getState().notice?.text).toBe(
      'Saved gm.causeway.json (revision 3). The file had been changed outside Causeway since revision 1; that change is kept as revision 2, and revision 1 and older can no longer be restored.',
    );
  });
});
