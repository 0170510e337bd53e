import { describe, expect, it, vi } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import {
  checkArguments,
  IPC_CHANNELS,
  MAX_BINARY_BYTES,
  PLATFORM_CALLS,
  type PlatformApi,
  type PlatformHandlers,
  type PlatformResult,
} from '../../renderer/platform/contract.ts';
import { checkedPlatform } from '../../renderer/platform/checkedPlatform.ts';
import { createSafeIpc, type IpcEventLike } from '../../electron/ipc/safeIpc.ts';
import { registerHandlers, sendEvent } from '../../electron/ipc/registerHandlers.ts';
import { createPreloadApi } from '../../electron/preload/api.ts';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return { handlers, handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) };
}

const fromApp: IpcEventLike = { senderFrame: { url: 'app://causeway/index.html' } };
const callsOf = (kinds: string[]) =>
  Object.entries(PLATFORM_CALLS)
    .filter(([, c]) => kinds.includes(c.kind))
    .map(([name]) => name)
    .sort();

describe('the platform map', () => {
  it('gives every call its own channel in the causeway: namespace', () => {
    const channels = Object.values(PLATFORM_CALLS).map((c) => c.channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const c of channels) expect(c).toMatch(/^causeway:[a-z-]+$/);
    expect(IPC_CHANNELS.save).toBe(PLATFORM_CALLS.save.channel);
  });
});

describe('the IPC wrapper', () => {
  it('refuses calls from frames that are not the app', async () => {
    const main = fakeIpcMain();
    const handler = vi.fn(async () => ({ ok: true as const, value: 1 }));
    createSafeIpc(main).handle('listRecent', handler);
    const call = main.handlers.get(IPC_CHANNELS.listRecent)!;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'not a url']) {
      const result = (await call({ senderFrame: { url } })) as PlatformResult<number>;
      expect(result).toEqual({
        ok: false,
        error: { kind: 'invalid', message: expect.stringContaining('did not come from Causeway') },
      });
    }
    expect(await call({ senderFrame: null })).toEqual(expect.objectContaining({ ok: false }));
    expect(handler).not.toHaveBeenCalled();
    expect(await call(fromApp)).toEqual({ ok: true, value: 1 });
  });

  it('refuses malformed arguments before the handler runs', async () => {
    const main = fakeIpcMain();
    const handler = vi.fn(async () => ({ ok: true as const, value: null }));
    createSafeIpc(main).handle('save', handler);
    const call = (...args: unknown[]) =>
      main.handlers.get(IPC_CHANNELS.save)!(fromApp, ...args) as Promise<PlatformResult<null>>;
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
    ipc.handle('listRecent', async () => {
      throw new Error('disk on fire');
    });
    expect(await main.handlers.get(IPC_CHANNELS.listRecent)!(fromApp)).toEqual({
      ok: false,
      error: { kind: 'internal', message: expect.stringContaining('disk on fire') },
    });
    expect(() => ipc.handle('listRecent', async () => ({ ok: true, value: null }))).toThrow(/twice/);
  });

  it('registers every invoke and preload call of the map, routed to its handler, and no event', async () => {
    const main = fakeIpcMain();
    const calls: unknown[][] = [];
    const handlers = new Proxy(
      {},
      {
        get:
          (_t, name: string) =>
          async (...args: unknown[]) => (calls.push([name, ...args]), { ok: true, value: 1 }),
      },
    ) as PlatformHandlers;
    registerHandlers(createSafeIpc(main), handlers);
    const handled = callsOf(['invoke', 'preload']).map((n) => IPC_CHANNELS[n as keyof typeof IPC_CHANNELS]);
    expect([...main.handlers.keys()].sort()).toEqual(handled.sort());
    expect(main.handlers.has(IPC_CHANNELS.onMenuCommand)).toBe(false);
    expect(await main.handlers.get(IPC_CHANNELS.openRecent)!(fromApp, 'tok')).toEqual({ ok: true, value: 1 });
    expect(calls).toEqual([['openRecent', 'tok']]);
  });

  it('sends events on the channel of the map', () => {
    const sent: unknown[][] = [];
    sendEvent({ send: (...args: unknown[]) => void sent.push(args) }, 'onMenuCommand', 'file.save');
    sendEvent(null, 'onMenuCommand', 'file.open');
    expect(sent).toEqual([[IPC_CHANNELS.onMenuCommand, 'file.save']]);
  });
});

