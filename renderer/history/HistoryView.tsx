/**
 * The file's saved revisions and milestones; the difference between any two (or a revision and the
 * document as it is now) in assumptions and in results; and restoring an old revision as an edit
 * (undoable, saved as a new revision, so nothing is ever lost).
 *
 * Everything here is read from the file as last saved (`file.savedDoc`), never from the working
 * document: unsaved edits must not leak into older revisions, and undoing past a save must not hide
 * the revision that save wrote. Only "now" is the working document, and it says whether it is saved.
 *
 * A revision that cannot be rebuilt or fails its hash check says so in words, with the reason, and
 * cannot be restored or compared; a damaged history gets a banner offering to cut it (DamageBanner).
 */
import { useMemo, useState } from 'react';
import { listRevisions, restoreRevision } from '../engine.ts';
import { isModified, type CausewayState } from '../store/createStore.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';
import { EmptyState } from '../common/fields.tsx';
import type { FileCommands } from '../app/useFileCommands.ts';
import { RevisionDiffPanel } from './RevisionDiffPanel.tsx';
import { SavePanel } from './SavePanel.tsx';
import { RevisionRow } from './RevisionRow.tsx';
import { DamageBanner } from './DamageBanner.tsx';
import { pendingCut } from './damage.ts';
import { useCutHistory } from './useCutHistory.ts';
import './history.css';

const selectSaved = (s: CausewayState) => s.file.savedDoc;

export function HistoryView({ files }: { files: FileCommands }) {
  const doc = useCauseway(selectDoc);
  const saved = useCauseway(selectSaved);
  const edit = useCauseway(selectEdit);
  const notify = useCauseway((s) => s.notify);
  const modified = useCauseway(isModified);
  const file = useCauseway((s) => s.file);
  const cutDamaged = useCutHistory(files);
  // A document that was never saved (or recovered without its file) lists what it carries, but
  // nothing can be rebuilt without the saved file the patches start from.
  const revisions = useMemo(
    () => (saved ? listRevisions(saved) : listRevisions(doc).map((r) => ({ ...r, restorable: false }))),
    [saved, doc],
  );
  const cut = useMemo(() => (saved ? pendingCut(saved, revisions) : null), [saved, revisions]);
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number | 'now'>('now');
  const restorable = revisions.filter((r) => r.restorable);
  // A choice that a cut or a reload took away falls back to the defaults.
  const chosenA = restorable.some((r) => r.revision === a) ? a : null;
  const older = chosenA ?? restorable[1]?.revision ?? restorable[0]?.revision ?? null;
  const newer = b === 'now' || restorable.some((r) => r.revision === b) ? b : 'now';

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
      {cut ? (
        <DamageBanner
          cut={cut}
          fileName={file.token ? (file.name ?? 'the file') : null}
          modified={modified}
          onCut={() => void cutDamaged()}
        />
      ) : null}
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
                <tr className={newer === 'now' ? 'is-current' : ''}>
                  <td>
                    <input
                      type="radio"
                      name="rev-b"
                      aria-label={`Compare with now ${modified ? '(the unsaved document)' : '(as saved)'}`}
                      checked={newer === 'now'}
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
                  <RevisionRow
                    key={r.revision}
                    revision={r}
                    // Without the saved file nothing can be rebuilt; the note below the list says so once.
                    explain={saved !== null}
                    older={older}
                    newer={newer}
                    onOlder={setA}
                    onNewer={setB}
                    onRestore={restore}
                  />
                ))}
              </tbody>
            </table>
            <p className="footnote">
              Left button: the older side; right button: the newer side. Restoring replaces the working document with
              that revision; it is an ordinary edit (undo works) and saving records it as a new revision.
            </p>
          </section>
          {older !== null && saved ? (
            <RevisionDiffPanel saved={saved} working={doc} modified={modified} from={older} to={newer} />
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
