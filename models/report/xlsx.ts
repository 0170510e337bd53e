/**
 * The Excel workbook (write-excel-file, which works in the browser and in Node and writes real
 * number formats, frozen panes and column widths). Numbers stay numbers: each cell carries its
 * column's format (£m with thousands separators, percentages, years without separators), so Excel
 * shows what the app shows and still adds up. Loaded only when an export asks for it.
 */
import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/universal';
import { fullHeading, type ReportCell, type ReportColumn, type ReportTable, formatCell } from './table.ts';
import type { WorkbookSheet, WorkbookTable } from './workbook.ts';

/** The Excel number format of a column: "£"#,##0.0"m", #,##0, 0.0%, 0 (years), General. */
export function excelFormat(column: ReportColumn): string | undefined {
  const decimals = column.precision > 0 ? `.${'0'.repeat(column.precision)}` : '';
  switch (column.unit) {
    case 'gbpMillions':
      return `"£"#,##0${decimals}"m"`;
    case 'gbp':
    case 'gbpPerJob':
    case 'gbpPerJobYear':
      return `"£"#,##0${decimals}`;
    case 'jobs':
      return `#,##0${decimals}`;
    case 'ratio':
    case 'factor':
      return `0${decimals}`;
    case 'percent':
      return `0${decimals}%`;
    case 'year':
      return '0';
    case 'value':
      return 'General';
    case 'text':
      return undefined;
  }
}

const HEADER_STYLE = { fontWeight: 'bold', wrap: true, alignVertical: 'top', backgroundColor: '#E8EEF5' } as const;

function valueCell(column: ReportColumn, value: ReportCell): Cell {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'string') return { type: String, value, wrap: column.unit === 'text', alignVertical: 'top' };
  const format = excelFormat(column);
  return format ? { type: Number, value, format } : { type: Number, value };
}

interface Grid {
  header: string[];
  rows: Cell[][];
  /** What each column's widest entry is, in characters, for the column widths. */
  widths: number[];
}

/** A table as cells: as it is, or turned so that its columns become rows. */
function grid({ table, transposed }: WorkbookTable): Grid {
  if (!transposed) {
    const header = table.columns.map((c) => fullHeading(c, table.priceBase));
    const rows = table.rows.map((r) => table.columns.map((c, k) => valueCell(c, r.cells[k] ?? null)));
    const widths = table.columns.map((c, k) =>
      Math.max(...table.rows.map((r) => formatCell(c, r.cells[k] ?? null).length), longestWord(header[k]!)),
    );
    return { header, rows, widths };
  }
  const [first, ...measures] = table.columns;
  const header = [first ? 'Measure' : '', ...table.rows.map((r) => String(r.cells[0] ?? r.id))];
  const rows = measures.map((c, m) => [
    { type: String, value: fullHeading(c, table.priceBase), wrap: true } as Cell,
    ...table.rows.map((r) => valueCell(c, r.cells[m + 1] ?? null)),
  ]);
  const widths = header.map((h, k) =>
    k === 0
      ? Math.min(48, Math.max(...measures.map((c) => fullHeading(c, table.priceBase).length)))
      : Math.max(
          longestWord(h),
          ...measures.map((c, m) => formatCell(c, table.rows[k - 1]!.cells[m + 1] ?? null).length),
        ),
  );
  return { header, rows, widths };
}

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

function sheetContent(sheet: WorkbookSheet): { data: SheetData; widths: number[] } {
  const data: Row[] = [];
  const widths: number[] = [];
  sheet.tables.forEach((t, k) => {
    if (k > 0) data.push([]);
    data.push([{ type: String, value: t.table.title, fontWeight: 'bold', fontSize: 13 }]);
    const g = grid(t);
    data.push(g.header.map((h) => ({ type: String, value: h, ...HEADER_STYLE })));
    data.push(...g.rows);
    g.widths.forEach((w, c) => (widths[c] = Math.max(widths[c] ?? 0, w)));
  });
  return { data, widths };
}

/** Column widths in characters: room for the widest figure, long text wrapped at 60. */
function columnWidths(sheet: WorkbookSheet, widths: number[]): { width: number }[] {
  const textual = (k: number) => sheet.tables.some((t) => !t.transposed && t.table.columns[k]?.unit === 'text');
  return widths.map((w, k) => ({ width: Math.round(Math.min(textual(k) ? 60 : 24, Math.max(10, w + 2))) }));
}

/** The workbook's bytes (an .xlsx package). */
export async function buildXlsx(sheets: readonly WorkbookSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const written = sheets.map((sheet) => {
    const { data, widths } = sheetContent(sheet);
    return {
      data,
      sheet: sheet.name,
      columns: columnWidths(sheet, widths),
      // The title and heading rows of the first table stay in view, as does the first column.
      stickyRowsCount: 2,
      stickyColumnsCount: sheet.frozenColumns,
    };
  });
  const blob = await writeXlsxFile(written, { fontFamily: 'Arial', fontSize: 10 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export type { ReportTable };
