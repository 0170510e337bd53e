/**
 * An independent reader for the Office files the report writers produce: fflate unzips the package
 * and a few regular expressions read the parts of SpreadsheetML and WordprocessingML the tests check
 * (sheet names, cells with their values and number formats, frozen panes; paragraphs, tables with
 * repeating heading rows, images). It shares no code with the writers.
 */
import { strFromU8, unzipSync } from 'fflate';

export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export const text = (files: Map<string, Uint8Array>, path: string): string => {
  const file = files.get(path);
  if (!file) throw new Error(`The package has no ${path}; it has ${[...files.keys()].join(', ')}`);
  return strFromU8(file);
};

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]!) : undefined;
};

export interface XlsxCell {
  ref: string;
  value: string | number;
  /** The number format code the cell's style applies, if any. */
  format?: string;
}

export interface XlsxSheet {
  name: string;
  xml: string;
  cells: Map<string, XlsxCell>;
  /** The frozen pane's split: rows and columns kept in view. */
  frozen: { rows: number; columns: number } | null;
  widths: number[];
}

/** Every sheet of a workbook, in tab order, with its cells read through the shared strings and styles. */
export function readXlsx(bytes: Uint8Array): XlsxSheet[] {
  const files = unzip(bytes);
  const workbook = text(files, 'xl/workbook.xml');
  const rels = text(files, 'xl/_rels/workbook.xml.rels');
  const target = new Map(
    [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => [attr(m[0], 'Id')!, attr(m[0], 'Target')!]),
  );
  const shared = [...text(files, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const styles = text(files, 'xl/styles.xml');
  const formats = new Map(
    [...styles.matchAll(/<numFmt [^>]*\/>/g)].map((m) => [attr(m[0], 'numFmtId')!, attr(m[0], 'formatCode')!]),
  );
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfFormat = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = attr(m[0], 'numFmtId');
    return id && id !== '0' ? (formats.get(id) ?? `builtin:${id}`) : undefined;
  });
  return [...workbook.matchAll(/<sheet [^>]*\/>/g)].map((m) => {
    const path = `xl/${target.get(attr(m[0], 'r:id')!)!.replace(/^\/?xl\//, '')}`;
    const xml = text(files, path);
    const cells = new Map<string, XlsxCell>();
    for (const c of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c ${c[1]}>`;
      const ref = attr(tag, 'r')!;
      const raw = /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? '')?.[1];
      if (raw === undefined) continue;
      const type = attr(tag, 't');
      const value =
        type === 's' ? shared[Number(raw)]! : type === 'str' || type === 'inlineStr' ? unescape(raw) : Number(raw);
      const style = attr(tag, 's');
      const format = style === undefined ? undefined : xfFormat[Number(style)];
      cells.set(ref, { ref, value, ...(format ? { format } : {}) });
    }
    const pane = /<pane [^>]*\/>/.exec(xml)?.[0];
    const frozen =
      pane && attr(pane, 'state') === 'frozen'
        ? { rows: Number(attr(pane, 'ySplit') ?? 0), columns: Number(attr(pane, 'xSplit') ?? 0) }
        : null;
    const widths: number[] = [];
    for (const col of xml.matchAll(/<col [^>]*\/>/g))
      widths[Number(attr(col[0], 'min')) - 1] = Number(attr(col[0], 'width'));
    return { name: attr(m[0], 'name')!, xml, cells, frozen, widths };
  });
}

/** Column letters of a 0-based index: 0 -> A, 27 -> AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The cells of one row, by column letter order, up to the last filled one. */
export function rowValues(sheet: XlsxSheet, row: number): (string | number | null)[] {
  const out: (string | number | null)[] = [];
  for (const [ref, c] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    if (Number(m[2]) !== row) continue;
    const index = [...m[1]!].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    out[index] = c.value;
  }
  return Array.from(out, (v) => v ?? null);
}

export interface DocxContent {
  xml: string;
  /** Paragraph texts in order. */
  paragraphs: string[];
  /** Each table: its rows' cell texts and whether each row repeats as a heading row. */
  tables: { rows: string[][]; headerRows: boolean[] }[];
  media: string[];
  files: Map<string, Uint8Array>;
}

const runText = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => m[1]).join(''));

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzip(bytes);
  const xml = text(files, 'word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => runText(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const rows = [...t[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)];
    return {
      rows: rows.map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => runText(c[1]!))),
      headerRows: rows.map((r) => /<w:tblHeader(?:\s[^>]*)?\/>/.test(r[1]!)),
    };
  });
  const media = [...files.keys()].filter((k) => k.startsWith('word/media/'));
  return { xml, paragraphs, tables, media, files };
}

/** A PNG's width and height from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((b, k) => bytes[k] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
