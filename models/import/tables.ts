/**
 * A user's download as rows of text cells, whatever it came as: a CSV (UTF-8 with or without a
 * byte-order mark, Windows or Unix line endings) or an .xlsx workbook (one table per sheet). The
 * workbook is a zip of XML parts: fflate unzips it (pure JavaScript, the same in the browser and in
 * Node), and the cells are read from the sheet XML as the library build reads the IO workbook.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../library/build/csv.ts';
import { readSharedStrings, readSheetCells } from '../library/build/io.ts';

/** One sheet (or the whole CSV): its name and its rows of trimmed cell texts. */
export interface RawTable {
  /** The file name, plus " / sheet" for a workbook sheet. */
  name: string;
  sheet?: string;
  rows: string[][];
}

/** Every sheet's name in workbook order, with its XML part. */
function workbookSheets(parts: Record<string, Uint8Array>): { name: string; path: string }[] {
  const text = (p: string) => (parts[p] ? strFromU8(parts[p]) : '');
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, `xl/${target.replace(/^\/?xl\//, '')}`);
  }
  const out: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = rid && targets.get(rid);
    if (name !== undefined && path) out.push({ name: decodeXml(name), path });
  }
  return out;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** "AB12" -> [11, 27]: zero-based row and column of a cell reference. */
function position(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** The sheets of an .xlsx workbook as tables; throws with a sentence when the bytes are not one. */
export function readWorkbook(bytes: Uint8Array, fileName: string): RawTable[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels'),
    });
  } catch {
    throw new Error(
      `${fileName} is not a readable .xlsx workbook (the zip archive inside it is damaged or is not a workbook).`,
    );
  }
  const shared = parts['xl/sharedStrings.xml'] ? readSharedStrings(strFromU8(parts['xl/sharedStrings.xml'])) : [];
  return workbookSheets(parts).map(({ name, path }) => {
    const xml = parts[path] ? strFromU8(parts[path]) : '';
    const rows: string[][] = [];
    for (const [ref, value] of readSheetCells(xml, shared)) {
      const [r, c] = position(ref);
      const row = (rows[r] ??= []);
      row[c] = value.trim();
    }
    return {
      name: `${fileName} / ${name}`,
      sheet: name,
      rows: Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? '')),
    };
  });
}

/** A CSV's text (a byte-order mark dropped) as one table of trimmed cells. */
export function readCsvText(text: string, fileName: string): RawTable {
  const rows = parseCsv(text.replace(/^\uFEFF/, '')).map((r) => r.map((c) => c.trim()));
  return { name: fileName, rows };
}

/** True when the bytes start like a zip archive (an .xlsx), whatever the file is called. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The tables in a downloaded file: every sheet of a workbook, or the CSV as one table. */
export function readTables(bytes: Uint8Array, fileName: string): RawTable[] {
  if (looksLikeZip(bytes)) return readWorkbook(bytes, fileName);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    throw new Error(`${fileName} is UTF-16 text; save it as CSV (UTF-8) and import it again.`);
  return [readCsvText(strFromU8(bytes), fileName)];
}
