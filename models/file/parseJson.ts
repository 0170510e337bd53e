/**
 * Turns file text into plain JSON without trusting it. One iterative pass (no recursion, so hostile
 * nesting cannot overflow the stack) checks the grammar and the depth, and records keys that could
 * tamper with object prototypes and keys repeated within one object, with their JSON paths. Only text
 * that passes is handed to JSON.parse, whose own error messages carry no line or column.
 */
import type { Diagnostic, DiagnosticCode } from '../types.ts';
import { error } from '../diagnostics.ts';
import { LIMITS, tooLargeMessage } from './limits.ts';
import { formatPath, type PathSegment } from './paths.ts';

/**
 * Largest text accepted, in characters: the file size limit (limits.ts), which readers check in
 * bytes before reading; a character is at least one byte, so this is the same bound on the text.
 */
export const MAX_FILE_CHARS = LIMITS.fileBytes;
/** Deepest nesting of objects and arrays accepted; a scenario needs about a dozen levels. */
export const MAX_DEPTH = 64;
/** Keys that mean something to JavaScript objects and have no business in a scenario file. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** Stop reporting key problems after this many, so a hostile file cannot flood the UI. */
const MAX_KEY_FINDINGS = 20;

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] };

interface Frame {
  obj: boolean;
  keys: Set<string> | null;
  key: string;
  index: number;
}

type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after';

class ScanError {
  constructor(
    readonly kind: 'eof' | 'unexpected' | 'deep',
    readonly offset: number,
    readonly detail = '',
  ) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const NUMBER_TAIL = /(?:\.[0-9]*|[eE][+-]?[0-9]*)/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Line and column (both from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Returns the offset just past the closing quote of the string starting at `start`. */
function scanString(text: string, start: number): number {
  const n = text.length;
  let j = start + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      if (j + 1 >= n) throw new ScanError('eof', n);
      const e = text[j + 1] as string;
      if (e === 'u') {
        const hex = text.slice(j + 2, j + 6);
        if (hex.length < 4 && j + 2 + hex.length >= n) throw new ScanError('eof', n);
        if (!HEX4.test(hex)) throw new ScanError('unexpected', j, 'an invalid \\u escape in a text value');
        j += 6;
      } else if ('"\\/bfnrt'.includes(e)) j += 2;
      else throw new ScanError('unexpected', j, `an invalid escape "\\${e}" in a text value`);
    } else if (c < 0x20) {
      throw new ScanError('unexpected', j, 'a raw control character inside a text value');
    } else j += 1;
  }
  throw new ScanError('eof', n);
}

