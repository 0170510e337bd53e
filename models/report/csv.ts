/**
 * The one CSV writer (RFC 4180) for every table Causeway exports, from the app and the CLI alike.
 * Excel is the main reader, so: a UTF-8 byte-order mark (without it Excel reads "£m" as "Â£m"),
 * CRLF line ends, numbers rounded to the column's display precision (no 83.10600000000001) without
 * thousands separators or a minus sign other than "-", and headers that carry the unit and price base.
 */
import { fullHeading, type ReportCell, type ReportColumn, type ReportTable } from './table.ts';

const BYTE_ORDER_MARK = '\uFEFF';

const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  let format = NUMBER_FORMATS.get(digits);
  if (!format) {
    // Same rounding as the screen (Intl), but plain: "-1234.5", never "−1,234.5" or "-0.0".
    format = new Intl.NumberFormat('en-GB', {
      useGrouping: false,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'negative',
    });
    NUMBER_FORMATS.set(digits, format);
  }
  return format;
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function field(column: ReportColumn, value: ReportCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return quote(value);
  if (!Number.isFinite(value)) return '';
  return numberFormat(column.precision).format(value);
}

/** The table as CSV text, starting with a byte-order mark; write it out as UTF-8. */
export function toCsv(table: ReportTable): string {
  const header = table.columns.map((c) => quote(fullHeading(c, table.priceBase)));
  const rows = table.rows.map((row) => table.columns.map((c, k) => field(c, row.cells[k] ?? null)));
  return BYTE_ORDER_MARK + [header, ...rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
