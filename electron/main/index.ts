/**
 * Electron main: thin wiring of the plain modules beside it (menu template, title, argv, protocol,
 * IPC wrapper, main API, file services). Everything with logic is tested under Node; this file only
 * connects it to Electron, which cannot start on the build machines.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { MenuCommand } from '../../renderer/platform/contract.ts';
import { createMainApi } from '../ipc/mainApi.ts';
import { registerHandlers, sendEvent } from '../ipc/registerHandlers.ts';
import { createSafeIpc } from '../ipc/safeIpc.ts';
import { FileTokens } from '../../node/fileTokens.ts';
import { RecentFilesStore } from '../../node/recentFiles.ts';
import { Autosaver, RecoveryStore } from '../../node/recovery.ts';
import { APP_ENTRY, APP_SCHEME, RESPONSE_HEADERS, resolveAppRequest } from './appProtocol.ts';
import { confirmPrompt, type LinkDecision } from './externalLinks.ts';
import { hardenContents } from './navigation.ts';
import { WEB_PREFERENCES } from './windowOptions.ts';
import { filesFromArgv } from './argv.ts';
import { buildMenuTemplate } from './menuTemplate.ts';
import { createCloseFlow } from './closeFlow.ts';
import { windowTitle } from './windowTitle.ts';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let workshopMode = false;
  const pendingFiles: string[] = filesFromArgv(process.argv, process.cwd(), app.isPackaged);
  const dataDir = app.getPath('userData');
  const tokens = new FileTokens();
  const recent = new RecentFilesStore(dataDir);
  const recovery = new RecoveryStore(dataDir);
  const autosaver = new Autosaver(recovery);
  const untitledKey = randomUUID();
  const closeFlow = createCloseFlow({
    close: () => window?.close(),
    requestSave: () => sendCommand('file.save'),
    ask: (prompt) => dialog.showMessageBoxSync(window!, { type: 'warning', ...prompt }),
  });

  const api = createMainApi({
    tokens,
    recent,
    recovery,
    autosaver,
    untitledKey,
    now: () => new Date().toISOString(),
    dialogs: {
      async chooseFileToOpen() {
        const r = await dialog.showOpenDialog(window!, {
          properties: ['openFile'],
          filters: [{ name: 'Causeway scenarios', extensions: ['causeway.json', 'json'] }],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      async chooseSaveLocation(suggestedName, filter) {
        const r = await dialog.showSaveDialog(window!, { defaultPath: suggestedName, filters: [filter] });
        return r.canceled ? null : (r.filePath ?? null);
      },
    },
    async printPage() {
      if (!window) throw new Error('there is no window');
      // The page's @page rules set the size, margins and page numbers (the report's print stylesheet).
      return new Uint8Array(await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
    },
    setDocumentState(next) {
      if (window) {
        const t = windowTitle(next, process.platform);
        window.setTitle(t.title);
        window.setDocumentEdited(t.documentEdited);
      }
      closeFlow.setDocumentState(next);
    },
  });
  // A Save chosen when closing ends with the save: a failed or cancelled one keeps the window.
  const savingApi: typeof api = {
    ...api,
    save: async (...args) => {
      const result = await api.save(...args);
      closeFlow.onSaveFinished(result.ok);
      return result;
    },
    saveAs: async (...args) => {
      const result = await api.saveAs(...args);
      closeFlow.onSaveFinished(result.ok);
      return result;
    },
  };

  const sendCommand = (command: MenuCommand) => sendEvent(window?.webContents, 'onMenuCommand', command);
  const openInWindow = async (path: string) => {
    const opened = await api.openPath(path);
    if (opened.ok) sendEvent(window?.webContents, 'onOpenFile', opened.value);
    else dialog.showErrorBox(`Could not open ${basename(path)}`, opened.error.message);
    await refreshMenu();
    return opened.ok ? { ok: true as const, value: null } : opened;
  };

  async function refreshMenu(): Promise<void> {
    const list = await recent.read();
    const template = buildMenuTemplate(
      {
        platform: process.platform,
        appName: app.getName(),
        workshopMode,
        recent: list.map((e) => ({ name: basename(e.path), token: tokens.issue(e.path) })),
      },
      {
        command: (c) => {
          if (c === 'view.workshop') workshopMode = !workshopMode;
          sendCommand(c);
        },
        openRecent: (token) => {
          const entry = tokens.resolve(token);
          if (entry) void openInWindow(entry.path);
        },
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  registerHandlers(createSafeIpc(ipcMain, { log: (m) => console.warn(m) }), savingApi);

  /** Opens a link outside the app as the policy decides: at once, after asking, or not at all. */
  async function openExternal(decision: LinkDecision): Promise<void> {
    if (decision.action === 'refuse') return;
    if (decision.action === 'confirm') {
      const prompt = confirmPrompt(decision);
      const options = { type: 'question' as const, defaultId: 1, cancelId: 1, ...prompt };
      const answer = await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      if (answer.response !== 0) return;
    }
    await shell.openExternal(decision.url);
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of filesFromArgv(argv, workingDirectory, app.isPackaged)) void openInWindow(path);
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  // macOS delivers double-clicked files this way, possibly before the window exists.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (window) {
      void openInWindow(path);
      return;
    }
    pendingFiles.push(path);
    // The app runs without a window (macOS, after closing it): open one, which opens the file.
    if (app.isReady()) createWindow();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, {
      openExternal: (decision) => void openExternal(decision),
      openDroppedFile: (path) => void openInWindow(path),
      refuseDroppedFile: (name) =>
        dialog.showErrorBox(
          `Could not open ${name}`,
          'Only scenario files (.causeway.json) can be dropped on the window.',
        ),
    });
  });

  function createWindow(): void {
    window = new BrowserWindow({
      width: 1400,
      height: 900,
      show: false,
      title: windowTitle(closeFlow.state(), process.platform).title,
      webPreferences: { ...WEB_PREFERENCES, preload: join(import.meta.dirname, '../preload/index.cjs') },
    });
    window.once('ready-to-show', () => window?.show());
    window.on('close', (event) => {
      if (!closeFlow.onCloseRequested()) event.preventDefault();
    });
    window.on('closed', () => {
      // A clean close: this session's unsaved copies are no longer needed (the user saved or chose
      // not to); work an earlier session left stays until the user recovers or discards it. After
      // the page crashed, its autosaved work is kept for the next start.
      if (closeFlow.mayClearRecovery()) void autosaver.clearAll();
      window = null;
    });
    window.webContents.once('did-finish-load', () => {
      for (const path of pendingFiles.splice(0)) void openInWindow(path);
    });
    window.webContents.on('did-finish-load', () => closeFlow.onPageLoaded());
    // The page crashed or was killed: its edits survive only as the autosaved copy. Write what is
    // pending, then reload, so that the recovery banner offers that work at once.
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      closeFlow.onPageGone();
      void autosaver.flushAll().then(() => {
        if (!window || window.isDestroyed()) return;
        dialog.showErrorBox(
          'Causeway stopped unexpectedly',
          `The window stopped (${details.reason}). Your unsaved work up to its last autosave has been kept; Causeway will reload and offer to recover it.`,
        );
        window.webContents.reload();
      });
    });
    void window.loadURL(APP_ENTRY);
  }

  void app.whenReady().then(async () => {
    const rendererDir = join(import.meta.dirname, '../renderer');
    protocol.handle(APP_SCHEME, async (request) => {
      const resolved = resolveAppRequest(request.url, rendererDir);
      if (!resolved.ok) return new Response(null, { status: resolved.status, headers: RESPONSE_HEADERS });
      const response = await net.fetch(pathToFileURL(resolved.file).toString()).catch(() => null);
      if (!response || !response.ok) return new Response(null, { status: 404, headers: RESPONSE_HEADERS });
      return new Response(response.body, {
        status: 200,
        headers: { ...RESPONSE_HEADERS, 'Content-Type': resolved.mimeType },
      });
    });
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    await refreshMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('before-quit', () => void autosaver.flushAll());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
