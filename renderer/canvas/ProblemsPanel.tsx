/**
 * Every problem in the document as it is now (and in the scenario shown), each a button that selects
 * and shows the box or arrow at fault, named by its label rather than a JSON path.
 */
import { useMemo } from 'react';
import { describePath } from '../engine.ts';
import { selectDoc, useCauseway, useCauswayStore } from '../store/context.tsx';
import { diagnosticTarget, loadOnly, useProblems } from '../store/derived.ts';

export function ProblemsPanel() {
  const doc = useCauseway(selectDoc);
  const loadDiagnostics = useCauseway((s) => s.loadDiagnostics);
  const store = useCauswayStore();
  const live = useProblems();
  const all = useMemo(() => [...loadOnly(loadDiagnostics), ...live], [loadDiagnostics, live]);
  const errors = all.filter((d) => d.severity === 'error').length;
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
          {all.map((d, k) => {
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
        </ul>
      )}
    </section>
  );
}
