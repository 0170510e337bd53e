/**
 * Report tables: typed columns (unit, display precision, which direction is better) and rows of raw
 * values. The app's tables, the CLI's tables and every CSV are renderings of these, so a column is
 * labelled, rounded and written the same way wherever it appears.
 */
import type { Better, Metric } from './metrics.ts';
import { metricHeading } from './metrics.ts';
import type { SeriesDefinition } from './series.ts';
import { UNITS, unitNote, type UnitId } from './units.ts';

/** A raw value: numbers unrounded (rounded only when written), text as shown, null when missing. */
export type ReportCell = number | string | null;

export interface ReportColumn {
  /** Stable key: the metric or series id, or 'scenario', 'year', ... (used for data attributes). */
  id: string;
  /** Full heading without the unit: "Net additional GVA 2040". */
  label: string;
  /** Heading for narrow places: "Net GVA 2040". */
  short: string;
  unit: UnitId;
  /** Decimals shown and written to CSV (0 for text and years). */
  precision: number;
  better: Better;
  /** Why a value can be missing ("no costs"), for places with room to say so. */
  undefinedWhen?: string;
  /** What a missing value is called: "Not assessed" for measures that need inputs the file lacks. */
  missingLabel?: string;
}

export interface ReportRow {
  /** Stable key: a scenario id, a year, a statistic. */
  id: string;
  /** One per column, in column order. */
  cells: ReportCell[];
  /** Why a missing cell is missing, by column, where the row knows (else the column's `undefinedWhen`). */
  why?: (string | undefined)[];
}

export interface ReportTable {
  id: string;
  title: string;
  /** The year whose prices money columns are in (`doc.prices.baseYear`). */
  priceBase: number;
  columns: ReportColumn[];
  rows: ReportRow[];
}

/** A text column such as the scenario name. */
export function textColumn(id: string, label: string, short = label): ReportColumn {
  return { id, label, short, unit: 'text', precision: 0, better: 'none' };
}

/** A numeric column that is neither a metric nor a yearly series of the catalogue (a factor, a parameter value). */
export function numberColumn(
  id: string,
  label: string,
  unit: UnitId,
  precision: number,
  options: { short?: string; better?: Better } = {},
): ReportColumn {
  return { id, label, short: options.short ?? label, unit, precision, better: options.better ?? 'none' };
}

export function yearColumn(): ReportColumn {
  return { id: 'year', label: 'Year', short: 'Year', unit: 'year', precision: 0, better: 'none' };
}

/** A metric's column over the given years; a band metric becomes text ("High"). */
export function metricColumn(metric: Metric, years: { start: number; end: number }): ReportColumn {
  const column: ReportColumn = {
    id: metric.id,
    label: metricHeading(metric, years, 'label'),
    short: metricHeading(metric, years, 'short'),
    unit: metric.kind === 'number' ? metric.unit : 'text',
    precision: metric.kind === 'number' ? metric.precision : 0,
    better: metric.kind === 'number' ? metric.better : 'none',
  };
  if (metric.undefinedWhen) column.undefinedWhen = metric.undefinedWhen;
  if (metric.missingLabel) column.missingLabel = metric.missingLabel;
  return column;
}

export function seriesColumn(series: SeriesDefinition): ReportColumn {
  return {
    id: series.id,
    label: series.label,
    short: series.short,
    unit: series.unit,
    precision: series.precision,
    better: series.better,
  };
}

/** Full heading with unit and price base, as CSV and reports write it: "Net GVA (£m, 2019 prices)". */
export function fullHeading(column: ReportColumn, priceBase: number): string {
  const note = unitNote(column.unit, priceBase);
  return note ? `${column.label} (${note})` : column.label;
}

/** Short heading for a screen or terminal table whose title states the price base: "NPV (£m)". */
export function shortHeading(column: ReportColumn): string {
  const unit = UNITS[column.unit];
  return unit.onScreen ? `${column.short} (${unit.symbol})` : column.short;
}

/**
 * A cell as people read it: "£1,234.5m", "2,345", "High". With `explain`, a missing value says why
 * ("Not defined (no costs)") where the column knows; otherwise it is "–", or the column's own word for
 * it ("Not assessed": never a zero or a band that was not computed).
 */
export function formatCell(column: ReportColumn, value: ReportCell, explain = false, why?: string): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    const label = column.missingLabel ?? 'Not defined';
    const reason = why ?? column.undefinedWhen;
    if (explain && reason) return `${label} (${reason})`;
    return column.missingLabel ?? '–';
  }
  if (typeof value === 'string') return value;
  return UNITS[column.unit].format(value, column.precision);
}

/** The column with the given id, and its index, for views that place columns by hand. */
export function columnIndex(table: ReportTable, id: string): number {
  const index = table.columns.findIndex((c) => c.id === id);
  if (index < 0) throw new Error(`Report table "${table.id}" has no column "${id}".`);
  return index;
}

/** One column of a table turned on its side for display: its heading and its values as people read them. */
export interface DisplayLine {
  column: ReportColumn;
  values: string[];
}

/**
 * The table on its side (metrics down the page, scenarios or statistics across), as the appraisal
 * panel and the Monte Carlo summary show it. The first column, which names the rows, is left out.
 */
export function displayLines(table: ReportTable, explain = false): DisplayLine[] {
  return table.columns.slice(1).map((column, k) => ({
    column,
    values: table.rows.map((row) => formatCell(column, row.cells[k + 1] ?? null, explain, row.why?.[k + 1])),
  }));
}

/** A table as the text people read, laid out for the writers that place text (Markdown, Word, print). */
export interface TextGrid {
  header: string[];
  body: string[][];
  /** Per column: right-aligned (a figure) or not. */
  numeric: boolean[];
}

/**
 * The table's text grid: as it is, or transposed (measures down the side, one column per row of the
 * table, the rows named by their first cell; missing values then say why where the column knows).
 */
export function textGrid(table: ReportTable, transposed = false): TextGrid {
  if (transposed) {
    const [, ...measures] = table.columns;
    const header = ['Measure', ...table.rows.map((r) => String(r.cells[0] ?? r.id))];
    return {
      header,
      body: measures.map((c, m) => [
        fullHeading(c, table.priceBase),
        ...table.rows.map((r) => formatCell(c, r.cells[m + 1] ?? null, true, r.why?.[m + 1])),
      ]),
      numeric: header.map((_, k) => k > 0),
    };
  }
  return {
    header: table.columns.map((c) => fullHeading(c, table.priceBase)),
    body: table.rows.map((r) => table.columns.map((c, k) => formatCell(c, r.cells[k] ?? null))),
    numeric: table.columns.map((c) => c.unit !== 'text'),
  };
}
