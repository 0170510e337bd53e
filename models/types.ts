/**
 * The domain types in one import: the scenario document (derived from the file shape, document.ts),
 * the engine's results (results.ts), and diagnostics.
 */
export * from './document.ts';
export * from './results.ts';

/** A problem found in a file, a formula or a run: data, shown where it is. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `formula.unknown-name`, `graph.cycle`. */
  code: string;
  /** Where: a JSON path into the document such as `logicModel.nodes[3].expr` ('' for the whole file). */
  path: string;
  /** A plain sentence that says what is wrong, where, and what to do. */
  message: string;
}

/** Outcome of an operation that can fail on user input: never throws to its caller. */
export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };
