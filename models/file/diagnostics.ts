import type { Diagnostic } from '../types.ts';

/** A hostile file can have hundreds of thousands of problems; a person reads the first hundred. */
export const MAX_SHOWN = 100;

/**
 * Formats diagnostics for the command line, one per line: `FILE: path: message` (or `FILE: message`
 * when the problem concerns the whole file). Warnings say so at the start of the message, so a reader
 * can tell what blocks a run from what is only advice. At most `max` are listed, then how many more.
 */
export function formatDiagnostics(diags: readonly Diagnostic[], fileName: string, max = MAX_SHOWN): string {
  const shown = diags.slice(0, max);
  const rest = diags.length - shown.length;
  const lines = shown.map((d) => {
    const where = d.path === '' ? '' : `${d.path}: `;
    const level = d.severity === 'warning' ? 'Warning: ' : '';
    return `${fileName}: ${where}${level}${d.message}`;
  });
  if (rest > 0)
    lines.push(
      `${fileName}: … and ${rest.toLocaleString('en-GB')} more problems like these; correct the ones above first.`,
    );
  return lines.join('\n');
}