function scanNumber(text: string, start: number): number {
  NUMBER.lastIndex = start;
  if (!NUMBER.test(text)) {
    if (start + 1 >= text.length) throw new ScanError('eof', text.length);
    throw new ScanError('unexpected', start + 1);
  }
  const end = NUMBER.lastIndex;
  NUMBER_TAIL.lastIndex = end;
  // "1." or "2e" at the very end of the text is a truncated number, not a stray character.
  if (NUMBER_TAIL.test(text) && NUMBER_TAIL.lastIndex >= text.length) throw new ScanError('eof', text.length);
  return end;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

function pathOf(stack: readonly Frame[], key: string): string {
  const segs: PathSegment[] = [];
  for (let k = 0; k < stack.length - 1; k++) {
    const f = stack[k] as Frame;
    segs.push(f.obj ? f.key : f.index);
  }
  segs.push(key);
  return formatPath(segs);
}

/** The path of the value being read: each open container's current key or index. */
function valuePath(stack: readonly Frame[]): string {
  return formatPath(stack.map((f) => (f.obj ? f.key : f.index)));
}

/**
 * The integer a number's text denotes ("1e+21" is 10^21, "-12.5e3" is -12500), for texts of whole
 * numbers; null when the text has a fractional part.
 */
function denotedInteger(text: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return null;
  const digits = m[2]! + (m[3] ?? '');
  const shift = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  if (shift < 0) {
    if (!/^0+$/.test(digits.slice(digits.length + shift))) return null;
    return BigInt(`${m[1]}${digits.slice(0, digits.length + shift) || '0'}`);
  }
  return BigInt(`${m[1]}${digits}${'0'.repeat(shift)}`);
}

/**
 * A whole-number literal that saving would change: the serialiser writes the shortest text that
 * reads back as the same double, so "12345678901234567890" would come back as 12345678901234567000,
 * a different integer (an identifier from another tool would be corrupted). Literals whose saved
 * text denotes the same integer ("377199917820810600", or 10^21 as "1e+21") are fine, and decimals
 * and exponents are quantities, read as doubles by design. Returns what it would become, or null.
 */
function inexactInteger(literal: string): { literal: string; becomes: string } | null {
  if (!/^-?\d+$/.test(literal)) return null;
  const value = Number(literal);
  if (!Number.isFinite(value)) return null;
  const becomes = String(value);
  return denotedInteger(becomes) === BigInt(literal) ? null : { literal, becomes };
}

function inexactIntegerError(path: string, n: { literal: string; becomes: string }): Diagnostic {
  const where = path === '' ? 'The file' : `The number at ${path}`;
  return error(
    'json.integer-precision',
    path,
    `${where} is the whole number ${n.literal}, which has more digits than Causeway can keep exactly: saving would write ${n.becomes}. Write it in double quotes if it is an identifier, or with an exponent (such as ${Number(n.literal).toExponential()}) if it is a quantity.`,
  );
}

/** Checks grammar, depth and keys in one pass; returns key findings, throws ScanError on bad text. */
function scan(text: string): Diagnostic[] {
  const n = text.length;
  const stack: Frame[] = [];
  const findings: Diagnostic[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i += 1;
    if (i >= n) {
      if (stack.length === 0 && state === 'after') return findings;
      throw new ScanError('eof', n);
    }
    if (stack.length === 0 && state === 'after')
      throw new ScanError('unexpected', i, 'more text after the end of the data');
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (state === 'value' || state === 'valueOrEnd') {
      if (state === 'valueOrEnd' && c === ']') {
        stack.pop();
        state = 'after';
        i += 1;
      } else if (c === '{' || c === '[') {
        if (stack.length >= MAX_DEPTH) throw new ScanError('deep', i);
        const obj = c === '{';
        stack.push({ obj, keys: obj ? new Set() : null, key: '', index: 0 });
        state = obj ? 'keyOrEnd' : 'valueOrEnd';
        i += 1;
      } else if (c === '"') {
        i = scanString(text, i);
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        const start = i;
        i = scanNumber(text, i);
        if (i - start > 15 && findings.length < MAX_KEY_FINDINGS) {
          const inexact = inexactInteger(text.slice(start, i));
          if (inexact) findings.push(inexactIntegerError(valuePath(stack), inexact));
        }
        state = 'after';
      } else {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : '';
        const got = text.slice(i, i + word.length);
        if (word !== '' && got === word) {
          i += word.length;
          state = 'after';
        } else if (word !== '' && i + got.length >= n && word.startsWith(got)) {
          throw new ScanError('eof', n);
        } else throw new ScanError('unexpected', i);
      }
    } else if (state === 'key' || state === 'keyOrEnd') {
      if (state === 'keyOrEnd' && c === '}') {
        stack.pop();
        state = 'after';
        i += 1;
        continue;
      }
      if (c !== '"')
        throw new ScanError('unexpected', i, `${JSON.stringify(c)} where a property name in double quotes should be`);
      const end = scanString(text, i);
      const key = decodeKey(text, i, end);
      const frame = top as Frame;
      if (findings.length < MAX_KEY_FINDINGS) {
        const path = pathOf(stack, key);
        if (FORBIDDEN_KEYS.includes(key)) {
          findings.push(
            error(
              'json.forbidden-key',
              path,
              `The key "${key}" at ${path} is not allowed in a scenario file, because it can tamper with the program that reads it; remove it.`,
            ),
          );
        } else if (frame.keys?.has(key)) {
          const where = path.slice(0, Math.max(0, path.length - key.length - 1)) || 'the top level';
          findings.push(
            error(
              'json.duplicate-key',
              path,
              `The key "${key}" appears more than once in the same object (${where}); JSON keeps only the last one, so remove or rename the others.`,
            ),
          );
        }
      }
      frame.keys?.add(key);
      frame.key = key;
      state = 'colon';
      i = end;
    } else if (state === 'colon') {
      if (c !== ':')
        throw new ScanError('unexpected', i, `${JSON.stringify(c)} where ":" should follow a property name`);
      state = 'value';
      i += 1;
    } else {
      const frame = top as Frame;
      if (c === ',') {
        if (frame.obj) state = 'key';
        else {
          frame.index += 1;
          state = 'value';
        }
      } else if (c === (frame.obj ? '}' : ']')) {
        stack.pop();
        state = 'after';
      } else
        throw new ScanError('unexpected', i, `${JSON.stringify(c)} where "," or "${frame.obj ? '}' : ']'}" should be`);
      i += 1;
    }
  }
}

function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || code === 0x7f) return `a control character (code ${code})`;
  return `the character ${JSON.stringify(String.fromCodePoint(code))}`;
}

