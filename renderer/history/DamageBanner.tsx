/**
 * Above the revision list of a damaged history: what is damaged (the diagnostic's sentence), which
 * revisions cannot be restored, and the offer to cut the history there. The cut rewrites the saved
 * file and then loads it, so it waits for unsaved changes to be saved or undone, and it needs a file.
 */
import { useId, useState } from 'react';
import type { HistoryCut } from '../engine.ts';
import { CutHistoryDialog } from './CutHistoryDialog.tsx';
import { damageHeading, revisionsInWords } from './damage.ts';

export interface DamageBannerProps {
  cut: HistoryCut;
  fileName: string | null;
  modified: boolean;
  onCut(): void;
}

export function DamageBanner({ cut, fileName, modified, onCut }: DamageBannerProps) {
  const [asking, setAsking] = useState(false);
  const reasonId = useId();
  const why = !fileName
    ? 'This document is not saved to a file yet; save it first, then cut the history of the saved file.'
    : modified
      ? 'Save or undo your unsaved changes first: cutting rewrites the file as last saved and then reloads it.'
      : null;
  const lost = cut.dropped.length > 0 ? revisionsInWords(cut.dropped) : null;
  return (
    <section className="card history-damage" role="region" aria-labelledby="history-damage-title">
      <h3 id="history-damage-title">
        <span aria-hidden="true">⚠ </span>
        {damageHeading(cut)}
      </h3>
      {cut.damage ? <p>{cut.damage.message}</p> : null}
      {cut.unreadable > 0 ? (
        <p>
          {cut.unreadable} record{cut.unreadable === 1 ? ' is' : 's are'} not readable as revisions.
        </p>
      ) : null}
      <p>
        {lost ? `${lost.charAt(0).toUpperCase() + lost.slice(1)} cannot be restored. ` : null}
        Cutting the history at the last good revision keeps {revisionsInWords(cut.kept)} and drops the rest; the model
        itself is not changed.
      </p>
      <div className="history-damage__actions">
        <button
          type="button"
          className="btn"
          disabled={why !== null}
          aria-describedby={why ? reasonId : undefined}
          onClick={() => setAsking(true)}
        >
          Cut the damaged history…
        </button>
        {why ? (
          <span id={reasonId} className="muted">
            {why}
          </span>
        ) : null}
      </div>
      {asking && fileName ? (
        <CutHistoryDialog cut={cut} fileName={fileName} onConfirm={onCut} onClose={() => setAsking(false)} />
      ) : null}
    </section>
  );
}
