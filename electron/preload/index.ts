/**
 * Preload (sandboxed, bundled to CommonJS): exposes exactly one object, `window.causeway`. It
 * imports Electron's sandbox modules and the platform map (names and zod shapes) only: no Node
 * modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import type { PlatformApi } from '../../renderer/platform/contract.ts';
import { createPreloadApi } from './api.ts';

// The preload only checks small event payloads: without zod's compiled fast path it never probes
// `new Function`, which a strict content security policy would report even though zod catches it.
z.config({ jitless: true });

const api: PlatformApi = createPreloadApi({
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on: (channel, listener) => {
    const wrapped = (_event: unknown, ...args: unknown[]) => listener(...args);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
});

contextBridge.exposeInMainWorld('causeway', api);

// Files dropped on the window are not handled here: the drop becomes a navigation to the file,
// which main catches (electron/main/navigation.ts), so no path ever passes through the page.
