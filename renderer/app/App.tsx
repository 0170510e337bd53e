/** The app frame: top bar, headline numbers, the current view, notices; workshop mode on top. */
import { useCallback, useMemo, useState } from 'react';
import { selectView, selectWorkshop, useCauseway, useCauswayStore } from '../store/context.tsx';
import { Toolbar } from './Toolbar.tsx';
import { KpiStrip } from './KpiStrip.tsx';
import { Notice } from './Notice.tsx';
import { RecoveryBanner } from './RecoveryBanner.tsx';
import { useFileCommands } from './useFileCommands.ts';
import { useAppEffects } from './useAppEffects.ts';
import { ModelView } from '../canvas/ModelView.tsx';
import { AssumptionsView } from '../assumptions/AssumptionsView.tsx';
import { ResultsView } from '../results/ResultsView.tsx';
import { CompareView } from '../compare/CompareView.tsx';
import { HistoryView } from '../history/HistoryView.tsx';
import { StartPage } from '../start/StartPage.tsx';
import { WorkshopMode } from '../workshop/WorkshopMode.tsx';
import { MethodNote } from '../help/MethodNote.tsx';
import { ShortcutsDialog } from '../help/ShortcutsDialog.tsx';
import { MonitoringView } from '../monitoring/MonitoringView.tsx';
import { MilestoneDialog } from './MilestoneDialog.tsx';
import { ViewBoundary } from './ViewBoundary.tsx';

const VIEW_NAMES: Record<string, string> = {
  start: 'the start page',
  model: 'the logic model',
  assumptions: 'the Assumptions view',
  results: 'the Results view',
  compare: 'the Compare view',
  monitoring: 'the Logic & monitoring view',
  history: 'the History view',
  method: 'the method note',
};

export function App() {
  const store = useCauswayStore();
  const view = useCauseway(selectView);
  const workshop = useCauseway(selectWorkshop);
  const shortcuts = useCauseway((s) => s.shortcuts);
  const closeShortcuts = useCallback(() => store.getState().setShortcuts(false), [store]);
  const shortcutList = shortcuts ? <ShortcutsDialog onClose={closeShortcuts} /> : null;
  const files = useFileCommands();
  const [searchSignal, setSearchSignal] = useState(0);
  const newDocument = useCallback(() => store.getState().setView('start'), [store]);
  const search = useCallback(() => {
    store.getState().setView('model');
    setSearchSignal((n) => n + 1);
  }, [store]);
  // Each opening of the milestone dialog is numbered (0: closed). A dialog closes (Cancel, Save) a
  // moment before its close event reaches us; numbering means a new request in that moment opens a
  // new dialog, and the old one's late close cannot close the new one. A request while a milestone
  // dialog is open changes nothing.
  const [naming, setNaming] = useState(0);
  const saveMilestone = useCallback(() => {
    if (document.querySelector('dialog[open][aria-labelledby="milestone-title"]')) return;
    setNaming((n) => n + 1);
  }, []);
  const closeNaming = useCallback((opening: number) => setNaming((n) => (n === opening ? 0 : n)), []);
  // Held here, not in the toolbar: workshop mode unmounts the toolbar, and the command leaves it first.
  const [reporting, setReporting] = useState(false);
  const exportReport = useCallback(() => setReporting(true), []);
  const report = useMemo(() => ({ open: reporting, onOpenChange: setReporting }), [reporting]);
  const actions = useMemo(
    () => ({ newDocument, search, saveMilestone, exportReport }),
    [newDocument, search, saveMilestone, exportReport],
  );
  useAppEffects(files, actions);
  const dialogs = (
    <>
      {shortcutList}
      {naming > 0 ? <MilestoneDialog key={naming} files={files} onClose={() => closeNaming(naming)} /> : null}
    </>
  );

  if (workshop)
    return (
      <>
        <ViewBoundary
          name="workshop mode"
          recover={{
            label: 'Leave workshop mode',
            action: () => {
              store.getState().setWhatIf({});
              store.getState().setWorkshop(false);
            },
          }}
        >
          <WorkshopMode />
        </ViewBoundary>
        {dialogs}
        <Notice />
      </>
    );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Toolbar files={files} onNew={newDocument} report={report} />
      {view !== 'start' ? <KpiStrip /> : null}
      <RecoveryBanner files={files} />
      <main id="main" className="main" tabIndex={-1}>
        {/* Keyed by view: choosing another view leaves a failed one behind. */}
        <ViewBoundary
          key={view}
          name={VIEW_NAMES[view] ?? 'this view'}
          recover={
            view === 'model'
              ? { label: 'Try again', action: () => undefined }
              : { label: 'Back to the logic model', action: () => store.getState().setView('model') }
          }
        >
          {view === 'start' ? <StartPage files={files} /> : null}
          {view === 'model' ? <ModelView searchSignal={searchSignal} /> : null}
          {view === 'assumptions' ? <AssumptionsView /> : null}
          {view === 'results' ? <ResultsView files={files} /> : null}
          {view === 'compare' ? <CompareView files={files} /> : null}
          {view === 'monitoring' ? <MonitoringView /> : null}
          {view === 'history' ? <HistoryView files={files} /> : null}
          {view === 'method' ? <MethodNote /> : null}
        </ViewBoundary>
      </main>
      {dialogs}
      <Notice />
    </div>
  );
}
