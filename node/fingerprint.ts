/**
 * What a file looked like when it was opened, to tell whether someone (another window, the CLI, a
 * sync client, git) changed it before we overwrite it. The content hash decides: a `touch` or a
 * sync client rewriting identical bytes is not a conflict; size and mtime are kept for display.
 */
import { createHash } from 'node:crypto';

export interface Fingerprint {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export function hashText(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function fingerprintOf(data: string | Uint8Array, mtimeMs: number): Fingerprint {
  const size = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
  return { sha256: hashText(data), size, mtimeMs };
}

/** True when the file on disk is still the one fingerprinted. */
export function sameFile(a: Fingerprint, b: Fingerprint): boolean {
  return a.sha256 === b.sha256 && a.size === b.size;
}
