/** The session's record: every what-if and every kept scenario, with times; exportable as CSV. */
import { selectDoc, useCauseway, usePlatform } from '../store/context.tsx';
import { textColumn, toCsv } from '../engine.ts';

export function WorkshopLog() {
  const log = useCauseway((s) => s.workshopLog);
  const doc = useCauseway(selectDoc);
  const platform = usePlatform();
  return (
    <section className="workshop__log" aria-label="Changes made in this session">
      <div className="workshop__log-head">
        <h2>Session log</h2>
        <button
          type="button"
          className="btn"
          disabled={log.length === 0}
          onClick={() =>
            void platform.exportText(
              'workshop-log.csv',
              toCsv({
                id: 'workshop-log',
                title: 'Workshop session log',
                priceBase: doc.prices.baseYear,
                columns: [textColumn('time', 'Time'), textColumn('change', 'Change')],
                rows: log.map((e, k) => ({
                  id: String(k),
                  cells: [new Date(e.at).toLocaleTimeString('en-GB'), e.text],
                })),
              }),
            )
          }
        >
          Export log
        </button>
      </div>
      {log.length === 0 ? (
        <p className="muted">Changes made during the workshop will be listed here.</p>
      ) : (
        <ol className="ws-log">
          {[...log].reverse().map((e, k) => (
            <li key={log.length - k}>
              <time dateTime={e.at}>
                {new Date(e.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
              </time>{' '}
              {e.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
