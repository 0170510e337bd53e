/**
 * The report as Markdown (`causeway report --format md`): GitHub-flavoured tables with figures as
 * people read them ("£1,234.5m"), headings with the unit and price base, and each chart as a sentence
 * naming it (Markdown has no pictures of its own; the Word and PDF reports carry them).
 */
import type { ReportBlock, ReportDocument } from './reportDocument.ts';
import { formatCell, fullHeading, type ReportTable } from './table.ts';

/** A table cell: pipes escaped and line breaks turned into spaces, so a row stays one line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const NUMERIC = (unit: string) => unit !== 'text';

export function markdownTable(table: ReportTable, transposed = false): string {
  let header: string[];
  let rows: string[][];
  let align: boolean[];
  if (transposed) {
    const [, ...measures] = table.columns;
    header = ['Measure', ...table.rows.map((r) => String(r.cells[0] ?? r.id))];
    rows = measures.map((c, m) => [
      fullHeading(c, table.priceBase),
      ...table.rows.map((r) => formatCell(c, r.cells[m + 1] ?? null, true)),
    ]);
    align = header.map((_, k) => k > 0);
  } else {
    header = table.columns.map((c) => fullHeading(c, table.priceBase));
    rows = table.rows.map((r) => table.columns.map((c, k) => formatCell(c, r.cells[k] ?? null)));
    align = table.columns.map((c) => NUMERIC(c.unit));
  }
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    `**${cell(table.title)}**`,
    '',
    line(header),
    `|${align.map((right) => (right ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${b.text}`;
    case 'paragraph':
      return b.text;
    case 'list':
      return b.items.map((i) => `- ${i}`).join('\n');
    case 'table':
      return markdownTable(b.table, b.transposed);
    case 'figure':
      return `*Figure: ${b.title}. The picture is in the Word and PDF reports.*`;
    case 'pageBreak':
      return '---';
  }
}

export function toMarkdown(report: ReportDocument): string {
  const parts = [`# ${report.title}`, report.subtitle, `*${report.generatedBy}*`, ...report.blocks.map(block)];
  return `${parts.join('\n\n')}\n`;
}
