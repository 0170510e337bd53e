/**
 * One revision in the History list. A revision that cannot be restored says so in words on a line
 * of its own below it, with the reason from the history check, and that sentence describes its
 * disabled Restore and compare buttons (colour only repeats what the words say).
 */
import { useId } from 'react';
import type { RevisionSummary } from '../engine.ts';
import { formatDateTime } from '../format.ts';

export interface RevisionRowProps {
  revision: RevisionSummary;
  /** Show why it cannot be restored (false when nothing can be, for want of the saved file). */
  explain: boolean;
  older: number | null;
  newer: number | 'now';
  onOlder(revision: number): void;
  onNewer(revision: number): void;
  onRestore(revision: number): void;
}

export function RevisionRow({ revision: r, explain, older, newer, onOlder, onNewer, onRestore }: RevisionRowProps) {
  const problemId = useId();
  const why = r.restorable || !explain ? undefined : problemId;
  const current = r.revision === older || r.revision === newer ? 'is-current' : '';
  return (
    <>
      <tr
        data-revision={r.revision}
        data-restorable={r.restorable}
        className={`${current} ${why ? 'is-damaged' : ''}`.trim()}
      >
        <td className="nowrap">
          <input
            type="radio"
            name="rev-a"
            aria-label={`Compare from revision ${r.revision}`}
            checked={older === r.revision}
            onChange={() => onOlder(r.revision)}
            disabled={!r.restorable}
            aria-describedby={why}
          />
          <input
            type="radio"
            name="rev-b"
            aria-label={`Compare to revision ${r.revision}`}
            checked={newer === r.revision}
            onChange={() => onNewer(r.revision)}
            disabled={!r.restorable}
            aria-describedby={why}
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
            onClick={() => onRestore(r.revision)}
            aria-label={`Restore revision ${r.revision}`}
            aria-describedby={why}
          >
            Restore
          </button>
        </td>
      </tr>
      {why ? (
        <tr className="is-damaged history__problem-row" data-problem-of={r.revision}>
          <td colSpan={5} id={problemId} className="history__problem">
            <strong>Cannot be restored.</strong> {r.problem ?? 'Its content cannot be rebuilt.'}
          </td>
        </tr>
      ) : null}
    </>
  );
}
