/**
 * Every problem in the document as it is now (and in the scenario shown), each a button that selects
 * and shows the box or arrow at fault, named by its label rather than a JSON path. Errors come first;
 * a long list (a large model with many arrows lacking evidence) shows its first LIMIT until asked for
 * all, so that every edit does not redraw hundreds of rows.
 */
import { useMemo, useState } from 'react';
import { describePath } from '../engine.ts';
import { selectDoc, useCauseway, useCauswayStore } from '../store/context.tsx';
import { diagnosticTarget, loadOnly, useProblems } from '../store/derived.ts';

const LIMIT = 50;

export function ProblemsPanel() {
  const doc = useCauseway(selectDoc);
  const loadDiagnostics = useCauseway((s) => s.loadDiagnostics);
  const store = useCauswayStore();
  const live = useProblems();
  const all = useMemo(() => {
    const list = [...loadOnly(loadDiagnostics), ...live];
    return [...list.filter((d) => d.severity === 'error'), ...list.filter((d) => d.severity !== 'error')];
  }, [loadDiagnostics, live]);
  const errors = all.filter((d) => d.severity === 'error').length;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? all : all.slice(0, LIMIT);
  return (
    <section className="problems" aria-label="Problems">
      <h2 className="problems__title">
        Problems{' '}
        <span className={`count ${errors ? 'count--error' : all.length ? 'count--warning' : 'count--ok'}`}>
          {all.length}
        </span>
      </h2>
      {all.length === 0 ? (
        <p className="muted problems__none">No problems: every formula checks out.</p>
      ) : (
        <ul className="problems__list">
          {shown.map((d, k) => {
            const target = diagnosticTarget(doc, d.path);
            return (
              <li key={k}>
                <button
                  type="button"
                  className={`problem problem--${d.severity}`}
                  onClick={() => {
                    if (target) {
                      store.getState().setView('model');
                      store.getState().select(target, true);
                    } else if (/^(parameters|scenarios|interventions|baseline)/.test(d.path))
                      store.getState().setView('assumptions');
                  }}
                >
                  <span className="problem__sev">{d.severity === 'error' ? 'Error' : 'Warning'}</span>
                  <span className="problem__msg">{d.message}</span>
                  {d.path ? (
                    <span className="problem__path" title={d.path}>
                      {describePath(doc, d.path)}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
          {shown.length < all.length ? (
            <li>
              <button type="button" className="btn-link" onClick={() => setShowAll(true)}>
                Show all {all.length.toLocaleString('en-GB')} problems (
                {(all.length - shown.length).toLocaleString('en-GB')} more)
              </button>
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
