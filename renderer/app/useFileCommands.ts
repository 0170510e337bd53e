/**
 * File commands (new, open, save, save as, export) as one hook, so the toolbar, the keyboard
 * shortcuts, the native menu and the start page all do exactly the same thing.
 */
import { useCallback, useMemo } from 'react';
import { loadScenario, outsideEditNotice, serialiseScenario, type ScenarioDocument } from '../engine.ts';
import { isModified } from '../store/createStore.ts';
import { useCauswayStore, usePlatform } from '../store/context.tsx';
import type { OpenedFile, SavedFile, SaveOptions } from '../platform/contract.ts';
import { savedByDownload } from '../platform/savedFile.ts';

/** The id autosave keeps unsaved work under (see platform.autosave): the file's token, or "untitled". */
export function recoveryIdFor(token: string | null): string {
  return token ?? 'untitled';
}

export interface FileCommands {
  openText(text: string, info: { token: string | null; name: string | null; keepAsModified?: boolean }): boolean;
  open(): Promise<void>;
  openRecent(token: string): Promise<void>;
  openDocument(doc: ScenarioDocument, name: string | null): void;
  save(options?: SaveOptions): Promise<boolean>;
  saveAs(options?: SaveOptions): Promise<boolean>;
  exportCsv(name: string, csv: string): Promise<void>;
  confirmDiscard(): boolean;
}

export function suggestedFileName(doc: ScenarioDocument): string {
  const stem =
    doc.meta.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'scenario';
  return `${stem}.causeway.json`;
}

export function useFileCommands(): FileCommands {
  const store = useCauswayStore();
  const platform = usePlatform();

  const confirmDiscard = useCallback(() => {
    if (!isModified(store.getState())) return true;
    return window.confirm('You have unsaved changes. Discard them?');
  }, [store]);

  const openText = useCallback(
    (text: string, info: { token: string | null; name: string | null; keepAsModified?: boolean }) => {
      const outcome = loadScenario(text);
      if (!outcome.document) {
        store
          .getState()
          .notify(
            'error',
            `${info.name ?? 'The file'} could not be opened. ${outcome.diagnostics.map((d) => d.message).join(' ')}`,
          );
        return false;
      }
      store
        .getState()
        .openDocument(
          outcome.document,
          { token: info.token, name: info.name, ...(info.keepAsModified ? { savedDoc: null } : {}) },
          outcome.diagnostics,
        );
      const migrated =
        'migratedFrom' in outcome && outcome.migratedFrom
          ? ` It was upgraded from schema version ${outcome.migratedFrom}; saving writes the current version.`
          : '';
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
      if (errors > 0)
        store
          .getState()
          .notify(
            'error',
            `${info.name ?? 'The file'} opened with ${errors} problem${errors === 1 ? '' : 's'}; see the Problems list.${migrated}`,
          );
      else if (migrated) store.getState().notify('info', migrated.trim());
      return true;
    },
    [store],
  );

  const handleOpened = useCallback(
    (file: OpenedFile) => {
      openText(file.text, { token: file.token, name: file.name });
    },
    [openText],
  );

  const open = useCallback(async () => {
    if (!confirmDiscard()) return;
    const result = await platform.openFile();
    if (result.ok) handleOpened(result.value);
    else if (result.error.kind !== 'cancelled') store.getState().notify('error', result.error.message);
  }, [confirmDiscard, platform, handleOpened, store]);

  const openRecent = useCallback(
    async (token: string) => {
      if (!confirmDiscard()) return;
      const result = await platform.openRecent(token);
      if (result.ok) handleOpened(result.value);
      else store.getState().notify('error', result.error.message);
    },
    [confirmDiscard, platform, handleOpened, store],
  );

  const openDocument = useCallback(
    (doc: ScenarioDocument, name: string | null) => {
      // A new or example document has no file yet: it counts as modified until saved somewhere.
      store.getState().openDocument(doc, { token: null, name, savedDoc: name === null ? null : doc });
    },
    [store],
  );

  const finishSave = useCallback(
    (saved: SavedFile, recoveryId: string) => {
      // The platform hands back the document the written text holds: no second parse of it here.
      store.getState().markSaved(saved.document, saved.token, saved.name);
      // A file changed outside Causeway since it was opened or last saved here is kept as a revision
      // of its own: say so, since older revisions can no longer be restored.
      const outside = outsideEditNotice(saved.document);
      store
        .getState()
        .notify(
          outside ? 'info' : 'success',
          (savedByDownload(saved)
            ? `Downloaded ${saved.name} (revision ${saved.revision}) to your browser’s downloads folder. Open that copy next time.`
            : `Saved ${saved.name} (revision ${saved.revision}).`) + (outside ? ` ${outside}` : ''),
        );
      // The autosave was kept under the token the work had before this save (none for an untitled
      // document), not the one the save handed back: discard that entry, or it is offered again.
      void platform.discardRecovery(recoveryId);
    },
    [platform, store],
  );

  const saveAs = useCallback(
    async (options: SaveOptions = {}) => {
      const state = store.getState();
      const recoveryId = recoveryIdFor(state.file.token);
      const result = await platform.saveAs(
        state.file.name ?? suggestedFileName(state.doc),
        serialiseScenario(state.doc),
        options,
      );
      if (!result.ok) {
        if (result.error.kind !== 'cancelled') state.notify('error', result.error.message);
        return false;
      }
      finishSave(result.value, recoveryId);
      return true;
    },
    [store, platform, finishSave],
  );

  const save = useCallback(
    async (options: SaveOptions = {}) => {
      const state = store.getState();
      if (!state.file.token) return saveAs(options);
      const result = await platform.save(state.file.token, serialiseScenario(state.doc), options);
      if (!result.ok) {
        if (result.error.kind === 'not-found') return saveAs(options);
        state.notify(
          'error',
          result.error.kind === 'conflict'
            ? `${result.error.message} Use Save as to keep your version.`
            : result.error.message,
        );
        return false;
      }
      finishSave(result.value, recoveryIdFor(state.file.token));
      return true;
    },
    [store, platform, saveAs, finishSave],
  );

  const exportCsv = useCallback(
    async (name: string, csv: string) => {
      const result = await platform.exportText(name, csv);
      if (result.ok) store.getState().notify('success', `Exported ${result.value.name}.`);
      else if (result.error.kind !== 'cancelled') store.getState().notify('error', result.error.message);
    },
    [platform, store],
  );

  return useMemo(
    () => ({ openText, open, openRecent, openDocument, save, saveAs, exportCsv, confirmDiscard }),
    [openText, open, openRecent, openDocument, save, saveAs, exportCsv, confirmDiscard],
  );
}
