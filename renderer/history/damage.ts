/**
 * What the History view says about a damaged history: the cut models' cutHistory would make (the
 * very function main and the browser adapter apply, so the dialog names exactly what a cut drops),
 * and revision numbers as words.
 */
import { cutHistory, type HistoryCut, type RevisionSummary, type ScenarioDocument } from '../engine.ts';

/** The cut a damaged saved history would get, or null when every revision can be restored or checked. */
export function pendingCut(saved: ScenarioDocument, revisions: readonly RevisionSummary[]): HistoryCut | null {
  // Walking the history again is only worth it when the list already shows a revision it cannot restore.
  if (revisions.every((r) => r.restorable)) return null;
  const cut = cutHistory(saved);
  return cut.damage || cut.unreadable > 0 ? cut : null;
}

/** "revision 3", "revisions 1 and 2", "revisions 1, 2, 3, …, 9 and 10". */
export function revisionsInWords(numbers: readonly number[]): string {
  if (numbers.length === 1) return `revision ${numbers[0]}`;
  const shown = numbers.length > 6 ? [...numbers.slice(0, 3), '…', ...numbers.slice(-2)] : numbers;
  return `revisions ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * The banner's heading: an edit made outside Causeway (found at open, or kept as its own revision
 * by a save) is not damage anyone did to the history, so it is not called that.
 */
export function damageHeading(cut: HistoryCut): string {
  const outside = cut.damage?.code === 'history.edited' || cut.document.history?.revisions[0]?.changedOutside === true;
  return outside ? 'This file was changed outside Causeway' : 'This file’s history is damaged';
}