/** True when the text looks like binary data rather than text that merely has a typo. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  // A NUL never appears in JSON text; U+FFFD is what a UTF-8 decoder makes of bytes that are not text.
  return head.includes('\u0000') || head.includes('\uFFFD');
}

/**
 * True when the text is UTF-16 read as UTF-8 (Windows Notepad's "Unicode" saves it so): a byte-order
 * mark FF FE or FE FF becomes two U+FFFD, and ASCII text has a NUL beside every character.
 */
function looksUtf16(text: string): boolean {
  const head = (text.startsWith('\uFFFD\uFFFD') ? text.slice(2) : text).slice(0, 64);
  if (head.length < 8) return false;
  // Count NULs at even and at odd positions: UTF-16 text (mostly ASCII) has them on one side only.
  const nuls = [0, 0];
  for (let k = 0; k < head.length; k++) if (head.charCodeAt(k) === 0) nuls[k % 2] = (nuls[k % 2] as number) + 1;
  const half = Math.floor(head.length / 2);
  const [even, odd] = nuls as [number, number];
  return (even >= half * 0.9 && odd <= half * 0.1) || (odd >= half * 0.9 && even <= half * 0.1);
}

/**
 * Parses scenario file text into plain JSON, or returns diagnostics saying exactly what is wrong and
 * where (line and column). Never throws. A leading UTF-8 byte-order mark is accepted and ignored.
 */
export function parseJsonText(text: string): ParseOutcome {
  if (text.length > MAX_FILE_CHARS) return fail('json.too-large', tooLargeMessage(text.length));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '')
    return fail('json.empty', 'The file is empty; a scenario file must contain a JSON object starting with "{".');
  let findings: Diagnostic[];
  try {
    findings = scan(body);
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    if (looksUtf16(body)) {
      return fail(
        'json.utf16',
        'The file is saved as UTF-16 text, but a scenario file is UTF-8; open it in a text editor and save it again with the encoding UTF-8 (in Notepad: Save As, Encoding "UTF-8").',
      );
    }
    if (looksBinary(body)) {
      return fail(
        'json.binary',
        'The file contains binary data, not UTF-8 text; a scenario file is UTF-8 JSON, so check that you chose a .causeway.json file (or re-save it as UTF-8).',
      );
    }
    return fail(...describeScanError(body, e));
  }
  if (findings.length > 0) return { ok: false, diagnostics: findings };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // The scan accepts only what JSON.parse accepts; this is a safety net, not an expected path.
    return fail('json.syntax', 'The file is not valid JSON; check it in a text editor.');
  }
}

function describeScanError(text: string, e: ScanError): [DiagnosticCode, string] {
  if (e.kind === 'eof') {
    let end = text.length;
    while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
    const { line, column } = lineColumn(text, end);
    return [
      'json.truncated',
      `The file ends unexpectedly at line ${line}, column ${column}; it may have been cut short while saving. Restore it from a backup or the app's recovery copy.`,
    ];
  }
  const { line, column } = lineColumn(text, e.offset);
  if (e.kind === 'deep') {
    return [
      'json.too-deep',
      `The file nests objects and lists more than ${MAX_DEPTH} levels deep (at line ${line}, column ${column}); no scenario needs that, so the file is damaged or not a scenario file.`,
    ];
  }
  const what = e.detail === '' ? describeChar(text, e.offset) : e.detail;
  return [
    'json.syntax',
    `The file is not valid JSON: found ${what} at line ${line}, column ${column}; correct it there in a text editor.`,
  ];
}

function fail(code: DiagnosticCode, message: string): ParseOutcome {
  return { ok: false, diagnostics: [error(code, '', message)] };
}
