/**
 * The one CSV writer (RFC 4180) for every table Causeway exports, from the app and the CLI alike.
 * Excel is the main reader, so: a UTF-8 byte-order mark (without it Excel reads "£m" as "Â£m"),
 * CRLF line ends, numbers rounded to the column's display precision (no 83.10600000000001) without
 * thousands separators or a minus sign other than "-", and headers that carry the unit and price base.
 * Text that Excel would run as a formula is written as text (see `asText`).
 */
import { fullHeading, type ReportCell, type ReportColumn, type ReportTable } from './table.ts';

const BYTE_ORDER_MARK = '\uFEFF';

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(digits: number, padded: boolean): Intl.NumberFormat {
  const key = `${digits}:${padded}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    // Same rounding as the screen (Intl), but plain: "-1234.5", never "−1,234.5" or "-0.0".
    format = new Intl.NumberFormat('en-GB', {
      useGrouping: false,
      minimumFractionDigits: padded ? digits : 0,
      maximumFractionDigits: digits,
      signDisplay: 'negative',
    });
    NUMBER_FORMATS.set(key, format);
  }
  return format;
}

/**
 * The decimals a raw value is written with: a percentage column holds fractions (0.035 shown as
 * "3.5%" is written 0.035), and a parameter's own value is written without padding (0.03, 15000).
 */
function csvNumber(column: ReportColumn, value: number): string {
  if (column.unit === 'percent') return numberFormat(column.precision + 2, false).format(value);
  return numberFormat(column.precision, column.unit !== 'value').format(value);
}

/**
 * Formula injection (OWASP "CSV injection"): Excel and LibreOffice run a cell that starts with `=`,
 * `+`, `-` or `@` as a formula, and also one that starts with a tab or carriage return before such a
 * sign. Labels come from files people share, so a text cell starting with any of these is prefixed
 * with an apostrophe, which spreadsheets read as "this cell is text". Numbers never pass through
 * here: a negative number is written by `csvNumber` and stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
function asText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function textField(text: string): string {
  return quote(asText(text));
}

function field(column: ReportColumn, value: ReportCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return textField(value);
  if (!Number.isFinite(value)) return '';
  return csvNumber(column, value);
}

/** The table as CSV text, starting with a byte-order mark; write it out as UTF-8. */
export function toCsv(table: ReportTable): string {
  const header = table.columns.map((c) => textField(fullHeading(c, table.priceBase)));
  const rows = table.rows.map((row) => table.columns.map((c, k) => field(c, row.cells[k] ?? null)));
  return BYTE_ORDER_MARK + [header, ...rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
