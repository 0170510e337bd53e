/**
 * The browser adapter with File System Access (issue 9, failures 1 and 3): a Save refuses to
 * overwrite a file changed on disk since it was opened, and a file whose bytes are not UTF-8 is
 * not opened as altered text. IndexedDB is replaced by a map (happy-dom has none); the file handle
 * is a fake holding bytes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../models/history/fixture.ts';
import { serialiseScenario } from '../../models/index.ts';

const stores = new Map<string, Map<string, unknown>>();
vi.mock('../../renderer/platform/idb.ts', () => {
  const store = (name: string) => stores.get(name) ?? (stores.set(name, new Map()), stores.get(name)!);
  return {
    idb: {
      get: async (s: string, k: string) => {
        const v = store(s).get(k);
        return v === undefined ? undefined : { ...(v as object) };
      },
      put: async (s: string, k: string, v: unknown) => void store(s).set(k, v),
      delete: async (s: string, k: string) => void store(s).delete(k),
      all: async (s: string) => [...store(s).values()],
    },
  };
});

const { createBrowserPlatform } = await import('../../renderer/platform/browser.ts');

/** A File System Access handle over bytes that the test (another program) can change. */
function fakeHandle(name: string, initial: Uint8Array) {
  const disk = { bytes: initial, lastModified: 1_000 };
  const handle = {
    kind: 'file',
    name,
    async getFile() {
      const bytes = disk.bytes;
      return {
        name,
        size: bytes.byteLength,
        lastModified: disk.lastModified,
        arrayBuffer: async () => bytes.slice().buffer,
        // What File.text() does: bytes that are not UTF-8 become U+FFFD.
        text: async () => new TextDecoder().decode(bytes),
      };
    },
    async createWritable() {
      return {
        write: async (text: string) => void ((disk.bytes = new TextEncoder().encode(text)), (disk.lastModified += 1)),
        close: async () => undefined,
      };
    },
  };
  return { handle, disk };
}

function platformWith(handle: unknown) {
  (window as unknown as { showOpenFilePicker: unknown }).showOpenFilePicker = async () => [handle];
  return createBrowserPlatform();
}

beforeEach(() => stores.clear());

describe('File System Access saves', () => {
  it('refuse to overwrite a file changed on disk since it was opened, and keep its bytes', async () => {
    const text = serialiseScenario(sampleDocument());
    const { handle, disk } = fakeHandle('gm.causeway.json', new TextEncoder().encode(text));
    const platform = platformWith(handle);
    const opened = await platform.openFile();
    if (!opened.ok) throw new Error(opened.error.message);
    const theirs = new TextEncoder().encode(text.replace('"Test area"', '"Edited elsewhere"'));
    disk.bytes = theirs;
    disk.lastModified += 5;
    const saved = await platform.save(opened.value.token, text.replace('"value": 0.4', '"value": 0.5'), {});
    expect(saved.ok === false && saved.error.kind).toBe('conflict');
    expect(saved.ok === false && saved.error.message).toMatch(/was changed on disk after you opened it/);
    expect(disk.bytes).toEqual(theirs);
  });

  it('save normally when the file is as it was, also when only its time changed', async () => {
    const text = serialiseScenario(sampleDocument());
    const { handle, disk } = fakeHandle('gm.causeway.json', new TextEncoder().encode(text));
    const platform = platformWith(handle);
    const opened = await platform.openFile();
    if (!opened.ok) throw new Error(opened.error.message);
    disk.lastModified += 60_000; // a sync client rewrote the same bytes
    const first = await platform.save(opened.value.token, text.replace('"value": 0.4', '"value": 0.5'), {});
    expect(first.ok).toBe(true);
    const second = await platform.save(opened.value.token, text.replace('"value": 0.4', '"value": 0.6'), {});
    expect(second.ok).toBe(true);
    expect(new TextDecoder().decode(disk.bytes)).toMatch(/"value": 0.6/);
  });
});

describe('opening', () => {
  it('refuses bytes that are not UTF-8 with their offset, instead of opening altered text', async () => {
    const text = serialiseScenario(sampleDocument());
    const bytes = new TextEncoder().encode(text.replace('Test area', 'Caf?'));
    bytes[bytes.indexOf(0x3f)] = 0xe9; // "é" in Latin-1
    const platform = platformWith(fakeHandle('latin1.causeway.json', bytes).handle);
    const opened = await platform.openFile();
    expect(opened.ok === false && opened.error.kind).toBe('invalid');
    expect(opened.ok === false && opened.error.message).toMatch(/not valid UTF-8 text: the byte at byte offset/);
  });
});
