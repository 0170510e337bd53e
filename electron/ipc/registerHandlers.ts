/**
 * Binds every PlatformApi call to its channel through the safe wrapper. Kept apart from the
 * Electron wiring so a test can check that each channel is registered with its schema.
 */
import { IPC_CHANNELS, type PlatformResult } from '../../renderer/platform/contract.ts';
import { DROP_FILE_ARGUMENTS, IPC_ARGUMENTS } from '../ipcSchemas.ts';
import { isScenarioPath } from '../main/argv.ts';
import type { MainApi } from './mainApi.ts';
import type { SafeIpc } from './safeIpc.ts';

export function registerHandlers(
  ipc: SafeIpc,
  api: MainApi,
  openDropped: (path: string) => Promise<PlatformResult<null>>,
): void {
  ipc.handle(IPC_CHANNELS.openFile, IPC_ARGUMENTS.openFile, () => api.openFile());
  ipc.handle(IPC_CHANNELS.openRecent, IPC_ARGUMENTS.openRecent, (_e, token) => api.openRecent(token));
  ipc.handle(IPC_CHANNELS.listRecent, IPC_ARGUMENTS.listRecent, () => api.listRecent());
  ipc.handle(IPC_CHANNELS.save, IPC_ARGUMENTS.save, (_e, token, text, options) => api.save(token, text, options));
  ipc.handle(IPC_CHANNELS.saveAs, IPC_ARGUMENTS.saveAs, (_e, name, text, options) => api.saveAs(name, text, options));
  ipc.handle(IPC_CHANNELS.exportText, IPC_ARGUMENTS.exportText, (_e, name, text) => api.exportText(name, text));
  ipc.handle(IPC_CHANNELS.autosave, IPC_ARGUMENTS.autosave, (_e, token, name, text) => api.autosave(token, name, text));
  ipc.handle(IPC_CHANNELS.listRecovery, IPC_ARGUMENTS.listRecovery, () => api.listRecovery());
  ipc.handle(IPC_CHANNELS.discardRecovery, IPC_ARGUMENTS.discardRecovery, (_e, id) => api.discardRecovery(id));
  ipc.handle(IPC_CHANNELS.setDocumentState, IPC_ARGUMENTS.setDocumentState, (_e, state) => api.setDocumentState(state));
  ipc.handle(IPC_CHANNELS.dropFile, DROP_FILE_ARGUMENTS, async (_e, path) => {
    if (!isScenarioPath(path))
      return {
        ok: false,
        error: { kind: 'invalid', message: 'Only scenario files (.causeway.json) can be dropped on the window.' },
      };
    return openDropped(path);
  });
}
