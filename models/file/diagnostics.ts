import type { Diagnostic } from '../types.ts';

/**
 * Formats diagnostics for the command line, one per line: `FILE: path: message` (or `FILE: message`
 * when the problem concerns the whole file). Warnings say so at the start of the message, so a reader
 * can tell what blocks a run from what is only advice.
 */
export function formatDiagnostics(diags: readonly Diagnostic[], fileName: string): string {
  return diags
    .map((d) => {
      const where = d.path === '' ? '' : `${d.path}: `;
      const level = d.severity === 'warning' ? 'Warning: ' : '';
      return `${fileName}: ${where}${level}${d.message}`;
    })
    .join('\n');
}
