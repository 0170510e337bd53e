import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../renderer/platform/contract.ts';
import { buildMenuTemplate } from '../../electron/main/menuTemplate.ts';
import { closeChoice, closeDecision, unsavedChangesPrompt, windowTitle } from '../../electron/main/windowTitle.ts';
import { filesFromArgv } from '../../electron/main/argv.ts';
import { createCloseFlow } from '../../electron/main/closeFlow.ts';
import { CONTENT_SECURITY_POLICY, isAppUrl, resolveAppRequest } from '../../electron/main/appProtocol.ts';

function flatten(
  items: MenuItemConstructorOptions[],
  trail = '',
): Array<MenuItemConstructorOptions & { trail: string }> {
  return items.flatMap((item) => {
    const here = `${trail}${item.label ?? item.role ?? ''}`;
    const sub = Array.isArray(item.submenu) ? flatten(item.submenu, `${here} > `) : [];
    return [{ ...item, trail: here }, ...sub];
  });
}

describe('menu template', () => {
  const sent: string[] = [];
  const opened: string[] = [];
  const template = (platform: NodeJS.Platform) =>
    buildMenuTemplate(
      { platform, appName: 'Causeway', workshopMode: false, recent: [{ name: 'gm.causeway.json', token: 'tok1' }] },
      { command: (c) => sent.push(c), openRecent: (t) => opened.push(t) },
    );

  it('has the File, Edit, View and Help items with standard accelerators', () => {
    const items = flatten(template('linux'));
    const accel = (trail: string) => items.find((i) => i.trail === trail)?.accelerator;
    expect(template('linux').map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(accel('&File > New for an Area…')).toBe('CmdOrCtrl+N');
    expect(accel('&File > Open…')).toBe('CmdOrCtrl+O');
    expect(accel('&File > Save')).toBe('CmdOrCtrl+S');
    expect(accel('&File > Save As…')).toBe('CmdOrCtrl+Shift+S');
    expect(accel('&File > Close')).toBe('CmdOrCtrl+W');
    expect(accel('&Edit > Undo')).toBe('CmdOrCtrl+Z');
    expect(accel('&Edit > Redo')).toBe('Ctrl+Y');
    expect(accel('&Edit > cut')).toBe('CmdOrCtrl+X');
    expect(accel('&Edit > copy')).toBe('CmdOrCtrl+C');
    expect(accel('&Edit > paste')).toBe('CmdOrCtrl+V');
    expect(accel('&View > zoomIn')).toBe('CmdOrCtrl+=');
    expect(items.some((i) => i.trail === '&File > New from Example…')).toBe(true);
    expect(items.some((i) => i.trail === '&File > Save Milestone…')).toBe(true);
    expect(items.some((i) => i.trail === '&File > Export Results as CSV…')).toBe(true);
    expect(accel('&File > Export Report…')).toBe('CmdOrCtrl+Shift+E');
    expect(items.some((i) => i.trail === '&View > Workshop Mode')).toBe(true);
    expect(items.some((i) => i.trail === '&Help > Method Note')).toBe(true);
    expect(items.some((i) => i.trail === '&Help > About Causeway')).toBe(true);
  });

  it('sends every menu command the contract lists, and opens recent files by token', () => {
    sent.length = 0;
    for (const item of flatten(template('linux'))) (item.click as (() => void) | undefined)?.();
    expect(new Set(sent)).toEqual(new Set<MenuCommand>(MENU_COMMANDS));
    expect(opened).toEqual(['tok1']);
  });

  it('gives no two items the same accelerator', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = flatten(template(platform)).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
      expect(accelerators.length).toBeGreaterThan(10);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('follows macOS conventions there', () => {
    const mac = template('darwin');
    expect(mac[0]!.label).toBe('Causeway');
    expect(flatten(mac).find((i) => i.trail === '&Edit > Redo')?.accelerator).toBe('Cmd+Shift+Z');
    expect(flatten(mac).some((i) => i.trail === '&Help > About Causeway')).toBe(false);
  });
});

describe('window title and closing', () => {
  it('shows the file and a modified mark', () => {
    expect(windowTitle({ name: 'gm.causeway.json', modified: false }, 'linux')).toEqual({
      title: 'gm.causeway.json — Causeway',
      documentEdited: false,
    });
    expect(windowTitle({ name: 'gm.causeway.json', modified: true }, 'win32')).toEqual({
      title: '● gm.causeway.json — Causeway',
      documentEdited: true,
    });
    expect(windowTitle({ name: null, modified: true }, 'darwin')).toEqual({
      title: 'Untitled scenario — Causeway',
      documentEdited: true,
    });
  });

  it('asks before closing unsaved work', () => {
    expect(closeDecision({ name: 'a', modified: false })).toEqual({ kind: 'close' });
    expect(closeDecision({ name: 'a', modified: true })).toEqual({ kind: 'ask' });
    const prompt = unsavedChangesPrompt({ name: 'gm.causeway.json', modified: true });
    expect(prompt.message).toBe('Do you want to save the changes you made to gm.causeway.json?');
    expect(prompt.buttons.map((_, i) => closeChoice(i))).toEqual(['save', 'discard', 'cancel']);
  });
});

describe('argv parsing', () => {
  it('takes scenario files only, resolved against the working folder', () => {
    expect(
      filesFromArgv(
        ['/opt/Causeway/causeway', 'gm.causeway.json', '--no-sandbox', '/data/b.causeway.json', 'notes.txt'],
        '/home/me',
        true,
      ),
    ).toEqual(['/home/me/gm.causeway.json', '/data/b.causeway.json']);
    // Development: electron binary and app folder first.
    expect(filesFromArgv(['/x/electron', '.', 'a.causeway.json'], '/w', false)).toEqual(['/w/a.causeway.json']);
    expect(
      filesFromArgv(['/app', '--', '-odd.causeway.json', 'a.causeway.json', 'a.causeway.json'], '/w', true),
    ).toEqual(['/w/-odd.causeway.json', '/w/a.causeway.json']);
    expect(filesFromArgv(['/app', 'file:///data/My%20Plan.causeway.json'], '/w', true)).toEqual([
      '/data/My Plan.causeway.json',
    ]);
    expect(filesFromArgv(['/app'], '/w', true)).toEqual([]);
  });
});

describe('app protocol', () => {
  it('serves files under the renderer folder only', () => {
    expect(resolveAppRequest('app://causeway/index.html', '/r')).toEqual({
      ok: true,
      file: '/r/index.html',
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://causeway/', '/r')).toEqual(
      expect.objectContaining({ ok: true, file: '/r/index.html' }),
    );
    expect(resolveAppRequest('app://causeway/assets/a.js', '/r')).toEqual(
      expect.objectContaining({ mimeType: 'text/javascript; charset=utf-8' }),
    );
    expect(resolveAppRequest('app://causeway/..%2f..%2fetc/passwd', '/r')).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('app://elsewhere/index.html', '/r')).toEqual({ ok: false, status: 403 });
  });

  it('has a strict CSP and knows its own origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    expect(isAppUrl('app://causeway/index.html#x')).toBe(true);
    expect(isAppUrl('https://causeway/')).toBe(false);
  });
});

describe('close flow', () => {
  function flow(answer: number) {
    const events: string[] = [];
    const f = createCloseFlow({
      close: () => events.push('close'),
      requestSave: () => events.push('save'),
      ask: () => (events.push('ask'), answer),
    });
    return { f, events };
  }

  it('closes at once when nothing is unsaved, and after a successful Save when asked', () => {
    const { f, events } = flow(0);
    expect(f.onCloseRequested()).toBe(true);
    f.setDocumentState({ name: 'a.causeway.json', modified: true });
    expect(f.onCloseRequested()).toBe(false);
    expect(events).toEqual(['ask', 'save']);
    f.onSaveFinished(true);
    f.setDocumentState({ name: 'a.causeway.json', modified: false });
    expect(events).toEqual(['ask', 'save', 'close']);
  });

  it('does not close the window after a later save when the Save chosen at close failed', () => {
    const { f, events } = flow(0);
    f.setDocumentState({ name: null, modified: true });
    expect(f.onCloseRequested()).toBe(false);
    // The save dialog was cancelled (or the disk was full): the window stays and the user works on.
    f.onSaveFinished(false);
    f.setDocumentState({ name: 'later.causeway.json', modified: false });
    expect(events).toEqual(['ask', 'save']);
  });

  it('after the page crashed: closes without asking the dead page to save, and keeps the recovery copy', () => {
    const { f, events } = flow(0);
    f.setDocumentState({ name: 'a.causeway.json', modified: true });
    expect(f.mayClearRecovery()).toBe(true);
    f.onPageGone();
    expect(f.onCloseRequested()).toBe(true);
    expect(events).toEqual([]);
    expect(f.mayClearRecovery()).toBe(false);
    // Reloaded: new unsaved edits are asked about again; the crashed session's copy still stays.
    f.onPageLoaded();
    f.setDocumentState({ name: null, modified: true });
    expect(f.onCloseRequested()).toBe(false);
    expect(events).toEqual(['ask', 'save']);
    expect(f.mayClearRecovery()).toBe(false);
  });

  it("Don't Save closes; Cancel keeps the window", () => {
    expect(flow(1).f.onCloseRequested()).toBe(true);
    const cancel = flow(2);
    cancel.f.setDocumentState({ name: null, modified: true });
    expect(cancel.f.onCloseRequested()).toBe(false);
    expect(cancel.events).toEqual(['ask']);
  });
});
