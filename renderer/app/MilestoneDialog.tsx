/**
 * File > Save Milestone… (and Ctrl+Alt+S): asks for the milestone's name in the app itself. Electron
 * does not implement window.prompt, and a modal <dialog> is the same in both builds: it keeps focus
 * inside, Esc closes it (the browser's own cancel), and Enter in the field saves.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FileCommands } from './useFileCommands.ts';

export function MilestoneDialog({ files, onClose }: { files: FileCommands; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const save = () => {
    const milestone = name.trim();
    if (!milestone) return setProblem('Give the milestone a name.');
    ref.current?.close();
    // The name is the revision's note too, so the History list shows it either way.
    void files.save({ milestone, note: milestone });
  };
  return (
    <dialog ref={ref} className="modal" aria-labelledby="milestone-title" onClose={onClose}>
      <h2 id="milestone-title">Save a milestone</h2>
      <p className="muted">
        Saves a new revision with this name. Milestones are never thinned out of the file’s history.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="stack">
          Milestone name
          <input
            value={name}
            autoFocus
            placeholder="e.g. Board draft"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
          />
        </label>
        {problem ? (
          <p id={errorId} className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="modal__actions">
          <button type="submit" className="btn btn--primary">
            Save
          </button>
          <button type="button" className="btn" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
