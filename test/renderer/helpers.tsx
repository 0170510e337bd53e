/** Test helpers: the example document, a store, and a render wrapped in the app's provider. */
import exampleText from '../../renderer/fallbackExample.causeway.json?raw';
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { loadScenario, type ScenarioDocument } from '../../models/index.ts';
import { createCauswayStore, type CausewayStore } from '../../renderer/store/createStore.ts';
import { CausewayProvider } from '../../renderer/store/context.tsx';
import type { PlatformApi } from '../../renderer/platform/contract.ts';

export function exampleDoc(): ScenarioDocument {
  const out = loadScenario(exampleText);
  if (!out.document) throw new Error('example does not load');
  return out.document;
}

export function fakePlatform(overrides: Partial<PlatformApi> = {}): PlatformApi {
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  return {
    kind: 'browser',
    openFile: () => Promise.resolve({ ok: false, error: { kind: 'cancelled', message: 'cancelled' } }),
    openRecent: () => Promise.resolve({ ok: false, error: { kind: 'not-found', message: 'gone' } }),
    listRecent: () => ok([]),
    save: (token, text) =>
      ok({
        token,
        name: 'x.causeway.json',
        text,
        document: loadScenario(text).document!,
        revision: 1,
        savedAt: '2026-01-01T00:00:00Z',
      }),
    saveAs: (name, text) =>
      ok({
        token: 't1',
        name,
        text,
        document: loadScenario(text).document!,
        revision: 1,
        savedAt: '2026-01-01T00:00:00Z',
      }),
    cutHistory: () => Promise.resolve({ ok: false, error: { kind: 'not-found', message: 'gone' } }),
    exportText: (name) => ok({ name }),
    saveBinary: (name) => ok({ name }),
    printToPdf: (name) => ok({ name }),
    autosave: () => ok(null),
    listRecovery: () => ok([]),
    discardRecovery: () => ok(null),
    setDocumentState: () => ok(null),
    onMenuCommand: () => () => undefined,
    onOpenFile: () => () => undefined,
    ...overrides,
  };
}

export function renderWithStore(
  ui: ReactNode,
  store: CausewayStore = createCauswayStore(exampleDoc()),
  platform: PlatformApi = fakePlatform(),
) {
  return {
    store,
    ...render(
      <CausewayProvider store={store} platform={platform}>
        {ui}
      </CausewayProvider>,
    ),
  };
}
