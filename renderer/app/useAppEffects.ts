/**
 * Side effects of the whole app: keyboard shortcuts, native menu commands, the window title and
 * modified mark, autosave for recovery, and the unsaved-changes prompt when the tab closes.
 */
import { useEffect } from 'react';
import { serialiseScenario } from '../engine.ts';
import { isModified } from '../store/createStore.ts';
import { useCauseway, useCauswayStore, usePlatform } from '../store/context.tsx';
import type { FileCommands } from './useFileCommands.ts';
import type { MenuCommand } from '../platform/contract.ts';
import { leaveWorkshop } from '../workshop/leaveWorkshop.ts';
import { projectionFor } from '../store/derived.ts';
import { resultsCsv } from '../results/ResultsTable.tsx';

const AUTOSAVE_MS = 5000;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface AppActions {
  newDocument(): void;
  search(): void;
  /** Opens the dialog that names a milestone before saving it. */
  saveMilestone(): void;
  /** Opens the report export panel (File > Export Report…, Ctrl+Shift+E). */
  exportReport(): void;
}

export function useAppEffects(files: FileCommands, actions: AppActions): void {
  const store = useCauswayStore();
  const platform = usePlatform();
  const modified = useCauseway((s) => isModified(s));
  const name = useCauseway((s) => s.file.name);

  useEffect(() => {
    void platform.setDocumentState({ name, modified });
  }, [platform, name, modified]);

  // Menu commands and shortcuts share one dispatcher so they cannot drift apart.
  useEffect(() => {
    const run = (command: MenuCommand) => {
      const state = store.getState();
      switch (command) {
        case 'file.open':
          return void files.open();
        case 'file.save':
          return void files.save();
        case 'file.save-as':
          return void files.saveAs();
        case 'file.save-milestone':
          return actions.saveMilestone();
        case 'file.new-for-area':
        case 'file.new-from-example':
        case 'file.close':
          return actions.newDocument();
        case 'file.export-csv': {
          // The shown scenario's results by year, as the Results view's Export CSV button writes them.
          const projection = projectionFor(state.doc, state.scenarioId);
          // A model that does not run has nothing to export: the Results view says why.
          if (!projection.ok) return state.setView('results');
          return void files.exportCsv(`${state.scenarioId}-results.csv`, resultsCsv(state.doc, projection.value));
        }
        case 'file.export-report':
          // The panel belongs to the toolbar, which workshop mode hides: leave it first (it asks).
          if (state.workshop) leaveWorkshop(store);
          return store.getState().workshop ? undefined : actions.exportReport();
        case 'edit.undo':
          return store.temporal.getState().undo();
        case 'edit.redo':
          return store.temporal.getState().redo();
        case 'view.workshop':
          return state.workshop ? leaveWorkshop(store) : state.setWorkshop(true);
        case 'help.method':
          return state.setView('method');
        case 'help.shortcuts':
          return state.setShortcuts(true);
        case 'help.about': {
          state.setView('method');
          // After the view renders, bring the About section into sight.
          return void requestAnimationFrame(() => document.getElementById('about')?.scrollIntoView());
        }
      }
    };
    const unsubscribe = platform.onMenuCommand(run);
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 's') {
        e.preventDefault();
        // The desktop menu's accelerator sends the same command; the dialog opens once either way.
        if (e.altKey) return run('file.save-milestone');
        return run(e.shiftKey ? 'file.save-as' : 'file.save');
      }
      if (mod && key === 'e') {
        e.preventDefault();
        return run(e.shiftKey ? 'file.export-report' : 'file.export-csv');
      }
      if (mod && key === 'o') {
        e.preventDefault();
        return run('file.open');
      }
      if (mod && key === 'n') {
        e.preventDefault();
        return actions.newDocument();
      }
      if (mod && key === 'f') {
        e.preventDefault();
        return actions.search();
      }
      if (e.key === 'F1') {
        e.preventDefault();
        return run('help.method');
      }
      if (e.key === '?' && !mod && !isTextField(e.target) && !store.getState().shortcuts) {
        e.preventDefault();
        return run('help.shortcuts');
      }
      // Esc closes the shortcut list or a dialog (the dialog handles it) before it leaves workshop mode.
      const inDialog = e.target instanceof Element && e.target.closest('dialog[open]') !== null;
      if (e.key === 'Escape' && store.getState().workshop && !store.getState().shortcuts && !inDialog)
        return leaveWorkshop(store);
      if (mod && (key === 'z' || key === 'y')) {
        // Inside a text field the browser's own undo edits the field's text; elsewhere, the document.
        if (isTextField(e.target)) return;
        e.preventDefault();
        return run(key === 'y' || e.shiftKey ? 'edit.redo' : 'edit.undo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [store, platform, files, actions]);

  useEffect(() => {
    const unsubscribe = platform.onOpenFile((file) => {
      if (files.confirmDiscard()) files.openText(file.text, { token: file.token, name: file.name });
    });
    return unsubscribe;
  }, [platform, files]);

  // Autosave unsaved work a few seconds after the last edit, for recovery after a crash.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc === previous.doc || !isModified(state)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const s = store.getState();
        if (isModified(s)) void platform.autosave(s.file.token, s.file.name, serialiseScenario(s.doc));
      }, AUTOSAVE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, platform]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!isModified(store.getState())) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
