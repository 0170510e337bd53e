/**
 * The session's record: every what-if and every kept scenario, with times and the figures each
 * change led to; exported through the one CSV writer with the catalogue's columns.
 */
import { HEADLINES, METRICS, formatCell, metricColumn, toCsv } from '../engine.ts';
import { selectDoc, useCauseway, usePlatform } from '../store/context.tsx';
import { logTable } from './figures.ts';

export function WorkshopLog() {
  const log = useCauseway((s) => s.workshopLog);
  const doc = useCauseway(selectDoc);
  const platform = usePlatform();
  const years = { start: doc.horizon.startYear, end: doc.horizon.endYear };
  const npv = metricColumn(METRICS['npv'], years);
  const bcr = metricColumn(METRICS['bcr'], years);
  return (
    <section className="workshop__log" aria-label="Changes made in this session">
      <div className="workshop__log-head">
        <h2>Session log</h2>
        <button
          type="button"
          className="btn"
          disabled={log.length === 0}
          onClick={() => void platform.exportText('workshop-log.csv', toCsv(logTable(doc, log)))}
          title={`Each change with the time and ${HEADLINES.workshopLog.length} headline figures after it`}
        >
          Export log (CSV)
        </button>
      </div>
      {log.length === 0 ? (
        <p className="muted">Changes made during the workshop will be listed here, with the figures they led to.</p>
      ) : (
        <ol className="ws-log">
          {[...log].reverse().map((e, k) => (
            <li key={log.length - k}>
              <time dateTime={e.at}>
                {new Date(e.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
              </time>{' '}
              {e.text}
              {e.figures ? (
                <span className="ws-log__figures">
                  {' '}
                  → NPV {formatCell(npv, e.figures['npv'] ?? null)}, BCR {formatCell(bcr, e.figures['bcr'] ?? null)}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
