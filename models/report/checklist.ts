/**
 * The logic-model checklist for reports: every sense check (What Works Growth, "Using logic models";
 * models/check/senseChecks.ts) with its state in the file, what is open or why it was dismissed, and
 * why the check matters.
 */
import { senseChecklist, type SenseNote } from '../check/senseChecks.ts';
import type { ScenarioDocument } from '../types.ts';
import { textColumn, type ReportTable } from './table.ts';

const STATE_WORDS = { passed: 'Passed', dismissed: 'Dismissed with reasons', open: 'To look at' } as const;

export function logicChecklistTable(doc: ScenarioDocument, notes: readonly SenseNote[]): ReportTable {
  return {
    id: 'logic-checklist',
    title: 'Logic-model checklist (What Works Growth, "Using logic models")',
    priceBase: doc.prices.baseYear,
    columns: [
      textColumn('check', 'Check'),
      textColumn('state', 'State'),
      textColumn('notes', 'Notes and reasons'),
      textColumn('why', 'Why it matters'),
    ],
    rows: senseChecklist(notes).map((line) => {
      const mine = notes.filter((n) => n.check === line.check);
      const detail = mine.map((n) => (n.dismissed ? `Dismissed: ${n.dismissed.reason}` : n.message)).join(' ');
      return { id: line.check, cells: [line.title, STATE_WORDS[line.state], detail || null, line.why] };
    }),
  };
}
