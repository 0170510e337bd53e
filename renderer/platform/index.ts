/**
 * Picks the platform at start-up: Electron's preload exposes `window.causeway`; anywhere else the
 * browser adapter stands in. The rest of the renderer only ever sees the PlatformApi interface.
 */
import type { PlatformApi } from './contract.ts';
import { createBrowserPlatform } from './browser.ts';

export function pickPlatform(): PlatformApi {
  const injected = (window as unknown as { causeway?: PlatformApi }).causeway;
  if (injected && typeof injected.openFile === 'function') return injected;
  // `?fs=download` turns off the File System Access API (automated tests cannot answer its dialogs).
  const fs = new URLSearchParams(window.location.search).get('fs');
  return createBrowserPlatform({ fileSystemAccess: fs !== 'download' });
}

export type { PlatformApi } from './contract.ts';
