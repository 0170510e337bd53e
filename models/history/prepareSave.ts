/**
 * The one save path shared by Electron main, the browser adapter and the CLI's `set`: from the
 * document a file was opened as (its base) and the edited document, the text to write (revision + 1,
 * the reverse patch to the base, retention) and the document that text holds. The edited document
 * is parsed once when it arrives as text and the result serialised once; the saved document is
 * handed back so that no caller needs to parse the text it is about to write.
 *
 * There is no read-back check of the written text: the edited document has been through the load
 * pipeline (or is a typed edit of one), whose shape check accepts any finite number, and the
 * serialiser round-trips every loadable document byte for byte (tested on every example and on
 * generated documents), so parsing the output again would only repeat the first parse.
 */
import { loadScenario } from '../check/index.ts';
import { formatDiagnostics, serialiseScenario } from '../file/index.ts';
import type { ScenarioDocument } from '../types.ts';
import type { RetentionPolicy } from './retention.ts';
import { commitRevision } from './revisions.ts';

export interface SaveInput {
  /**
   * The file as it was opened or last saved, whose history the save continues: its text, its loaded
   * document, or null for a document never saved (or whose saved form is unknown).
   */
  base: string | ScenarioDocument | null;
  /** The edited document, or its text as the renderer sent it. */
  edited: string | ScenarioDocument;
  /** The file's name, for messages. */
  name: string;
  /** ISO 8601 time of the save. */
  now: string;
  note?: string;
  milestone?: string;
  /** Thinning of the history; `false` keeps every revision (default: DEFAULT_RETENTION). */
  retention?: RetentionPolicy | false;
}

export type PreparedSave =
  | { ok: true; text: string; document: ScenarioDocument; revision: number }
  | { ok: false; kind: 'newer-version' | 'invalid' | 'internal'; message: string };

type Refusal = Extract<PreparedSave, { ok: false }>;

/**
 * Runs the load pipeline on text to be saved: the document, or why it cannot be saved. A document
 * with semantic errors is still saved (the editor shows them, and work in progress must be
 * savable); only text the pipeline cannot turn into a document at all is refused.
 */
export function documentToSave(text: string, name: string): { ok: true; document: ScenarioDocument } | Refusal {
  const outcome = loadScenario(text);
  if (outcome.document) return { ok: true, document: outcome.document };
  const newer = outcome.diagnostics.find((d) => d.code === 'version.newer');
  if (newer) return { ok: false, kind: 'newer-version', message: `"${name}" was not saved: ${newer.message}` };
  return {
    ok: false,
    kind: 'invalid',
    message: `"${name}" was not saved because the document has errors:\n${formatDiagnostics(outcome.diagnostics, name)}`,
  };
}

/** Neither input is modified; documents are treated as immutable values throughout. */
export function prepareSave(input: SaveInput): PreparedSave {
  let edited: ScenarioDocument;
  if (typeof input.edited === 'string') {
    const read = documentToSave(input.edited, input.name);
    if (!read.ok) return read;
    edited = read.document;
  } else {
    edited = input.edited;
  }
  // A base that no longer loads cannot be continued: the save starts a fresh history line.
  const base = typeof input.base === 'string' ? loadScenario(input.base).document : input.base;
  try {
    const document = commitRevision(base, edited, {
      now: input.now,
      ...(input.note ? { note: input.note } : {}),
      ...(input.milestone ? { milestone: input.milestone } : {}),
      ...(input.retention !== undefined ? { retention: input.retention } : {}),
    });
    return { ok: true, text: serialiseScenario(document), document, revision: document.meta.revision ?? 0 };
  } catch (e) {
    return {
      ok: false,
      kind: 'internal',
      message: `Causeway could not prepare "${input.name}" for saving (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
}
