/** Plain-text tables for the command line. CSV comes from the one writer in models/report. */
import { displayLines, formatCell, shortHeading, type ReportTable } from '../models/index.ts';

/** Right-align numbers, left-align the first column; two spaces between columns. */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A report table as the terminal shows it: short headings, figures formatted to their precision. */
export function renderReportTable(table: ReportTable): string {
  return renderTable(
    table.columns.map(shortHeading),
    table.rows.map((row) => table.columns.map((c, k) => formatCell(c, row.cells[k] ?? null))),
  );
}

/**
 * A report table on its side: one line per metric, the rows across (the appraisal of one scenario,
 * or the Monte Carlo statistics). With `explain`, missing figures say why where the metric knows.
 */
export function renderSideways(table: ReportTable, corner: string, explain = true): string {
  return renderTable(
    [corner, ...table.rows.map((row) => String(row.cells[0] ?? row.id))],
    displayLines(table, explain).map((l) => [l.column.label, ...l.values]),
  );
}
