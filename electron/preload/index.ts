/**
 * Preload (sandboxed, bundled to CommonJS): exposes exactly one object, `window.causeway`, and
 * reports files dropped on the window, whose paths only the preload can see. It imports Electron's
 * sandbox modules and the platform map (names and zod shapes) only: no Node modules.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { z } from 'zod';
import { PLATFORM_CALLS, type PlatformApi } from '../../renderer/platform/contract.ts';
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

// Files dragged from the desktop: the page sees File objects without paths; the preload asks for
// each path and hands it to main, which opens it and answers on the open-file event.
window.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
window.addEventListener('drop', (event) => {
  const files = [...(event.dataTransfer?.files ?? [])];
  const paths = files.map((f) => webUtils.getPathForFile(f)).filter((p) => p.toLowerCase().endsWith('.json'));
  if (paths.length === 0) return;
  event.preventDefault();
  for (const path of paths) void ipcRenderer.invoke(PLATFORM_CALLS.dropFile.channel, path);
});
