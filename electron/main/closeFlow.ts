/**
 * What happens when the window is asked to close, as a plain state machine that tests drive under
 * Node (the Electron wiring only forwards events to it):
 * - unsaved changes ask Save / Don't Save / Cancel; Save asks the page to save and closes once the
 *   page reports the document saved;
 * - a save that fails or is cancelled drops that intention, so a later, unrelated save does not
 *   close the window under the user;
 * - when the page has crashed, its unsaved work exists only as the autosaved copy: there is nothing
 *   to ask the dead page to save, and the copy must survive the close to be offered again.
 */
import { closeChoice, closeDecision, unsavedChangesPrompt, type TitleState } from './windowTitle.ts';

export interface CloseFlowDeps {
  /** Closes the window (the close event then comes back through `onCloseRequested`). */
  close(): void;
  /** Asks the page to save (the File > Save menu command). */
  requestSave(): void;
  /** Shows the unsaved-changes question; returns the index of the button chosen. */
  ask(prompt: ReturnType<typeof unsavedChangesPrompt>): number;
}

export function createCloseFlow(deps: CloseFlowDeps) {
  let state: TitleState = { name: null, modified: false };
  let closeAfterSave = false;
  let pageGone = false;
  /** Once the page has crashed, this session's recovery copies are kept for the next start. */
  let keepRecovery = false;
  return {
    state: () => state,
    /** The page reported its title state (after an edit, a save, an open). */
    setDocumentState(next: TitleState): void {
      state = next;
      if (closeAfterSave && !state.modified) {
        closeAfterSave = false;
        deps.close();
      }
    },
    /** The window's close event: returns true to let it close, false to keep it open. */
    onCloseRequested(): boolean {
      if (pageGone || closeDecision(state).kind === 'close') return true;
      const choice = closeChoice(deps.ask(unsavedChangesPrompt(state)));
      if (choice === 'discard') return true;
      if (choice === 'save') {
        closeAfterSave = true;
        deps.requestSave();
      }
      return false;
    },
    /** A save or save-as call finished; a failed or cancelled one ends a close-after-save. */
    onSaveFinished(ok: boolean): void {
      if (!ok) closeAfterSave = false;
    },
    /** The page's process died (crash, out of memory, killed). */
    onPageGone(): void {
      pageGone = true;
      keepRecovery = true;
      closeAfterSave = false;
      state = { ...state, modified: false };
    },
    /** The page loaded again (after a crash, a reload): it reports its own state from now on. */
    onPageLoaded(): void {
      pageGone = false;
    },
    /** Whether a clean close may forget this session's recovery copies. */
    mayClearRecovery(): boolean {
      return !keepRecovery;
    },
  };
}

export type CloseFlow = ReturnType<typeof createCloseFlow>;
