/**
 * Applying "Cut the damaged history…": the platform cuts the file itself (main under the file's
 * lock, writing atomically and keeping a backup; the browser adapter the same way it saves), and the
 * cut file is then loaded in place of the one shown, as a reload would. The cut is done on the file
 * rather than on the document in memory because a save continues the history of the file as last
 * opened or saved (main's and the adapter's base), not the history the working document carries: a
 * cut made only in memory would be undone by the next save.
 */
import { useCallback } from 'react';
import { isModified } from '../store/createStore.ts';
import { useCauswayStore, usePlatform } from '../store/context.tsx';
import type { FileCommands } from '../app/useFileCommands.ts';
import { revisionsInWords } from './damage.ts';

export function useCutHistory(files: FileCommands): () => Promise<boolean> {
  const store = useCauswayStore();
  const platform = usePlatform();
  return useCallback(async () => {
    const state = store.getState();
    const { token } = state.file;
    // The banner offers the cut only for a saved file without unsaved changes (the reload would drop them).
    if (!token || isModified(state)) return false;
    const result = await platform.cutHistory(token);
    if (!result.ok) {
      if (result.error.kind !== 'cancelled') store.getState().notify('error', result.error.message);
      return false;
    }
    const { file, dropped, unreadable, cut, backupName, downloaded } = result.value;
    const scenarioId = state.scenarioId;
    if (!files.openText(file.text, { token: file.token, name: file.name })) return false;
    store.getState().selectScenario(scenarioId);
    if (!cut) {
      store
        .getState()
        .notify('info', `Every revision in the history of ${file.name} can be restored; nothing was cut.`);
      return true;
    }
    const what = [
      dropped.length > 0 ? `dropped ${revisionsInWords(dropped)}` : null,
      unreadable > 0 ? `${unreadable} unreadable record${unreadable === 1 ? '' : 's'}` : null,
    ]
      .filter((x) => x !== null)
      .join(' and ');
    const kept = downloaded
      ? `The browser cannot write to the file you opened, so the cut file was downloaded as ${file.name}; the file you opened is unchanged.`
      : backupName
        ? `The file as it was is kept as ${backupName}.`
        : '';
    store
      .getState()
      .notify('success', `Cut the history of ${file.name}: ${what || 'rewrote the current record'}. ${kept}`.trim());
    return true;
  }, [store, platform, files]);
}
