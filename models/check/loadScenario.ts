import { error, hasErrors } from '../diagnostics.ts';
import { readScenarioText, type ReadOptions } from '../file/read.ts';
import type { Diagnostic, ScenarioDocument } from '../types.ts';
import { checkDocument } from './checkDocument.ts';

/** What loading a file gave. `document` on failure is set only when the shape was valid but semantic checks failed. */
export type LoadOutcome =
  | {
      ok: true;
      document: ScenarioDocument;
      /** Warnings only. */ diagnostics: Diagnostic[];
      /** The schemaVersion migrated from, or null. */ migratedFrom: number | null;
    }
  | { ok: false; diagnostics: Diagnostic[]; document: ScenarioDocument | null };

export type LoadOptions = ReadOptions;

/**
 * Loads scenario file text into a document: the file stages (parse, envelope, migrate, shape) and
 * then checkDocument. Never throws: every problem, from a truncated file to a dangling link, comes
 * back as a diagnostic with a JSON path and a plain sentence saying what to do.
 */
export function loadScenario(text: string, options: LoadOptions = {}): LoadOutcome {
  const read = readScenarioText(text, options);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics, document: null };
  const diagnostics = [...read.diagnostics, ...checkSafely(read.document)];
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, document: read.document };
  return { ok: true, document: read.document, diagnostics, migratedFrom: read.migratedFrom };
}

/** The checks promise not to throw on a well-shaped document; if one does, say so rather than fail to open. */
function checkSafely(document: ScenarioDocument): Diagnostic[] {
  try {
    return checkDocument(document);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return [
      error(
        'internal.check-failed',
        '',
        `Checking this file failed unexpectedly (${why}); please report this problem with the file.`,
      ),
    ];
  }
}
