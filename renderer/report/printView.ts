/**
 * The report's print view in the app: the report's HTML (models/report, the same page the CLI prints
 * to PDF) mounted at the end of the body with its print stylesheet, shown only when printing, while
 * the app itself is hidden and unclipped for print. Electron prints it with printToPDF; a browser
 * prints it through its own dialog.
 */
import { PRINT_CSS, PRINT_ROOT_CLASS, reportHtmlBody, type ReportDocument } from '../engine.ts';

export const PRINT_HOST_CLASS = 'causeway-print-host';

/** On screen the print view is invisible; in print only it shows, on pages as long as it needs. */
const HOST_CSS = `
@media screen { .${PRINT_HOST_CLASS} { display: none; } }
@media print {
  html, body, #root { height: auto !important; overflow: visible !important; background: #fff !important; }
  body > *:not(.${PRINT_HOST_CLASS}) { display: none !important; }
  .${PRINT_HOST_CLASS} { display: block; }
}`;

/** Mounts the print view; the function returned removes it again. */
export function mountPrintView(report: ReportDocument): () => void {
  document.querySelector(`.${PRINT_HOST_CLASS}`)?.remove();
  const host = document.createElement('div');
  host.className = PRINT_HOST_CLASS;
  // The HTML is built by models/report from escaped text and the report's own SVG: no user markup.
  host.innerHTML = `<style>${PRINT_CSS}${HOST_CSS}</style>${reportHtmlBody(report)}`;
  document.body.append(host);
  return () => host.remove();
}

export { PRINT_ROOT_CLASS };
