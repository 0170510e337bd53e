/**
 * Where work begins: the embedded examples, recent files, a new scenario file for an area (baseline
 * from the library, optional intervention templates), or a blank file.
 */
import { useEffect, useMemo, useState } from 'react';
import { loadScenario } from '../engine.ts';
import { EXAMPLES } from '../examples.ts';
import { usePlatform } from '../store/context.tsx';
import { formatDateTime } from '../format.ts';
import type { RecentFile } from '../platform/contract.ts';
import type { FileCommands } from '../app/useFileCommands.ts';
import { NewForArea } from './NewForArea.tsx';
import { blankDocument } from './blankDocument.ts';

export function StartPage({ files }: { files: FileCommands }) {
  const platform = usePlatform();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    let live = true;
    void platform.listRecent().then((r) => live && r.ok && setRecent(r.value));
    return () => {
      live = false;
    };
  }, [platform]);
  const examples = useMemo(() => EXAMPLES.map((e) => ({ ...e, doc: loadScenario(e.text).document })), []);
  return (
    <div className="page start">
      <div className="start__intro">
        <h2>Causeway</h2>
        <p>
          Build the logic model of an intervention mix, quantify its links, and project GVA, jobs and productivity with
          Green Book additionality and appraisal.
        </p>
      </div>
      <div className="start__grid">
        <section className="card" aria-labelledby="examples-title">
          <h2 id="examples-title">Examples</h2>
          <ul className="start__list">
            {examples.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="start__item"
                  onClick={() => e.doc && files.confirmDiscard() && files.openDocument(e.doc, null)}
                >
                  <strong>{e.doc?.meta.title ?? e.id}</strong>
                  <span className="muted">
                    {e.doc
                      ? `${e.doc.area.name} · ${e.doc.horizon.startYear}–${e.doc.horizon.endYear} · ${e.doc.scenarios.length} scenarios`
                      : 'This example does not load.'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="recent-title">
          <h2 id="recent-title">Recent files</h2>
          {recent.length === 0 ? (
            <p className="muted">Files you open or save appear here.</p>
          ) : (
            <ul className="start__list">
              {recent.map((r) => (
                <li key={r.token}>
                  <button type="button" className="start__item" onClick={() => void files.openRecent(r.token)}>
                    <strong>{r.name}</strong>
                    <span className="muted">{formatDateTime(r.openedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="start__actions">
            <button type="button" className="btn" onClick={() => void files.open()}>
              Open a file…
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => files.confirmDiscard() && files.openDocument(blankDocument(), null)}
            >
              Blank file
            </button>
          </div>
        </section>
        <NewForArea files={files} />
      </div>
    </div>
  );
}
