/**
 * The browser adapter's side of "nothing lost, nothing altered" for File System Access files, which
 * have no lock (node/fileLock.ts) and no fingerprint on disk: a file's text is read only when its
 * bytes are UTF-8 (File.text() would put U+FFFD in place of anything else, and Save would write
 * that), and a Save first checks that the file is still what was opened or last saved (its size,
 * then its bytes; not its time, since a sync client rewriting identical bytes is not a conflict). The check and
 * the write cannot be one step in a browser; createWritable writes to a swap file that replaces the
 * original on close, so the window between them is short.
 */
import { checkUtf8Bytes } from '../engine.ts';

/** What a file held when it was opened or last saved here. */
export interface KnownFile {
  text: string;
}

/** The part of a File the checks read. */
export interface FileLike {
  size: number;
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The file's text, or the sentence saying why it cannot be read without changing it. */
export async function readFileText(
  file: FileLike,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = checkUtf8Bytes(bytes);
  if (problem) return { ok: false, message: problem.message };
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

/** True when `file` no longer holds what `known` says it held. */
export async function changedSince(file: FileLike, known: KnownFile): Promise<boolean> {
  const expected = new TextEncoder().encode(known.text);
  if (file.size !== expected.byteLength) return true;
  const now = new Uint8Array(await file.arrayBuffer());
  return now.some((b, i) => b !== expected[i]);
}