describe('the preload API', () => {
  function makeApi() {
    const invoked: unknown[][] = [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const api = createPreloadApi({
      invoke: async (channel, ...args) => (invoked.push([channel, ...args]), { ok: true, value: null }),
      on: (channel, listener) => (listeners.set(channel, listener), () => listeners.delete(channel)),
    });
    return { api, invoked, listeners };
  }

  it('has kind, one method per invoke call and one subscription per event, nothing else, frozen', () => {
    const { api } = makeApi();
    expect(Object.keys(api).sort()).toEqual(['kind', ...callsOf(['invoke', 'event'])].sort());
    expect(api).not.toHaveProperty('dropFile');
    expect(api.kind).toBe('electron');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its channel with its arguments', async () => {
    const { api, invoked } = makeApi();
    await api.save('t1', 'text', { note: 'n' });
    await api.saveBinary('chart.png', 'png', new Uint8Array([1, 2]));
    await api.listRecent();
    expect(invoked).toEqual([
      [IPC_CHANNELS.save, 't1', 'text', { note: 'n' }],
      [IPC_CHANNELS.saveBinary, 'chart.png', 'png', new Uint8Array([1, 2])],
      [IPC_CHANNELS.listRecent],
    ]);
  });

  it('passes on events of the right shape only, and unsubscribes', () => {
    const { api, listeners } = makeApi();
    const got: unknown[] = [];
    const off = api.onMenuCommand((c) => got.push(c));
    listeners.get(IPC_CHANNELS.onMenuCommand)!('file.save');
    listeners.get(IPC_CHANNELS.onMenuCommand)!('rm -rf');
    api.onOpenFile((file) => got.push(file.name));
    listeners.get(IPC_CHANNELS.onOpenFile)!({ token: 't', name: 'a.causeway.json', text: '{}' });
    listeners.get(IPC_CHANNELS.onOpenFile)!({ token: 't', name: 'b', text: '{}', path: '/etc/passwd' });
    expect(got).toEqual(['file.save', 'a.causeway.json']);
    off();
    expect(listeners.has(IPC_CHANNELS.onMenuCommand)).toBe(false);
  });

  it('bundles for the sandbox: CommonJS that requires nothing but electron', async () => {
    const out = await build({
      entryPoints: [fileURLToPath(new URL('../../electron/preload/index.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'cjs',
      // The browser platform: any Node module in the preload's imports fails to resolve here.
      platform: 'browser',
      external: ['electron'],
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    const required = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    // The shipped build bundles the preload's libraries too, rather than leaving require("zod").
    const config = (await import('../../electron.vite.config.ts')).default as {
      preload: { build: { externalizeDeps?: unknown } };
    };
    expect(config.preload.build.externalizeDeps).toBe(false);
  });
});

describe('argument checks', () => {
  const refused = (name: Parameters<typeof checkArguments>[0], args: unknown[]) => !checkArguments(name, args).ok;

  it('suggested file names are names, never paths that would steer the save dialog to another folder', () => {
    for (const name of [
      '../../.bashrc',
      '/etc/cron.d/x.csv',
      'C:\\Users\\me\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.csv',
      '..',
      'a\0b.csv',
    ]) {
      expect(refused('exportText', [name, 'text'])).toBe(true);
      expect(refused('saveAs', [name, 'text', {}])).toBe(true);
      expect(refused('saveBinary', [name, 'png', new Uint8Array(1)])).toBe(true);
    }
    expect(refused('exportText', ['scenario-comparison.csv', 'text'])).toBe(false);
    expect(refused('saveAs', ['Greater Manchester (draft).causeway.json', 'text', {}])).toBe(false);
  });

  it('binary exports: a known type, a name ending in it, bytes, and a bounded size', () => {
    expect(refused('saveBinary', ['chart.png', 'png', new Uint8Array(10)])).toBe(false);
    expect(refused('saveBinary', ['Report.PDF', 'pdf', new Uint8Array(10)])).toBe(false);
    expect(refused('saveBinary', ['run.exe', 'exe', new Uint8Array(10)])).toBe(true);
    expect(refused('saveBinary', ['chart.exe', 'png', new Uint8Array(10)])).toBe(true);
    expect(refused('saveBinary', ['chart.png', 'png', [1, 2, 3]])).toBe(true);
    expect(refused('saveBinary', ['chart.png', 'png', new Uint8Array(MAX_BINARY_BYTES)])).toBe(false);
    const tooBig = checkArguments('saveBinary', ['chart.png', 'png', new Uint8Array(MAX_BINARY_BYTES + 1)]);
    expect(tooBig.ok === false && tooBig.error).toEqual({
      kind: 'invalid',
      message: 'The request causeway:save-binary had invalid arguments (2: at most 64 MB).',
    });
  });

  it('the browser adapter refuses the same calls as main, as data, before its own code runs', async () => {
    const saveBinary = vi.fn(async () => ({ ok: true as const, value: { name: 'x' } }));
    const api = checkedPlatform({ kind: 'browser', saveBinary } as unknown as PlatformApi);
    expect(await api.saveBinary('../x.png', 'png', new Uint8Array(1))).toEqual({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/causeway:save-binary had invalid arguments \(0: /) },
    });
    expect(saveBinary).not.toHaveBeenCalled();
    expect(await api.saveBinary('x.png', 'png', new Uint8Array(1))).toEqual({ ok: true, value: { name: 'x' } });
    expect(api.kind).toBe('browser');
  });
});
