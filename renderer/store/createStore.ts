/**
 * The app's one store, made by a factory so tests and every window get their own. The document is
 * the state: projections and diagnostics are derived from it elsewhere (selectors.ts), never kept
 * here. Undo/redo (zundo's temporal) tracks the document only; selection, view and file details are
 * not undoable, as in any editor.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import { jsonEqual, type Diagnostic, type ScenarioDocument, type UncertaintyResult } from '../engine.ts';
import { DEFAULT_VIEW, type CanvasView } from '../canvas/canvasView.ts';

export type ViewId = 'start' | 'model' | 'assumptions' | 'results' | 'compare' | 'monitoring' | 'history' | 'method';
export type Selection = { kind: 'node'; id: string } | { kind: 'link'; id: string } | null;

export interface FileInfo {
  token: string | null;
  name: string | null;
  /** The document as last opened or saved: a document that differs from it is modified (isModified). */
  savedDoc: ScenarioDocument | null;
}

export interface LogEntry {
  at: string;
  text: string;
  /** The headline figures right after the change (workshop/figures.ts), where known. */
  figures?: Record<string, number | null>;
}

export interface Notice {
  id: number;
  tone: 'info' | 'error' | 'success';
  text: string;
}

/** A Monte Carlo result and the exact document and scenario it was run on (so staleness shows). */
export interface UncertaintyRecord {
  doc: ScenarioDocument;
  scenarioId: string;
  result: UncertaintyResult;
}

export interface CausewayState {
  doc: ScenarioDocument;
  file: FileInfo;
  scenarioId: string;
  selection: Selection;
  view: ViewId;
  workshop: boolean;
  workshopLog: LogEntry[];
  /** Workshop what-if values layered on the scenario shown (not in the file until kept). */
  whatIf: Record<string, number>;
  /** Problems found when the file was opened (shown until the next open). */
  loadDiagnostics: Diagnostic[];
  notice: Notice | null;
  /** Bumped to ask the canvas to centre on the selection (diagnostic list, search). */
  focusRequest: number;
  /**
   * The year the boxes show and the charts mark (the year scrubber), or null for the last year of the
   * horizon. View state: not in the file, not undoable.
   */
  year: number | null;
  /** What the canvas shows of the model: filters and collapsed groups (view state). */
  canvasView: CanvasView;
  /** The keyboard shortcut list is open. */
  shortcuts: boolean;
  uncertainty: UncertaintyRecord | null;

  /** Applies a pure edit. Edits sharing a `coalesce` key within a short time undo as one step. */
  edit(change: (doc: ScenarioDocument) => ScenarioDocument, options?: { coalesce?: string; log?: string }): void;
  openDocument(doc: ScenarioDocument, file: Partial<FileInfo>, diagnostics?: Diagnostic[]): void;
  markSaved(doc: ScenarioDocument, token: string | null, name: string | null): void;
  selectScenario(id: string): void;
  select(selection: Selection, focus?: boolean): void;
  setView(view: ViewId): void;
  setWorkshop(on: boolean): void;
  setWhatIf(whatIf: Record<string, number>): void;
  notify(tone: Notice['tone'], text: string): void;
  dismissNotice(): void;
  setUncertainty(record: UncertaintyRecord | null): void;
  setYear(year: number | null): void;
  setCanvasView(view: CanvasView): void;
  setShortcuts(open: boolean): void;
  /** Adds a line to the workshop log (what-if moves that do not edit the document), with its figures. */
  appendLog(text: string, figures?: Record<string, number | null>): void;
}

export type CausewayStore = StoreApi<CausewayState> & {
  temporal: StoreApi<TemporalState<{ doc: ScenarioDocument }>>;
};

const COALESCE_MS = 800;

/** The scenario to show first: the first one that switches something on, else the first. */
export function defaultScenarioId(doc: ScenarioDocument): string {
  return (
    (doc.scenarios.find((s) => (s.interventions?.length ?? 0) > 0 || s.basedOn !== undefined) ?? doc.scenarios[0])
      ?.id ?? ''
  );
}

