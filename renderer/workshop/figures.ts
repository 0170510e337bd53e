/**
 * The figures a workshop log entry records: the catalogue's log metrics (HEADLINES.workshopLog) for
 * the scenario shown with the room's what-if values, as they stand when the entry is written, and
 * the log as a report table for the one CSV writer.
 */
import {
  HEADLINES,
  METRICS,
  metricColumn,
  projectScenario,
  textColumn,
  type ReportTable,
  type ScenarioDocument,
} from '../engine.ts';
import type { CausewayState, LogEntry } from '../store/createStore.ts';
import { projectionFor } from '../store/derived.ts';

export type Figures = Record<string, number | null>;

export function workshopFigures(state: Pick<CausewayState, 'doc' | 'scenarioId' | 'whatIf'>): Figures | undefined {
  const { doc, scenarioId, whatIf } = state;
  const result = Object.keys(whatIf).length
    ? projectScenario(doc, scenarioId, { set: whatIf })
    : projectionFor(doc, scenarioId);
  if (!result.ok) return undefined;
  const out: Figures = {};
  for (const id of HEADLINES.workshopLog) {
    const m = METRICS[id];
    out[id] = m.kind === 'number' ? m.read(result.value) : null;
  }
  return out;
}

/** The session log with one column per log metric, for `toCsv`. */
export function logTable(doc: ScenarioDocument, log: readonly LogEntry[]): ReportTable {
  const years = { start: doc.horizon.startYear, end: doc.horizon.endYear };
  const metrics = HEADLINES.workshopLog.map((id) => METRICS[id]);
  return {
    id: 'workshop-log',
    title: 'Workshop session log',
    priceBase: doc.prices.baseYear,
    columns: [
      textColumn('time', 'Time'),
      textColumn('change', 'Change'),
      ...metrics.map((m) => metricColumn(m, years)),
    ],
    rows: log.map((e, k) => ({
      id: String(k),
      cells: [
        new Date(e.at).toLocaleTimeString('en-GB'),
        e.text,
        ...metrics.map((m) => (e.figures ? (e.figures[m.id] ?? null) : null)),
      ],
    })),
  };
}
