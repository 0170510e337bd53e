/**
 * The file system calls the file service makes, behind an interface so that tests can inject
 * faults (a full disk, a refused permission, a crash between two steps) that a real disk will not
 * produce on demand, least of all when the tests run as root.
 */
import { constants, promises as fsp } from 'node:fs';

export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StatLike {
  size: number;
  mtimeMs: number;
  mode: number;
  /** The file's identity on its device (0 where a layer cannot tell): a replaced file has a new one. */
  ino?: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface FsLayer {
  readFile(path: string): Promise<Buffer>;
  stat(path: string): Promise<StatLike>;
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  /** Resolves symbolic links; optional so that a fault-injecting layer may leave it out. */
  realpath?(path: string): Promise<string>;
  /**
   * Reads a regular file of at most `maxBytes` through one open handle, so that what is checked is
   * what is read: a pipe or a device is refused (code ENOTREG) without waiting on it or reading
   * it, and a larger file comes back as `bytes: null` with its size. Optional: readers fall back
   * to stat and readFile.
   */
  readRegular?(path: string, maxBytes: number): Promise<{ bytes: Buffer | null; size: number; mtimeMs: number }>;
}

/** An error with an errno-style code, for the causes node/ adds (ENOTREG) or raises itself. */
export function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** The real file system. */
export const nodeFs: FsLayer = {
  readFile: (p) => fsp.readFile(p),
  stat: (p) => fsp.stat(p),
  open: (p, flags, mode) => fsp.open(p, flags, mode),
  rename: (a, b) => fsp.rename(a, b),
  link: (a, b) => fsp.link(a, b),
  copyFile: (a, b) => fsp.copyFile(a, b),
  unlink: (p) => fsp.unlink(p),
  readdir: (p) => fsp.readdir(p),
  mkdir: async (p) => {
    await fsp.mkdir(p, { recursive: true });
  },
  chmod: (p, mode) => fsp.chmod(p, mode),
  realpath: (p) => fsp.realpath(p),
  async readRegular(p, maxBytes) {
    // O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer for ever.
    const handle = await fsp.open(p, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const st = await handle.stat();
      if (st.isDirectory()) throw codedError('EISDIR', 'is a folder');
      if (!st.isFile()) throw codedError('ENOTREG', 'not a regular file');
      if (st.size > maxBytes) return { bytes: null, size: st.size, mtimeMs: st.mtimeMs };
      const bytes = await handle.readFile();
      // It grew while being read: judge it by what was read.
      return { bytes: bytes.length > maxBytes ? null : bytes, size: bytes.length, mtimeMs: st.mtimeMs };
    } finally {
      await handle.close();
    }
  },
};

/** The errno-style code of an error (`ENOSPC`, `EACCES`...), if it has one. */
export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string'
    ? (e as { code: string }).code
    : undefined;
}
