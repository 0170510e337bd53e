/**
 * What the canvas shows: each intervention and stage can be hidden or collapsed into one box per
 * intervention and stage, and the canvas can show only boxes with problems. View state only: the
 * file is not changed and undo does not see it.
 */
import { useMemo } from 'react';
import { STAGES, type Stage } from '../engine.ts';
import { selectDoc, useCauseway } from '../store/context.tsx';
import type { CausewayState } from '../store/createStore.ts';
import { STAGE_LABELS } from '../format.ts';
import { DEFAULT_VIEW, isDefaultView, toggled, type CanvasView } from './canvasView.ts';

const selectView = (s: CausewayState) => s.canvasView;

export function CanvasViewMenu() {
  const doc = useCauseway(selectDoc);
  const view = useCauseway(selectView);
  const setView = useCauseway((s) => s.setCanvasView);
  const groups = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of doc.logicModel.nodes) counts.set(n.intervention ?? '', (counts.get(n.intervention ?? '') ?? 0) + 1);
    const rows = doc.interventions.map((i) => ({ id: i.id, name: i.name, count: counts.get(i.id) ?? 0 }));
    return counts.has('') ? [{ id: '', name: 'Shared context', count: counts.get('')! }, ...rows] : rows;
  }, [doc.logicModel.nodes, doc.interventions]);
  const stageCounts = useMemo(
    () => STAGES.map((s) => doc.logicModel.nodes.filter((n) => n.stage === s).length),
    [doc.logicModel.nodes],
  );
  const set = (patch: Partial<CanvasView>) => setView({ ...view, ...patch });
  const changed =
    view.hiddenInterventions.length +
    view.hiddenStages.length +
    view.collapsedInterventions.length +
    view.collapsedStages.length +
    (view.problemsOnly ? 1 : 0);
  return (
    <details className="canvas-view">
      <summary className="btn" aria-label="Group and filter the boxes">
        Group and filter{changed ? ` (${changed})` : ''} ▾
      </summary>
      <div className="canvas-view__panel" role="group" aria-label="Group and filter">
        <table>
          <caption className="sr-only">Interventions</caption>
          <thead>
            <tr>
              <th scope="col">Intervention</th>
              <th scope="col" className="center">
                Show
              </th>
              <th scope="col" className="center">
                Collapse
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  {g.name} <span className="muted">({g.count.toLocaleString('en-GB')})</span>
                </th>
                <td className="center">
                  <input
                    type="checkbox"
                    aria-label={`Show ${g.name}`}
                    checked={!view.hiddenInterventions.includes(g.id)}
                    onChange={(e) =>
                      set({ hiddenInterventions: toggled(view.hiddenInterventions, g.id, !e.target.checked) })
                    }
                  />
                </td>
                <td className="center">
                  <input
                    type="checkbox"
                    aria-label={`Collapse ${g.name}`}
                    checked={view.collapsedInterventions.includes(g.id)}
                    onChange={(e) =>
                      set({ collapsedInterventions: toggled(view.collapsedInterventions, g.id, e.target.checked) })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption className="sr-only">Stages</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="center">
                Show
              </th>
              <th scope="col" className="center">
                Collapse
              </th>
            </tr>
          </thead>
          <tbody>
            {STAGES.map((s: Stage, k) => (
              <tr key={s}>
                <th scope="row">
                  {STAGE_LABELS[s]} <span className="muted">({stageCounts[k]!.toLocaleString('en-GB')})</span>
                </th>
                <td className="center">
                  <input
                    type="checkbox"
                    aria-label={`Show ${STAGE_LABELS[s]}`}
                    checked={!view.hiddenStages.includes(s)}
                    onChange={(e) => set({ hiddenStages: toggled(view.hiddenStages, s, !e.target.checked) })}
                  />
                </td>
                <td className="center">
                  <input
                    type="checkbox"
                    aria-label={`Collapse ${STAGE_LABELS[s]}`}
                    checked={view.collapsedStages.includes(s)}
                    onChange={(e) => set({ collapsedStages: toggled(view.collapsedStages, s, e.target.checked) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label className="inline-label">
          <input
            type="checkbox"
            checked={view.problemsOnly}
            onChange={(e) => set({ problemsOnly: e.target.checked })}
          />
          Only boxes with problems
        </label>
        <div className="canvas-view__actions">
          <button
            type="button"
            className="btn btn--small"
            onClick={() => set({ collapsedInterventions: groups.map((g) => g.id) })}
          >
            Collapse every intervention
          </button>
          <button
            type="button"
            className="btn btn--small"
            disabled={isDefaultView(view)}
            onClick={() => setView(DEFAULT_VIEW)}
          >
            Show everything
          </button>
        </div>
      </div>
    </details>
  );
}
