/**
 * The object the preload exposes as `window.causeway`, built from an invoke function and a
 * subscribe function so that it can be checked under Node: every PlatformApi member, nothing else.
 */
import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  type MenuCommand,
  type OpenedFile,
  type PlatformApi,
} from '../../renderer/platform/contract.ts';

export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** Subscribes to a main-to-renderer channel; returns the unsubscribe function. */
  on(channel: string, listener: (...args: unknown[]) => void): () => void;
}

export function createPreloadApi(ipc: PreloadIpc): PlatformApi {
  const call = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;
  const api: PlatformApi = {
    kind: 'electron',
    openFile: () => call(IPC_CHANNELS.openFile),
    openRecent: (token) => call(IPC_CHANNELS.openRecent, token),
    listRecent: () => call(IPC_CHANNELS.listRecent),
    save: (token, text, options) => call(IPC_CHANNELS.save, token, text, options),
    saveAs: (suggestedName, text, options) => call(IPC_CHANNELS.saveAs, suggestedName, text, options),
    exportText: (suggestedName, text) => call(IPC_CHANNELS.exportText, suggestedName, text),
    autosave: (token, name, text) => call(IPC_CHANNELS.autosave, token, name, text),
    listRecovery: () => call(IPC_CHANNELS.listRecovery),
    discardRecovery: (id) => call(IPC_CHANNELS.discardRecovery, id),
    setDocumentState: (state) => call(IPC_CHANNELS.setDocumentState, state),
    onMenuCommand: (listener) =>
      ipc.on(IPC_CHANNELS.menuCommand, (command) => {
        // Only known commands reach the page, whatever arrives on the channel.
        if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
      }),
    onOpenFile: (listener) => ipc.on(IPC_CHANNELS.openFileEvent, (file) => listener(file as OpenedFile)),
  };
  // Frozen: the page cannot swap a method for one that calls other channels.
  return Object.freeze(api);
}
