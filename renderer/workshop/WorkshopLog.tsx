/** The session's record: every what-if and every kept scenario, with times; exportable as CSV. */
import { useCauseway, usePlatform } from '../store/context.tsx';
import { toCsv } from '../csv.ts';

export function WorkshopLog() {
  const log = useCauseway((s) => s.workshopLog);
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
              toCsv(
                ['Time', 'Change'],
                log.map((e) => [new Date(e.at).toLocaleTimeString('en-GB'), e.text]),
              ),
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
