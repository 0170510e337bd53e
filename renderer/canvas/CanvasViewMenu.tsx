/**
 * What the canvas shows: each intervention and stage can be hidden or collapsed into one box per
 * intervention and stage, and the canvas can show only boxes with problems. View state only: the
 * file is not changed and undo does not see it.
 */
import { useMemo } from 'react';
import { STAGES } from '../engine.ts';
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
        <ShowCollapseTable
          caption="Interventions"
          heading="Intervention"
          rows={groups}
          hidden={view.hiddenInterventions}
          collapsed={view.collapsedInterventions}
          onHidden={(hiddenInterventions) => set({ hiddenInterventions })}
          onCollapsed={(collapsedInterventions) => set({ collapsedInterventions })}
        />
        <ShowCollapseTable
          caption="Stages"
          heading="Stage"
          rows={STAGES.map((s, k) => ({ id: s, name: STAGE_LABELS[s] ?? s, count: stageCounts[k]! }))}
          hidden={view.hiddenStages}
          collapsed={view.collapsedStages}
          onHidden={(hiddenStages) => set({ hiddenStages })}
          onCollapsed={(collapsedStages) => set({ collapsedStages })}
        />
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

/** One row per intervention or stage, with its box count: a "Show" and a "Collapse" tick box each. */
function ShowCollapseTable<Id extends string>({
  caption,
  heading,
  rows,
  hidden,
  collapsed,
  onHidden,
  onCollapsed,
}: {
  caption: string;
  heading: string;
  rows: readonly { id: Id; name: string; count: number }[];
  hidden: readonly Id[];
  collapsed: readonly Id[];
  onHidden: (next: Id[]) => void;
  onCollapsed: (next: Id[]) => void;
}) {
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="center">
            Show
          </th>
          <th scope="col" className="center">
            Collapse
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.name} <span className="muted">({r.count.toLocaleString('en-GB')})</span>
            </th>
            <td className="center">
              <input
                type="checkbox"
                aria-label={`Show ${r.name}`}
                checked={!hidden.includes(r.id)}
                onChange={(e) => onHidden(toggled(hidden, r.id, !e.target.checked))}
              />
            </td>
            <td className="center">
              <input
                type="checkbox"
                aria-label={`Collapse ${r.name}`}
                checked={collapsed.includes(r.id)}
                onChange={(e) => onCollapsed(toggled(collapsed, r.id, e.target.checked))}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
