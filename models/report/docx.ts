/**
 * The Word report (the `docx` library, which works in the browser and in Node): the report's blocks
 * as an economic-case document in Arial, A4, each section from a new page, table heading rows that
 * repeat across pages, figures as PNG at twice their size (drawn by the caller, which has a
 * browser), and page numbers in the footer. Loaded only when an export asks for it.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { inlineRuns } from './inline.ts';
import type { ReportBlock, ReportDocument } from './reportDocument.ts';
import { textGrid, type ReportTable } from './table.ts';

/** Draws an SVG as a PNG at `scale` times its size; null where nothing can draw it. */
export type Rasterise = (svg: string, width: number, height: number, scale: number) => Promise<Uint8Array | null>;

/** The widest a figure is set on an A4 page inside the margins, in pixels at 96 to the inch. */
const PAGE_WIDTH_PX = 620;
const FONT = 'Arial';
const TABLE_FONT_SIZE = 16; // half-points: 8 pt

/** A 1 x 1 white PNG: the picture Word versions without SVG support show instead of a chart. */
const BLANK_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return inlineRuns(text).map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: options.bold || r.bold,
        font: r.code ? 'Courier New' : FONT,
        ...(options.size ? { size: options.size } : {}),
      }),
  );
}

/** The width inside the margins of an A4 page, in twips (11,906 less two 1,000 margins). */
const TEXT_WIDTH_TWIPS = 9906;

/** About one character of 8 pt Arial, and a cell's left and right margins, in twips. */
const CHAR_TWIPS = 85;
const CELL_MARGINS_TWIPS = 240;

/**
 * Column widths in twips: each column first gets room for its longest figure or a word of text,
 * then the rest of the page width goes to the columns of running text (a source, a
 * rationale) in proportion to how much they hold.
 */
function columnWidths(header: string[], body: string[][], numeric: boolean[]): number[] {
  const columns = header.map((h, k) => {
    const texts = body.map((r) => r[k] ?? '');
    const longestWord = Math.max(0, ...[h, ...texts].flatMap((t) => t.split(/\s+/)).map((w) => w.length));
    const average = texts.reduce((a, t) => a + t.length, 0) / Math.max(1, texts.length);
    return {
      // A figure never breaks; a long word in running text (an id, a web address) may.
      least: (numeric[k] ? longestWord : Math.min(12, longestWord)) * CHAR_TWIPS + CELL_MARGINS_TWIPS,
      share: numeric[k] ? 0 : Math.min(200, average),
    };
  });
  const least = columns.reduce((a, c) => a + c.least, 0);
  if (least >= TEXT_WIDTH_TWIPS) return columns.map((c) => Math.floor((c.least / least) * TEXT_WIDTH_TWIPS));
  const shares = columns.reduce((a, c) => a + c.share, 0);
  const spare = TEXT_WIDTH_TWIPS - least;
  return columns.map((c) => Math.floor(c.least + (shares > 0 ? (c.share / shares) * spare : spare / columns.length)));
}

function cell(text: string, options: { header?: boolean; numeric?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header, font: FONT, size: TABLE_FONT_SIZE })],
      }),
    ],
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } } : {}),
  });
}

/** A table whose heading row repeats on every page it runs onto. */
export function docxTable(table: ReportTable, transposed = false): (Paragraph | Table)[] {
  const { header, body, numeric } = textGrid(table, transposed);
  const widths = columnWidths(header, body, numeric);
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: header.map((h, k) => cell(h, { header: true, numeric: numeric[k]!, width: widths[k]! })),
    }),
    ...body.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: r.map((text, k) => cell(text, { numeric: numeric[k]!, width: widths[k]! })),
        }),
    ),
  ];
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: runs(table.title, { bold: true, size: 18 }),
    }),
    new Table({ rows, width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: widths }),
  ];
}

async function figure(b: Extract<ReportBlock, { kind: 'figure' }>, rasterise?: Rasterise): Promise<Paragraph[]> {
  const width = Math.min(PAGE_WIDTH_PX, b.width);
  const height = Math.round((b.height * width) / b.width);
  const png = rasterise ? await rasterise(b.svg, b.width, b.height, 2) : null;
  const altText = { name: b.id, title: b.title, description: b.caption ?? b.title };
  const image = png
    ? new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText })
    : new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(b.svg),
        fallback: { type: 'png', data: BLANK_PNG },
        transformation: { width, height },
        altText,
      });
  const picture = new Paragraph({
    keepNext: Boolean(b.caption),
    spacing: { before: 120, after: 160 },
    children: [image],
  });
  return b.caption
    ? [picture, new Paragraph({ spacing: { after: 160 }, children: runs(b.caption, { size: 17 }) })]
    : [picture];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

async function block(b: ReportBlock, rasterise?: Rasterise): Promise<(Paragraph | Table)[]> {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], pageBreakBefore: b.level === 1, children: runs(b.text) })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: runs(b.text) })];
    case 'list':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return docxTable(b.table, b.transposed);
    case 'figure':
      return figure(b, rasterise);
    case 'pageBreak':
      return [];
  }
}

/** The .docx bytes. `rasterise` draws charts as PNG; without it they go in as SVG (Word 2016 and later). */
export async function buildDocx(report: ReportDocument, rasterise?: Rasterise): Promise<Uint8Array<ArrayBuffer>> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.title) }),
    new Paragraph({ spacing: { after: 120 }, children: runs(report.subtitle, { size: 24 }) }),
    new Paragraph({ spacing: { after: 240 }, children: runs(report.generatedBy, { size: 18 }) }),
  ];
  for (const b of report.blocks) children.push(...(await block(b, rasterise)));
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            font: FONT,
            size: 16,
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ] as ParagraphChild[],
      }),
    ],
  });
  const document = new Document({
    creator: 'Causeway',
    title: report.title,
    description: report.generatedBy,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        footers: { default: footer },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
