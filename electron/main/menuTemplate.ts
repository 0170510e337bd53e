/**
 * The native menu as plain data (a pure function, tested under Node); the wiring passes it to
 * Menu.buildFromTemplate. Items that act on the document send a MenuCommand to the renderer; the
 * clipboard and undo items use Electron's roles so text fields behave natively, except Undo/Redo,
 * which the renderer owns (its model history, not the text field's).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../renderer/platform/contract.ts';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Names of recent files, with the token that opens each. */
  recent: Array<{ name: string; token: string }>;
  workshopMode: boolean;
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(token: string): void;
}

export function buildMenuTemplate(context: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.command(command);
  const recent: MenuItemConstructorOptions[] =
    context.recent.length > 0
      ? context.recent.map((r) => ({ label: r.name, click: () => actions.openRecent(r.token) }))
      : [{ label: 'No recent files', enabled: false }];
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: context.appName,
      submenu: [
        { label: `About ${context.appName}`, click: send('help.about') },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'New for an Area…', accelerator: 'CmdOrCtrl+N', click: send('file.new-for-area') },
        { label: 'New from Example…', accelerator: 'CmdOrCtrl+Shift+N', click: send('file.new-from-example') },
        { type: 'separator' },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('file.open') },
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('file.save') },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('file.save-as') },
        { label: 'Save Milestone…', accelerator: 'CmdOrCtrl+Alt+S', click: send('file.save-milestone') },
        { type: 'separator' },
        { label: 'Export Results as CSV…', accelerator: 'CmdOrCtrl+E', click: send('file.export-csv') },
        { label: 'Export Report…', accelerator: 'CmdOrCtrl+Shift+E', click: send('file.export-report') },
        { type: 'separator' },
        { label: 'Close', accelerator: 'CmdOrCtrl+W', click: send('file.close') },
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Exit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('edit.undo') },
        { label: 'Redo', accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('edit.redo') },
        { type: 'separator' },
        { role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '&View',
      submenu: [
        {
          label: 'Workshop Mode',
          type: 'checkbox',
          checked: context.workshopMode,
          accelerator: 'F11',
          click: send('view.workshop'),
        },
        { type: 'separator' },
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        { label: 'Method Note', accelerator: 'F1', click: send('help.method') },
        { label: 'Keyboard Shortcuts', click: send('help.shortcuts') },
        ...(mac ? [] : [{ label: `About ${context.appName}`, click: send('help.about') }]),
      ],
    },
  );
  return template;
}
