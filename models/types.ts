/**
 * The domain types in one import: the scenario document (derived from the file shape, document.ts),
 * the engine's results (results.ts), and diagnostics with their codes (diagnostics.ts).
 */
export * from './document.ts';
export * from './results.ts';

export { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Result } from './diagnostics.ts';
