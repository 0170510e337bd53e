/**
 * Builds the text a save writes: the document with revision + 1, updatedAt and a history entry with
 * the reverse patch, by models/history's commitRevision (the same rule Electron main and the CLI use).
 */
import { commitRevision, loadScenario, serialiseScenario, type ScenarioDocument } from '../engine.ts';
import type { SaveOptions } from './contract.ts';

export function buildSavedText(
  previousText: string | null,
  text: string,
  options: SaveOptions,
  savedAt = new Date().toISOString(),
): { text: string; revision: number; doc: ScenarioDocument } | { error: string } {
  const next = loadScenario(text);
  if (!next.document) return { error: next.diagnostics[0]?.message ?? 'The document could not be read.' };
  const previous = previousText ? loadScenario(previousText).document : null;
  const doc = commitRevision(previous, next.document, {
    now: savedAt,
    ...(options.note ? { note: options.note } : {}),
    ...(options.milestone ? { milestone: options.milestone } : {}),
  });
  return { text: serialiseScenario(doc), revision: doc.meta.revision ?? 0, doc };
}
