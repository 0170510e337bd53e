import { describe, expect, it, vi } from 'vitest';
import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  type PlatformApi,
  type PlatformResult,
} from '../../renderer/platform/contract.ts';
import { IPC_ARGUMENTS } from '../../electron/ipcSchemas.ts';
import { createSafeIpc, type IpcEventLike } from '../../electron/ipc/safeIpc.ts';
import { registerHandlers } from '../../electron/ipc/registerHandlers.ts';
import { createPreloadApi } from '../../electron/preload/api.ts';
import type { MainApi } from '../../electron/ipc/mainApi.ts';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return { handlers, handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) };
}

const fromApp: IpcEventLike = { senderFrame: { url: 'app://causeway/index.html' } };

describe('the IPC wrapper', () => {
  it('refuses calls from frames that are not the app', async () => {
    const main = fakeIpcMain();
    const handler = vi.fn(async () => ({ ok: true as const, value: 1 }));
    createSafeIpc(main).handle('c', IPC_ARGUMENTS.listRecent, handler);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'not a url']) {
      const result = (await main.handlers.get('c')!({ senderFrame: { url } })) as PlatformResult<number>;
      expect(result).toEqual({
        ok: false,
        error: { kind: 'invalid', message: expect.stringContaining('did not come from Causeway') },
      });
    }
    expect(await main.handlers.get('c')!({ senderFrame: null })).toEqual(expect.objectContaining({ ok: false }));
    expect(handler).not.toHaveBeenCalled();
    expect(await main.handlers.get('c')!(fromApp)).toEqual({ ok: true, value: 1 });
  });

  it('refuses malformed arguments before the handler runs', async () => {
    const main = fakeIpcMain();
    const handler = vi.fn(async () => ({ ok: true as const, value: null }));
    createSafeIpc(main).handle('save', IPC_ARGUMENTS.save, handler);
    const call = (...args: unknown[]) => main.handlers.get('save')!(fromApp, ...args) as Promise<PlatformResult<null>>;
    for (const args of [
      [],
      ['t'],
      [1, 'text', {}],
      ['t', 'text', { note: 5 }],
      ['t', 'text', { extra: true }],
      ['t', 'text', {}, 'more'],
      ['', 'text', {}],
      ['t', { path: '/etc' }, {}],
    ]) {
      const r = await call(...args);
      expect(r.ok === false && r.error.kind).toBe('invalid');
    }
    expect(handler).not.toHaveBeenCalled();
    expect(await call('t', 'text', { note: 'n' })).toEqual({ ok: true, value: null });
    expect(handler).toHaveBeenCalledWith(fromApp, 't', 'text', { note: 'n' });
  });

  it('returns exceptions as data and refuses a second registration', async () => {
    const main = fakeIpcMain();
    const ipc = createSafeIpc(main, { log: () => undefined });
    ipc.handle('boom', IPC_ARGUMENTS.listRecent, async () => {
      throw new Error('disk on fire');
    });
    expect(await main.handlers.get('boom')!(fromApp)).toEqual({
      ok: false,
      error: { kind: 'internal', message: expect.stringContaining('disk on fire') },
    });
    expect(() => ipc.handle('boom', IPC_ARGUMENTS.listRecent, async () => ({ ok: true, value: null }))).toThrow(
      /twice/,
    );
  });

  it('registers every invoke channel with its schema, and only those', async () => {
    const main = fakeIpcMain();
    const calls: string[] = [];
    const api = new Proxy(
      {},
      { get: (_t, name: string) => async () => (calls.push(name), { ok: true, value: null }) },
    ) as unknown as MainApi;
    registerHandlers(createSafeIpc(main), api, async () => ({ ok: true, value: null }));
    const invokeChannels = Object.entries(IPC_CHANNELS)
      .filter(([k]) => k !== 'menuCommand' && k !== 'openFileEvent')
      .map(([, c]) => c);
    expect([...main.handlers.keys()].sort()).toEqual(invokeChannels.sort());
    expect(await main.handlers.get(IPC_CHANNELS.openRecent)!(fromApp, 'tok')).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['openRecent']);
    const dropped = (await main.handlers.get(IPC_CHANNELS.dropFile)!(
      fromApp,
      '/home/me/notes.txt',
    )) as PlatformResult<null>;
    expect(dropped.ok).toBe(false);
  });
});