export function createCauswayStore(initialDoc: ScenarioDocument, file: Partial<FileInfo> = {}): CausewayStore {
  let lastKey: string | undefined;
  let lastAt = 0;
  let noticeId = 0;

  const store = createStore<CausewayState>()(
    temporal(
      (set, get) => ({
        doc: initialDoc,
        file: {
          token: file.token ?? null,
          name: file.name ?? null,
          savedDoc: file.savedDoc === undefined ? initialDoc : file.savedDoc,
        },
        scenarioId: defaultScenarioId(initialDoc),
        selection: null,
        view: 'model',
        workshop: false,
        workshopLog: [],
        whatIf: {},
        loadDiagnostics: [],
        notice: null,
        focusRequest: 0,
        uncertainty: null,
        year: null,
        canvasView: DEFAULT_VIEW,
        shortcuts: false,

        edit(change, options = {}) {
          const before = get().doc;
          const after = change(before);
          if (after === before) return;
          const now = Date.now();
          const merge = options.coalesce !== undefined && options.coalesce === lastKey && now - lastAt < COALESCE_MS;
          lastKey = options.coalesce;
          lastAt = now;
          const history = (store as unknown as CausewayStore).temporal.getState();
          if (merge) history.pause();
          const log =
            get().workshop && options.log
              ? [
                  ...get().workshopLog.filter((e) => !(merge && e === get().workshopLog.at(-1))),
                  { at: new Date().toISOString(), text: options.log },
                ]
              : get().workshopLog;
          set({ doc: after, workshopLog: log });
          if (merge) history.resume();
        },
        openDocument(doc, info, diagnostics = []) {
          set({
            doc,
            file: {
              token: info.token ?? null,
              name: info.name ?? null,
              savedDoc: info.savedDoc === undefined ? doc : info.savedDoc,
            },
            scenarioId: defaultScenarioId(doc),
            selection: null,
            loadDiagnostics: diagnostics,
            uncertainty: null,
            year: null,
            canvasView: DEFAULT_VIEW,
            whatIf: {},
            view: get().view === 'start' ? 'model' : get().view,
          });
          (store as unknown as CausewayStore).temporal.getState().clear();
        },
        markSaved(doc, token, name) {
          // Saving rewrites meta.revision and history; that is not an edit the user should undo.
          const history = (store as unknown as CausewayStore).temporal.getState();
          history.pause();
          set({ doc, file: { token, name, savedDoc: doc } });
          history.resume();
        },
        selectScenario(id) {
          if (get().doc.scenarios.some((s) => s.id === id)) set({ scenarioId: id });
        },
        select(selection, focus = false) {
          set({ selection, focusRequest: focus ? get().focusRequest + 1 : get().focusRequest });
        },
        setView(view) {
          set({ view });
        },
        setWorkshop(on) {
          set({ workshop: on });
        },
        setWhatIf(whatIf) {
          set({ whatIf });
        },
        notify(tone, text) {
          set({ notice: { id: ++noticeId, tone, text } });
        },
        dismissNotice() {
          set({ notice: null });
        },
        setUncertainty(record) {
          set({ uncertainty: record });
        },
        setYear(year) {
          set({ year });
        },
        setCanvasView(canvasView) {
          set({ canvasView });
        },
        setShortcuts(shortcuts) {
          set({ shortcuts });
        },
        appendLog(text, figures) {
          const entry: LogEntry = { at: new Date().toISOString(), text, ...(figures ? { figures } : {}) };
          set({ workshopLog: [...get().workshopLog, entry] });
        },
      }),
      {
        partialize: (state) => ({ doc: state.doc }),
        equality: (a, b) => a.doc === b.doc,
        limit: 200,
      },
    ),
  ) as CausewayStore;

  // A scenario deleted or undone away must not leave the selection pointing at nothing.
  store.subscribe((state) => {
    if (!state.doc.scenarios.some((s) => s.id === state.scenarioId))
      store.setState({ scenarioId: defaultScenarioId(state.doc) });
  });
  return store;
}

/** The year the scrubber shows: the chosen one while it is inside the horizon, else the last year. */
export function shownYear(state: Pick<CausewayState, 'doc' | 'year'>): number {
  const { startYear, endYear } = state.doc.horizon;
  return state.year !== null && state.year >= startYear && state.year <= endYear ? state.year : endYear;
}

/** The last comparison per working document: selectors call isModified on every store change. */
const lastComparison = new WeakMap<ScenarioDocument, { saved: ScenarioDocument; modified: boolean }>();

/**
 * The modified mark: whether the document differs from the file as last opened or saved (always, when
 * there is no saved file). Compared by content, not by object: undoing across a save and redoing, or
 * restoring the saved revision, gives another object holding the very document the file holds.
 */
export function isModified(state: Pick<CausewayState, 'doc' | 'file'>): boolean {
  const { doc } = state;
  const saved = state.file.savedDoc;
  if (saved === null) return true;
  if (doc === saved) return false;
  const last = lastComparison.get(doc);
  if (last?.saved === saved) return last.modified;
  // Edits share unchanged parts with the document they change, so this mostly compares references.
  const modified = !jsonEqual(doc, saved);
  lastComparison.set(doc, { saved, modified });
  return modified;
}
