/**
 * The window title: the document's name, a modified mark and the app's name, e.g.
 * `● greater-manchester.causeway.json — Causeway`. macOS shows the mark in the close button
 * (setDocumentEdited) instead of the title, as its guidelines ask.
 */
export interface TitleState {
  name: string | null;
  modified: boolean;
}

export function windowTitle(
  state: TitleState,
  platform: NodeJS.Platform,
  appName = 'Causeway',
): { title: string; documentEdited: boolean } {
  const name = state.name ?? 'Untitled scenario';
  const mark = state.modified && platform !== 'darwin' ? '● ' : '';
  return { title: `${mark}${name} — ${appName}`, documentEdited: state.modified };
}

/** What to do when the window is asked to close. */
export type CloseDecision = { kind: 'close' } | { kind: 'ask' };

export function closeDecision(state: TitleState): CloseDecision {
  return state.modified ? { kind: 'ask' } : { kind: 'close' };
}

/** The unsaved-changes question; the button order matches `closeChoice`. */
export function unsavedChangesPrompt(state: TitleState): {
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
} {
  const name = state.name ?? 'this untitled scenario';
  return {
    message: `Do you want to save the changes you made to ${name}?`,
    detail: "Your changes will be lost if you don't save them.",
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
  };
}

export function closeChoice(response: number): 'save' | 'discard' | 'cancel' {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
