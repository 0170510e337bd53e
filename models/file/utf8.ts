/**
 * A scenario file is UTF-8. Decoders replace bytes that are not UTF-8 with U+FFFD, so a file saved
 * as Latin-1 (or holding a raw surrogate or an overlong form) would open with "�" in place of its
 * characters and be saved so, its original surviving only until the backup rotates. The readers
 * (node/ and the browser adapter) therefore check the bytes here first and decode only bytes that
 * are well formed, so decoding loses nothing.
 */
import type { Diagnostic } from '../types.ts';
import { error } from '../diagnostics.ts';

/**
 * Length of the well-formed UTF-8 sequence starting at `i` (Unicode 15, table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF, nothing cut short by `to`), or 0 if there is none.
 */
function sequenceLength(bytes: Uint8Array, i: number, to: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + need >= to) return 0;
  const second = bytes[i + 1]!;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k <= need; k++) {
    const c = bytes[i + k]!;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return need + 1;
}

/** Offset of the first byte of the first ill-formed sequence, or -1 when all are well formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    // ASCII runs are most of any scenario file: skip them without the general case.
    while (i < bytes.length && bytes[i]! < 0x80) i++;
    if (i >= bytes.length) return -1;
    const n = sequenceLength(bytes, i, bytes.length);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** UTF-16 with a byte-order mark (Windows Notepad's "Unicode"). */
function hasUtf16Mark(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** NULs or many ill-formed bytes near the start: not text at all. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = Math.min(bytes.length, 4096);
  let bad = 0;
  for (let i = 0; i < head;) {
    if (bytes[i] === 0) return true;
    const n = sequenceLength(bytes, i, bytes.length);
    if (n === 0) bad++;
    i += Math.max(n, 1);
  }
  return bad > head / 10;
}

/**
 * Why `bytes` cannot be read as a scenario file's text without changing it (UTF-16, binary data,
 * bytes that are not UTF-8, with the offset and line), or null when they can be decoded losslessly.
 * UTF-16 without a byte-order mark is well-formed UTF-8 (a NUL beside each letter) and is named as
 * such by the parser.
 */
export function checkUtf8Bytes(bytes: Uint8Array): Diagnostic | null {
  if (hasUtf16Mark(bytes))
    return error(
      'json.utf16',
      '',
      'The file is saved as UTF-16 text, but a scenario file is UTF-8; open it in a text editor and save it again with the encoding UTF-8 (in Notepad: Save As, Encoding "UTF-8").',
    );
  const offset = firstInvalidUtf8(bytes);
  if (offset < 0) return null;
  if (looksBinary(bytes))
    return error(
      'json.binary',
      '',
      'The file contains binary data, not UTF-8 text; a scenario file is UTF-8 JSON, so check that you chose a .causeway.json file.',
    );
  const value = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return error(
    'json.invalid-utf8',
    '',
    `The file is not valid UTF-8 text: the byte at byte offset ${offset.toLocaleString('en-GB')} (line ${lineOf(bytes, offset)}, value 0x${value}) does not begin a UTF-8 character, so the file was probably saved as Latin-1 or Windows-1252. Causeway does not guess, so that nothing is changed silently: open the file in a text editor and save it again with the encoding UTF-8.`,
  );
}