describe('the preload API', () => {
  // Compile-time completeness: adding a member to PlatformApi without listing it here fails tsc.
  const MEMBERS = {
    kind: true,
    openFile: true,
    openRecent: true,
    listRecent: true,
    save: true,
    saveAs: true,
    exportText: true,
    autosave: true,
    listRecovery: true,
    discardRecovery: true,
    setDocumentState: true,
    onMenuCommand: true,
    onOpenFile: true,
  } satisfies Record<keyof PlatformApi, true>;

  function makeApi() {
    const invoked: unknown[][] = [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const api = createPreloadApi({
      invoke: async (channel, ...args) => (invoked.push([channel, ...args]), { ok: true, value: null }),
      on: (channel, listener) => (listeners.set(channel, listener), () => listeners.delete(channel)),
    });
    return { api, invoked, listeners };
  }

  it('has every PlatformApi member and nothing else, frozen', () => {
    const { api } = makeApi();
    expect(Object.keys(api).sort()).toEqual(Object.keys(MEMBERS).sort());
    expect(api.kind).toBe('electron');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its channel with its arguments', async () => {
    const { api, invoked } = makeApi();
    await api.openFile();
    await api.openRecent('t1');
    await api.listRecent();
    await api.save('t1', 'text', { note: 'n' });
    await api.saveAs('a.causeway.json', 'text', {});
    await api.exportText('a.csv', 'x,y');
    await api.autosave(null, null, 'text');
    await api.listRecovery();
    await api.discardRecovery('abc');
    await api.setDocumentState({ name: 'a', modified: true });
    expect(invoked).toEqual([
      [IPC_CHANNELS.openFile],
      [IPC_CHANNELS.openRecent, 't1'],
      [IPC_CHANNELS.listRecent],
      [IPC_CHANNELS.save, 't1', 'text', { note: 'n' }],
      [IPC_CHANNELS.saveAs, 'a.causeway.json', 'text', {}],
      [IPC_CHANNELS.exportText, 'a.csv', 'x,y'],
      [IPC_CHANNELS.autosave, null, null, 'text'],
      [IPC_CHANNELS.listRecovery],
      [IPC_CHANNELS.discardRecovery, 'abc'],
      [IPC_CHANNELS.setDocumentState, { name: 'a', modified: true }],
    ]);
    // Every invoke channel the schemas know is reachable from the API.
    expect(new Set(invoked.map((c) => c[0]))).toEqual(
      new Set(Object.keys(IPC_ARGUMENTS).map((k) => IPC_CHANNELS[k as keyof typeof IPC_ARGUMENTS])),
    );
  });

  it('passes on known menu commands only, and unsubscribes', () => {
    const { api, listeners } = makeApi();
    const got: string[] = [];
    const off = api.onMenuCommand((c) => got.push(c));
    listeners.get(IPC_CHANNELS.menuCommand)!('file.save');
    listeners.get(IPC_CHANNELS.menuCommand)!('rm -rf');
    expect(got).toEqual(['file.save']);
    off();
    expect(listeners.has(IPC_CHANNELS.menuCommand)).toBe(false);
    expect(MENU_COMMANDS).toContain('file.save');
  });
});

describe('suggested file names', () => {
  it('are names, never paths that would steer the save dialog to another folder', () => {
    for (const name of [
      '../../.bashrc',
      '/etc/cron.d/x.csv',
      'C:\\Users\\me\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.csv',
      '..',
      'a\0b.csv',
    ]) {
      expect(IPC_ARGUMENTS.exportText.safeParse([name, 'text']).success).toBe(false);
      expect(IPC_ARGUMENTS.saveAs.safeParse([name, 'text', {}]).success).toBe(false);
    }
    expect(IPC_ARGUMENTS.exportText.safeParse(['scenario-comparison.csv', 'text']).success).toBe(true);
    expect(IPC_ARGUMENTS.saveAs.safeParse(['Greater Manchester (draft).causeway.json', 'text', {}]).success).toBe(true);
  });
});
