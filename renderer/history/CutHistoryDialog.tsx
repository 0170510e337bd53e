/**
 * "Cut the damaged history…": says which revisions go and which stay, that the model itself is not
 * changed, and that the file as it is now is kept, before anything is written. The app's own modal
 * <dialog>, as the milestone dialog (Electron has no window.confirm of its own to rely on): focus
 * stays inside, Esc cancels, and Cancel has the focus first since cutting cannot be undone.
 */
import { useEffect, useRef } from 'react';
import type { HistoryCut } from '../engine.ts';
import { revisionsInWords } from './damage.ts';

export interface CutHistoryDialogProps {
  cut: HistoryCut;
  fileName: string;
  onConfirm(): void;
  onClose(): void;
}

export function CutHistoryDialog({ cut, fileName, onConfirm, onClose }: CutHistoryDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button (the cut) and React's autoFocus runs before it: focus here.
    cancel.current?.focus();
  }, []);
  const unreadable =
    cut.unreadable > 0 ? `${cut.unreadable} unreadable record${cut.unreadable === 1 ? '' : 's'}` : null;
  const dropped = [cut.dropped.length > 0 ? revisionsInWords(cut.dropped) : null, unreadable]
    .filter((x) => x !== null)
    .join(' and ');
  return (
    <dialog ref={ref} className="modal cut-history" aria-labelledby="cut-history-title" onClose={onClose}>
      <h2 id="cut-history-title">Cut the damaged history?</h2>
      <p>
        {dropped ? (
          <>
            <strong>{dropped.charAt(0).toUpperCase() + dropped.slice(1)}</strong> will be dropped from the history of{' '}
            {fileName}.
          </>
        ) : (
          <>The record of the current revision of {fileName} will be written afresh.</>
        )}{' '}
        The history keeps {revisionsInWords(cut.kept)}, and each of them can be restored.
      </p>
      <p>
        The model itself is unchanged: its boxes, values and scenarios stay exactly as they are now, and no revision is
        added. The file as it is now is kept as a backup.
      </p>
      <div className="modal__actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => {
            ref.current?.close();
            onConfirm();
          }}
        >
          Cut the history
        </button>
        <button ref={cancel} type="button" className="btn" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
