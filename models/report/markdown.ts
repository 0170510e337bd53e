/**
 * The report as Markdown (`causeway report --format md`): GitHub-flavoured tables with figures as
 * people read them ("£1,234.5m"), headings with the unit and price base, and each chart as a sentence
 * naming it (Markdown has no pictures of its own; the Word and PDF reports carry them).
 */
import type { ReportBlock, ReportDocument } from './reportDocument.ts';
import { textGrid, type ReportTable } from './table.ts';

/** A table cell: pipes escaped and line breaks turned into spaces, so a row stays one line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function markdownTable(table: ReportTable, transposed = false): string {
  const { header, body, numeric } = textGrid(table, transposed);
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    `**${cell(table.title)}**`,
    '',
    line(header),
    `|${numeric.map((right) => (right ? ' ---: ' : ' --- ')).join('|')}|`,
    ...body.map(line),
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
