import type { Diagnostic } from '../types.ts';

/** Builds an error diagnostic. */
export function error(code: string, path: string, message: string): Diagnostic {
  return { severity: 'error', code, path, message };
}

/** Builds a warning diagnostic. */
export function warning(code: string, path: string, message: string): Diagnostic {
  return { severity: 'warning', code, path, message };
}

/** True when any diagnostic is an error (warnings never block a load). */
export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

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
