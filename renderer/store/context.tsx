/**
 * Provider and selector hooks. Components read the store only through these, with selectors defined
 * at module level (or memoised), so a keystroke in one panel re-renders only what depends on it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { CausewayState, CausewayStore } from './createStore.ts';
import type { ScenarioDocument } from '../engine.ts';
import type { PlatformApi } from '../platform/contract.ts';

const StoreContext = createContext<CausewayStore | null>(null);
const PlatformContext = createContext<PlatformApi | null>(null);

export function CausewayProvider({
  store,
  platform,
  children,
}: {
  store: CausewayStore;
  platform: PlatformApi;
  children: ReactNode;
}) {
  return (
    <StoreContext.Provider value={store}>
      <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>
    </StoreContext.Provider>
  );
}

export function useCauswayStore(): CausewayStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useCauseway must be used inside <CausewayProvider>.');
  return store;
}

export function useCauseway<T>(selector: (state: CausewayState) => T): T {
  return useStore(useCauswayStore(), selector);
}

export function useHistoryState<T>(selector: (state: TemporalState<{ doc: ScenarioDocument }>) => T): T {
  return useStore(useCauswayStore().temporal, selector);
}

export function usePlatform(): PlatformApi {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform must be used inside <CausewayProvider>.');
  return platform;
}

// Module-level selectors, so their identity is stable across renders.
export const selectDoc = (s: CausewayState) => s.doc;
export const selectEdit = (s: CausewayState) => s.edit;
export const selectScenarioId = (s: CausewayState) => s.scenarioId;
export const selectSelection = (s: CausewayState) => s.selection;
export const selectView = (s: CausewayState) => s.view;
export const selectWorkshop = (s: CausewayState) => s.workshop;
export const selectParameters = (s: CausewayState) => s.doc.parameters;
export const selectScenarios = (s: CausewayState) => s.doc.scenarios;
export const selectInterventions = (s: CausewayState) => s.doc.interventions;
export const selectSectors = (s: CausewayState) => s.doc.baseline.sectors;
export const selectLogicModel = (s: CausewayState) => s.doc.logicModel;
export const selectPrices = (s: CausewayState) => s.doc.prices;
