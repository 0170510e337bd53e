/**
 * The "Logic checks" list: sense-check notes on the logic model as it is now (models/check,
 * What Works Growth's "Using logic models"), each saying what was found and why it matters, with a
 * way to look at the box or link and to dismiss the note with a reason (kept in the file). The
 * checklist above the notes gives every check's state in words, not colour alone.
 */
import { useMemo, useState } from 'react';
import {
  dismissCheck,
  restoreCheck,
  senseChecklist,
  senseChecks,
  type ScenarioDocument,
  type SenseNote,
} from '../engine.ts';
import { selectDoc, selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';
import { diagnosticTarget, projectionFor } from '../store/derived.ts';

const notesCache = new WeakMap<ScenarioDocument, SenseNote[]>();

/** The notes of a document, computed once per document (they run the engine for some checks). */
export function notesFor(doc: ScenarioDocument): SenseNote[] {
  let notes = notesCache.get(doc);
  if (!notes) notesCache.set(doc, (notes = senseChecks(doc, { project: projectionFor })));
  return notes;
}

const STATE_WORDS = { passed: 'Passed', dismissed: 'Dismissed with reasons', open: 'To look at' } as const;

function NoteItem({ note }: { note: SenseNote }) {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const [reason, setReason] = useState<string | null>(null);
  const target = diagnosticTarget(doc, note.path);
  const interventionIndex = /^interventions\[(\d+)\]/.exec(note.path);
  return (
    <li
      className={`logic-note ${note.dismissed ? 'is-dismissed' : ''}`}
      data-check={note.check}
      data-subject={note.subject}
    >
      <p className="logic-note__message">{note.message}</p>
      <p className="logic-note__why">
        <strong>Why it matters:</strong> {note.why}
      </p>
      {note.dismissed ? (
        <p className="logic-note__reason">
          <strong>Dismissed:</strong> {note.dismissed.reason}
        </p>
      ) : null}
      <div className="logic-note__actions">
        {target ? (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              store.getState().select(target, true);
              store.getState().setView('model');
            }}
          >
            Show {target.kind === 'node' ? 'the box' : 'the link'}
          </button>
        ) : interventionIndex ? (
          <button type="button" className="btn btn--small" onClick={() => store.getState().setView('model')}>
            Show the model
          </button>
        ) : null}
        {note.dismissed ? (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => edit((d) => restoreCheck(d, note.check, note.subject), { log: 'Restored a logic check' })}
          >
            Restore
          </button>
        ) : reason === null ? (
          <button type="button" className="btn btn--small" onClick={() => setReason('')}>
            Dismiss…
          </button>
        ) : (
          <form
            className="logic-note__dismiss"
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim() === '') return;
              edit((d) => dismissCheck(d, note.check, note.subject, reason), { log: 'Dismissed a logic check' });
              setReason(null);
            }}
          >
            <label>
              Why does this not apply?
              <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
            </label>
            <button type="submit" className="btn btn--small" disabled={reason.trim() === ''}>
              Dismiss with this reason
            </button>
            <button type="button" className="btn btn--small" onClick={() => setReason(null)}>
              Cancel
            </button>
          </form>
        )}
      </div>
    </li>
  );
}

export function LogicChecksList() {
  const doc = useCauseway(selectDoc);
  const notes = useMemo(() => notesFor(doc), [doc]);
  const open = notes.filter((n) => !n.dismissed);
  const dismissed = notes.filter((n) => n.dismissed);
  const checklist = senseChecklist(notes);
  return (
    <section className="panel logic-checks" aria-labelledby="logic-checks-heading">
      <h2 id="logic-checks-heading">Logic checks</h2>
      <p className="field__hint">
        Sense checks after the What Works Centre for Local Economic Growth&apos;s guide &quot;Using logic models&quot;.
        They are notes, never errors: fix what they find, or dismiss a note with the reason it does not apply.
      </p>
      <ul className="checklist">
        {checklist.map((line) => (
          <li key={line.check} className={`checklist__item is-${line.state}`} title={line.why}>
            <span className="checklist__state">{STATE_WORDS[line.state]}</span> {line.title}
            {line.open > 0 ? ` (${line.open})` : ''}
          </li>
        ))}
      </ul>
      <h3>{open.length === 0 ? 'Nothing to look at' : `${open.length} to look at`}</h3>
      <ul className="logic-notes">
        {open.map((note) => (
          <NoteItem key={`${note.check}:${note.subject}`} note={note} />
        ))}
      </ul>
      {dismissed.length > 0 ? (
        <details>
          <summary>{dismissed.length} dismissed with reasons</summary>
          <ul className="logic-notes">
            {dismissed.map((note) => (
              <NoteItem key={`${note.check}:${note.subject}`} note={note} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
