/**
 * The print view of a report: the same blocks as the Word report, as HTML with a print stylesheet
 * (A4, page breaks before each section, table headings repeated on every page, page numbers from CSS
 * @page counters). The app prints it through Electron's printToPDF or the browser's print dialog; the
 * CLI prints the same page through Chromium. Charts are inline SVG, so they stay sharp in the PDF.
 */
import { inlineRuns } from './inline.ts';
import type { ReportBlock, ReportDocument } from './reportDocument.ts';
import { formatCell, textGrid, type ReportTable } from './table.ts';
import { escapeXml } from './charts/svg.ts';

/** The class of the element the print view lives in; every rule below is scoped to it. */
export const PRINT_ROOT_CLASS = 'causeway-report';

export const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt Arial, Helvetica, sans-serif; color: #4a5565; }
}
.${PRINT_ROOT_CLASS} { font: 10pt/1.4 Arial, Helvetica, sans-serif; color: #1f2933; background: #fff; }
.${PRINT_ROOT_CLASS} h1 { font-size: 16pt; margin: 0 0 8pt; color: #1c4a70; break-after: avoid; }
.${PRINT_ROOT_CLASS} h1.report-section { break-before: page; }
.${PRINT_ROOT_CLASS} .report-generated + h1.report-section { break-before: auto; }
.${PRINT_ROOT_CLASS} h2 { font-size: 13pt; margin: 14pt 0 6pt; break-after: avoid; }
.${PRINT_ROOT_CLASS} .report-title { font-size: 22pt; margin: 12mm 0 6pt; color: #1c4a70; }
.${PRINT_ROOT_CLASS} .report-subtitle { font-size: 12pt; color: #4a5565; margin: 0 0 4pt; }
.${PRINT_ROOT_CLASS} .report-generated { font-size: 9pt; color: #4a5565; margin: 0 0 18pt; }
.${PRINT_ROOT_CLASS} p { margin: 0 0 6pt; }
.${PRINT_ROOT_CLASS} code { font-family: "Courier New", monospace; font-size: 9pt; }
.${PRINT_ROOT_CLASS} table { border-collapse: collapse; width: 100%; margin: 4pt 0 12pt; font-size: 8pt; break-inside: auto; }
.${PRINT_ROOT_CLASS} caption { text-align: left; font-weight: bold; font-size: 9pt; padding: 0 0 3pt; caption-side: top; }
.${PRINT_ROOT_CLASS} thead { display: table-header-group; }
.${PRINT_ROOT_CLASS} tr { break-inside: avoid; }
.${PRINT_ROOT_CLASS} th, .${PRINT_ROOT_CLASS} td { border: 0.5pt solid #c4cad3; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: break-word; }
.${PRINT_ROOT_CLASS} th { background: #e8eef5; }
.${PRINT_ROOT_CLASS} td.num, .${PRINT_ROOT_CLASS} th.num { text-align: right; }
.${PRINT_ROOT_CLASS} td.num { white-space: nowrap; }
.${PRINT_ROOT_CLASS} table.report-measures { table-layout: fixed; }
.${PRINT_ROOT_CLASS} table.report-measures col.report-measure { width: 32%; }
.${PRINT_ROOT_CLASS} table.report-measures td.num { white-space: normal; }
.${PRINT_ROOT_CLASS} sup { font-size: 6.5pt; line-height: 0; }
.${PRINT_ROOT_CLASS} .report-table-notes { font-size: 7.5pt; color: #4a5565; margin: -8pt 0 12pt; }
.${PRINT_ROOT_CLASS} figure { margin: 6pt 0 12pt; break-inside: avoid; }
.${PRINT_ROOT_CLASS} figure svg { width: 100%; height: auto; max-height: 230mm; }
.${PRINT_ROOT_CLASS} figcaption { font-size: 8.5pt; color: #4a5565; }
.${PRINT_ROOT_CLASS} hr.report-break { break-after: page; border: 0; margin: 0; }
`;

const esc = escapeXml;

function inline(text: string): string {
  return inlineRuns(text)
    .map((r) => (r.bold ? `<strong>${esc(r.text)}</strong>` : r.code ? `<code>${esc(r.text)}</code>` : esc(r.text)))
    .join('');
}

export function htmlTable(table: ReportTable, transposed = false): string {
  const { header, body, numeric } = textGrid(table, transposed);
  const cls = (k: number) => (numeric[k] ? ' class="num"' : '');
  // Transposed (measures down the side, a column per scenario), a missing value's reason goes to a
  // note below the table: in its cell it took the width the measure names needed. Body row m is
  // column m + 1 of the table, body cell k of it is table row k - 1 (see textGrid).
  const notes: string[] = [];
  const value = (text: string, m: number, k: number) => {
    const plain = transposed ? formatCell(table.columns[m + 1]!, table.rows[k - 1]!.cells[m + 1] ?? null) : text;
    if (plain === text) return esc(text);
    const n = notes.indexOf(text) + 1 || notes.push(text);
    return `${esc(plain)}<sup>${n}</sup>`;
  };
  // Transposed, the first cell of a row names the measure: a row heading.
  const cell = (text: string, k: number, m: number) =>
    transposed && k === 0 ? `<th scope="row">${esc(text)}</th>` : `<td${cls(k)}>${value(text, m, k)}</td>`;
  const head = `<tr>${header.map((h, k) => `<th scope="col"${cls(k)}>${esc(h)}</th>`).join('')}</tr>`;
  const rows = body.map((r, m) => `<tr>${r.map((t, k) => cell(t, k, m)).join('')}</tr>`).join('');
  // A fixed layout with the measure column set: the scenarios share the rest equally.
  const layout = transposed ? ' class="report-measures"' : '';
  const columns = transposed
    ? `<colgroup><col class="report-measure"><col span="${header.length - 1}"></colgroup>`
    : '';
  const below = notes.length
    ? `<p class="report-table-notes">${notes.map((t, i) => `<sup>${i + 1}</sup> ${esc(t)}`).join('<br>')}</p>`
    : '';
  return `<table data-table="${esc(table.id)}"${layout}><caption>${esc(table.title)}</caption>${columns}<thead>${head}</thead><tbody>${rows}</tbody></table>${below}`;
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1
        ? `<h1 class="report-section">${esc(b.text)}</h1>`
        : `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
    case 'table':
      return htmlTable(b.table, b.transposed);
    case 'figure':
      return `<figure data-figure="${esc(b.id)}">${b.svg}${b.caption ? `<figcaption>${esc(b.caption)}</figcaption>` : ''}</figure>`;
    case 'pageBreak':
      return '<hr class="report-break">';
  }
}

/** The report's article (no <html> around it): what the app mounts to print. */
export function reportHtmlBody(report: ReportDocument): string {
  return [
    `<article class="${PRINT_ROOT_CLASS}">`,
    `<h1 class="report-title">${esc(report.title)}</h1>`,
    `<p class="report-subtitle">${esc(report.subtitle)}</p>`,
    `<p class="report-generated">${esc(report.generatedBy)}</p>`,
    ...report.blocks.map(block),
    '</article>',
  ].join('\n');
}

/** A standalone HTML page of the report with its print stylesheet (the CLI prints it to PDF). */
export function reportHtmlDocument(report: ReportDocument): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    `<title>${esc(report.title)}</title>`,
    `<style>${PRINT_CSS} body { margin: 0; }</style>`,
    '</head><body>',
    reportHtmlBody(report),
    '</body></html>',
  ].join('\n');
}
