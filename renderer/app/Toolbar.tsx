/** The top bar: file, edit and view commands, the scenario being shown, and workshop mode. */
import { isModified, type ViewId } from '../store/createStore.ts';
import {
  selectScenarioId,
  selectScenarios,
  selectView,
  useCauseway,
  useCauswayStore,
  useHistoryState,
} from '../store/context.tsx';
import type { FileCommands } from './useFileCommands.ts';
import { addScenario } from '../engine.ts';
import { ReportExport } from '../report/ReportExport.tsx';

const VIEWS: { id: ViewId; label: string }[] = [
  { id: 'start', label: 'Start' },
  { id: 'model', label: 'Logic model' },
  { id: 'assumptions', label: 'Assumptions' },
  { id: 'results', label: 'Results' },
  { id: 'compare', label: 'Compare' },
  { id: 'monitoring', label: 'Logic & monitoring' },
  { id: 'history', label: 'History' },
  { id: 'method', label: 'Method note' },
];

export interface ToolbarProps {
  files: FileCommands;
  onNew(): void;
  /** The report panel, held by the app so File > Export Report… and Ctrl+Shift+E can open it. */
  report?: { open: boolean; onOpenChange(open: boolean): void };
}

export function Toolbar({ files, onNew, report }: ToolbarProps) {
  const store = useCauswayStore();
  const view = useCauseway(selectView);
  const scenarios = useCauseway(selectScenarios);
  const scenarioId = useCauseway(selectScenarioId);
  const name = useCauseway((s) => s.file.name);
  const title = useCauseway((s) => s.doc.meta.title);
  const modified = useCauseway(isModified);
  const canUndo = useHistoryState((h) => h.pastStates.length > 0);
  const canRedo = useHistoryState((h) => h.futureStates.length > 0);
  return (
    <header className="topbar">
      <div className="topbar__row">
        <div className="brand" aria-hidden="true">
          Causeway
        </div>
        <div className="doc-title">
          <h1 className="doc-title__name" title={title}>
            {title}
          </h1>
          <span className="doc-title__file">
            {name ?? 'Not saved yet'}
            {modified ? (
              <span className="modified" aria-label="Unsaved changes" title="Unsaved changes">
                {' '}
                ● edited
              </span>
            ) : null}
          </span>
        </div>
        <div className="toolbar" role="toolbar" aria-label="File and edit">
          <button type="button" className="btn" onClick={onNew} title="New (Ctrl+N)">
            New
          </button>
          <button type="button" className="btn" onClick={() => void files.open()} title="Open (Ctrl+O)">
            Open…
          </button>
          <button type="button" className="btn btn--primary" onClick={() => void files.save()} title="Save (Ctrl+S)">
            Save
          </button>
          <button type="button" className="btn" onClick={() => void files.saveAs()} title="Save as (Ctrl+Shift+S)">
            Save as…
          </button>
          <ReportExport {...report} />
          <span className="sep" />
          <button
            type="button"
            className="btn"
            disabled={!canUndo}
            onClick={() => store.temporal.getState().undo()}
            title="Undo (Ctrl+Z)"
            aria-label="Undo"
          >
            ↶ Undo
          </button>
          <button
            type="button"
            className="btn"
            disabled={!canRedo}
            onClick={() => store.temporal.getState().redo()}
            title="Redo (Ctrl+Shift+Z)"
            aria-label="Redo"
          >
            ↷ Redo
          </button>
        </div>
        <span className="spacer" />
        <label className="scenario-pick">
          <span>Scenario</span>
          <select
            aria-label="Scenario shown"
            value={scenarioId}
            onChange={(e) => store.getState().selectScenario(e.target.value)}
          >
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn"
          title="Add a scenario with every intervention off, then name it and choose its interventions in Assumptions"
          onClick={() => {
            let id = '';
            store.getState().edit(
              (d) => {
                const out = addScenario(d, 'New scenario');
                id = out.id;
                return out.doc;
              },
              { log: 'Added a new scenario' },
            );
            store.getState().selectScenario(id);
            store.getState().setView('assumptions');
            requestAnimationFrame(() =>
              document.querySelector<HTMLInputElement>(`[aria-label="Name of scenario ${id}"]`)?.select(),
            );
          }}
        >
          New scenario
        </button>
        <button
          type="button"
          className="btn"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => store.getState().setShortcuts(true)}
        >
          ?
        </button>
        <button type="button" className="btn btn--accent" onClick={() => store.getState().setWorkshop(true)}>
          Workshop mode
        </button>
      </div>
      <nav className="tabs" aria-label="Views">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            className={`tab ${view === v.id ? 'is-active' : ''}`}
            aria-current={view === v.id ? 'page' : undefined}
            onClick={() => store.getState().setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
    </header>
  );
}
