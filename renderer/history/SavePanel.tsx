/** Save with a note, or as a named milestone that retention never prunes. */
import { useState } from 'react';
import type { FileCommands } from '../app/useFileCommands.ts';

export function SavePanel({ files, modified, revision }: { files: FileCommands; modified: boolean; revision: number }) {
  const [note, setNote] = useState('');
  const [milestone, setMilestone] = useState('');
  const save = async () => {
    const ok = await files.save({
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(milestone.trim() ? { milestone: milestone.trim() } : {}),
    });
    if (ok) {
      setNote('');
      setMilestone('');
    }
  };
  return (
    <section className="card save-panel" aria-labelledby="save-title">
      <h3 id="save-title">
        Save a revision{' '}
        <span className="muted">
          (current revision {revision}
          {modified ? ', with unsaved changes' : ''})
        </span>
      </h3>
      <div className="save-panel__row">
        <label className="stack grow">
          Note
          <input
            value={note}
            placeholder="What changed, e.g. “Lower deadweight after board feedback”"
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <label className="stack">
          Milestone name (optional)
          <input value={milestone} placeholder="e.g. Board draft" onChange={(e) => setMilestone(e.target.value)} />
        </label>
        <button type="button" className="btn btn--primary" onClick={() => void save()}>
          Save revision
        </button>
      </div>
    </section>
  );
}
