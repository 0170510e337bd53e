/**
 * The file's saved revisions and milestones; the difference between any two (or a revision and the
 * document as it is now) in assumptions and in results; and restoring an old revision as an edit
 * (undoable, saved as a new revision, so nothing is ever lost).
 *
 * Everything here is read from the file as last saved (`file.savedDoc`), never from the working
 * document: unsaved edits must not leak into older revisions, and undoing past a save must not hide
 * the revision that save wrote. Only "now" is the working document, and it says whether it is saved.
 */
import { useMemo, useState } from 'react';
import { listRevisions, restoreRevision } from '../engine.ts';
import { isModified, type CausewayState } from '../store/createStore.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';
import { EmptyState } from '../common/fields.tsx';
import { formatDateTime } from '../format.ts';
import type { FileCommands } from '../app/useFileCommands.ts';
import { RevisionDiffPanel } from './RevisionDiffPanel.tsx';
import { SavePanel } from './SavePanel.tsx';

const selectSaved = (s: CausewayState) => s.file.savedDoc;

export function HistoryView({ files }: { files: FileCommands }) {
  const doc = useCauseway(selectDoc);
  const saved = useCauseway(selectSaved);
  const edit = useCauseway(selectEdit);
  const notify = useCauseway((s) => s.notify);
  const modified = useCauseway(isModified);
  // A document that was never saved (or recovered without its file) lists what it carries, but
  // nothing can be rebuilt without the saved file the patches start from.
  const revisions = useMemo(
    () => (saved ? listRevisions(saved) : listRevisions(doc).map((r) => ({ ...r, restorable: false }))),
    [saved, doc],
  );
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number | 'now'>('now');
  const older = a ?? revisions[1]?.revision ?? revisions[0]?.revision ?? null;

  const restore = (revision: number) => {
    if (!saved) return;
    const out = restoreRevision(saved, revision);
    if (!out.ok) return notify('error', out.diagnostics[0]?.message ?? `Revision ${revision} cannot be rebuilt.`);
    // One edit: one undo takes the whole restore back.
    edit(() => out.value, { log: `Restored revision ${revision}` });
  };

  return (
    <div className="page history">
      <SavePanel files={files} modified={modified} revision={saved?.meta.revision ?? 0} />
      {revisions.length === 0 ? (
        <EmptyState title="No saved revisions yet">
          <p>
            Each save adds a revision to the file itself, with your note, so a scenario file carries its own history:
            you can see what changed between any two saves and go back to any of them.
          </p>
        </EmptyState>
      ) : (
        <div className="history__layout">
          <section className="card history__list" aria-labelledby="revisions-title">
            <h3 id="revisions-title">Revisions</h3>
            <table className="grid" data-table="revisions">
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">Revision</th>
                  <th scope="col">Saved</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr className={b === 'now' ? 'is-current' : ''}>
                  <td>
                    <input
                      type="radio"
                      name="rev-b"
                      aria-label={`Compare with now ${modified ? '(the unsaved document)' : '(as saved)'}`}
                      checked={b === 'now'}
                      onChange={() => setB('now')}
                    />
                  </td>
                  <td colSpan={4}>
                    <strong>Now</strong>{' '}
                    {modified ? (
                      <span className="modified">(unsaved changes)</span>
                    ) : (
                      <span className="muted">(as saved)</span>
                    )}
                  </td>
                </tr>
                {revisions.map((r) => (
                  <tr
                    key={r.revision}
                    data-revision={r.revision}
                    className={r.revision === older || r.revision === b ? 'is-current' : ''}
                  >
                    <td className="nowrap">
                      <input
                        type="radio"
                        name="rev-a"
                        aria-label={`Compare from revision ${r.revision}`}
                        checked={older === r.revision}
                        onChange={() => setA(r.revision)}
                        disabled={!r.restorable}
                      />
                      <input
                        type="radio"
                        name="rev-b"
                        aria-label={`Compare to revision ${r.revision}`}
                        checked={b === r.revision}
                        onChange={() => setB(r.revision)}
                        disabled={!r.restorable}
                      />
                    </td>
                    <td className="num">{r.revision}</td>
                    <td className="nowrap">{formatDateTime(r.savedAt)}</td>
                    <td>
                      {r.milestone ? <span className="milestone">★ {r.milestone}</span> : null}{' '}
                      {r.note && r.note !== r.milestone ? r.note : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn--small"
                        disabled={!r.restorable}
                        onClick={() => restore(r.revision)}
                        aria-label={`Restore revision ${r.revision}`}
                      >
                        Restore
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="footnote">
              Left button: the older side; right button: the newer side. Restoring replaces the working document with
              that revision; it is an ordinary edit (undo works) and saving records it as a new revision.
            </p>
          </section>
          {older !== null && saved ? (
            <RevisionDiffPanel saved={saved} working={doc} modified={modified} from={older} to={b} />
          ) : null}
          {!saved ? (
            <p className="card muted">
              This document has not been saved in this session, so its earlier revisions cannot be rebuilt here. Save it
              (or open the saved file) to compare and restore revisions.
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
