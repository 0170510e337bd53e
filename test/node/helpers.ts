import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs, type FsLayer } from '../../node/fsLayer.ts';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'causeway-test-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The real file system, except that `method` throws an errno error (once `after` calls have passed). */
export function faultyFs(method: keyof FsLayer | 'write', code: string, after = 0): FsLayer {
  let calls = 0;
  const fail = () => {
    if (calls++ >= after) throw Object.assign(new Error(`${code}: injected`), { code });
  };
  const layer: FsLayer = { ...nodeFs };
  if (method === 'write') {
    layer.open = async (p, flags, mode) => {
      const handle = await nodeFs.open(p, flags, mode);
      if (!flags.includes('w')) return handle;
      return {
        writeFile: async (data) => {
          // A full disk typically lets part of the data through before refusing the rest.
          await handle.writeFile(
            typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2),
          );
          fail();
          await handle.writeFile(data);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    };
  } else {
    const original = nodeFs[method] as (...args: unknown[]) => Promise<unknown>;
    (layer as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      fail();
      return original(...args);
    };
  }
  return layer;
}

/** A CliIO that collects what a command prints. */
export function captureIO(cwd: string): {
  out: string;
  err: string;
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
} {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
