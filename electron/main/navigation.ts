/**
 * What the window's contents may do besides showing the app: nothing. Navigations and redirects
 * away from app://causeway are refused, <webview> is refused, new windows are denied (their links
 * go through the external-link policy), and a navigation to a file:// URL in the main frame, which
 * is what dropping a file on the window causes (windowOptions.ts; the page itself cannot navigate
 * from app:// to file://, Chromium refuses that), opens the file if it is a scenario file, by main,
 * which hands the page a token as for any other open. Written against a small interface so that it
 * runs in tests without Electron.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppUrl } from './appProtocol.ts';
import { SCENARIO_EXTENSION } from './argv.ts';
import { externalLinkDecision, type LinkDecision } from './externalLinks.ts';

interface NavigationEvent {
  url?: string;
  isMainFrame?: boolean;
  preventDefault(): void;
}

/** The part of Electron's WebContents this uses. */
export interface ContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: NavigationEvent, url: string) => void,
  ): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationDeps {
  /** Acts on a link the page wanted to open outside the app. */
  openExternal(decision: LinkDecision): void;
  /** Opens a scenario file dropped on the window. */
  openDroppedFile(path: string): void;
  /** Tells the user a dropped file is not a scenario file. */
  refuseDroppedFile(name: string): void;
}

/** The path of a file dropped on the window, from the navigation the drop causes; else null. */
function droppedPath(url: string, event: NavigationEvent): string | null {
  if (!url.startsWith('file:') || event.isMainFrame === false) return null;
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

export function hardenContents(contents: ContentsLike, deps: NavigationDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    deps.openExternal(externalLinkDecision(url));
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const target = event.url ?? url;
    if (isAppUrl(target)) return;
    event.preventDefault();
    const path = droppedPath(target, event);
    if (path === null) return;
    if (path.toLowerCase().endsWith(SCENARIO_EXTENSION)) deps.openDroppedFile(path);
    else deps.refuseDroppedFile(basename(path));
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(event.url ?? url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
