/**
 * The keyboard shortcuts, as the shortcut list shows them. The keys are handled in
 * app/useAppEffects.ts (and by React Flow on the canvas, the formula field in the inspector): a
 * shortcut added there belongs here too.
 */
export interface Shortcut {
  keys: string[];
  action: string;
  where: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl+N'], action: 'New scenario file (the Start page)', where: 'Anywhere' },
  { keys: ['Ctrl+O'], action: 'Open a file', where: 'Anywhere' },
  { keys: ['Ctrl+S'], action: 'Save (a new revision)', where: 'Anywhere' },
  { keys: ['Ctrl+Shift+S'], action: 'Save as', where: 'Anywhere' },
  { keys: ['Ctrl+Alt+S'], action: 'Save a milestone (a named revision)', where: 'Anywhere' },
  { keys: ['Ctrl+E'], action: 'Export the shown scenario’s results by year as CSV', where: 'Anywhere' },
  { keys: ['Ctrl+Shift+E'], action: 'Export a report (Excel, Word, PDF, Markdown or CSV)', where: 'Anywhere' },
  { keys: ['Ctrl+Z'], action: 'Undo', where: 'Outside text fields' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo', where: 'Outside text fields' },
  { keys: ['Ctrl+F'], action: 'Find a box on the canvas', where: 'Anywhere' },
  { keys: ['Delete', 'Backspace'], action: 'Delete the selected box or arrow', where: 'Logic model canvas' },
  { keys: ['↑', '↓', 'Enter', 'Tab'], action: 'Choose and accept a name suggestion', where: 'Formula field' },
  { keys: ['F1'], action: 'Method note', where: 'Anywhere' },
  { keys: ['?'], action: 'This list of shortcuts', where: 'Outside text fields' },
  { keys: ['Esc'], action: 'Leave workshop mode, close this list or a dialog', where: 'Workshop, dialogs' },
];
