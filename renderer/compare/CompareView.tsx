/**
 * Every scenario of the file side by side: the headline table with differences from a reference
 * scenario and the best value in each column marked, net impact over time overlaid, and what each
 * scenario assumes differently.
 */
import { useState } from 'react';
import { HEADLINES, formatCell, headlineTable, shortHeading, toCsv, type ReportColumn } from '../engine.ts';
import { selectDoc, useCauseway, useCauswayStore } from '../store/context.tsx';
import { useComparison } from '../store/derived.ts';
import { EmptyState } from '../common/fields.tsx';
import type { FileCommands } from '../app/useFileCommands.ts';
import { OverlayChart } from './OverlayChart.tsx';
import { AssumptionDifferences } from './AssumptionDifferences.tsx';

/** A column whose values can be ranked and differenced: a number with a better direction. */
const ranked = (c: ReportColumn) => c.unit !== 'text' && c.better !== 'none';

export function CompareView({ files }: { files: FileCommands }) {
  const doc = useCauseway(selectDoc);
  const store = useCauswayStore();
  const comparison = useComparison();
  const [referenceId, setReferenceId] = useState<string>(doc.scenarios[0]?.id ?? '');

  if (!comparison.ok) {
    return (
      <div className="page">
        <EmptyState title="The scenarios cannot be compared yet">
          <ul className="diag-list">
            {comparison.diagnostics.map((d, k) => (
              <li key={k} className={`diag diag--${d.severity}`}>
                {d.message}
              </li>
            ))}
          </ul>
        </EmptyState>
      </div>
    );
  }
  // The appraisal's measures and the impact in the final year, at its peak and over the horizon.
  const table = headlineTable(
    doc,
    comparison.value,
    HEADLINES.compareDetail,
    'compare',
    `${doc.meta.title}: scenarios compared`,
  );
  // The first column names the scenario; the rest are the catalogue's headline metrics. A year
  // column ("net-jobs-peak-year") is shown under the figure it dates, not as a column of its own
  // (the CSV keeps it as a column).
  const columnIds = table.columns.map((c) => c.id);
  const columns = table.columns
    .slice(1)
    .filter((c) => !(c.unit === 'year' && columnIds.includes(c.id.replace(/-year$/, ''))));
  const yearOf = (c: ReportColumn, cells: readonly unknown[]) => {
    const k = columnIds.indexOf(`${c.id}-year`);
    return k < 0 || table.columns[k]!.unit !== 'year' || typeof cells[k] !== 'number' ? null : (cells[k] as number);
  };
  const rows = table.rows;
  const reference = rows.find((r) => r.id === referenceId) ?? rows[0];
  const value = (cells: readonly unknown[], k: number) => {
    const v = cells[columnIds.indexOf(columns[k]!.id)];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const best = columns.map((c, k) => {
    const values = rows.map((r) => value(r.cells, k)).filter((v): v is number => v !== null);
    if (!ranked(c) || values.length < 2) return null;
    return c.better === 'higher' ? Math.max(...values) : Math.min(...values);
  });
  const exportCsv = () => void files.exportCsv('scenario-comparison.csv', toCsv(table));
  const name = (r: (typeof rows)[number]) => String(r.cells[0]);
  return (
    <div className="page compare">
      <section className="card">
        <div className="card__head">
          <h3>
            Scenarios side by side, {doc.area.name} ({doc.prices.baseYear} prices)
          </h3>
          <span className="toolbar">
            <label className="inline-label">
              Differences from
              <select
                aria-label="Reference scenario"
                value={reference?.id}
                onChange={(e) => setReferenceId(e.target.value)}
              >
                {rows.map((r) => (
                  <option key={r.id} value={r.id}>
                    {name(r)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn btn--small" onClick={exportCsv}>
              Export CSV
            </button>
          </span>
        </div>
        {/* Focusable so a keyboard can scroll it sideways where the window is narrow. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Scenarios compared">
          <table className="grid grid--numbers grid--compare" data-table="compare">
            <thead>
              <tr>
                <th scope="col">{shortHeading(table.columns[0]!)}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.id} className={c.unit === 'text' ? '' : 'num'}>
                    {shortHeading(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-scenario={r.id} className={r.id === reference?.id ? 'is-reference' : ''}>
                  <th scope="row">
                    <button
                      type="button"
                      className="btn-link"
                      onClick={() => {
                        store.getState().selectScenario(r.id);
                        store.getState().setView('results');
                      }}
                    >
                      {name(r)}
                    </button>
                    {r.id === reference?.id ? <span className="tag">reference</span> : null}
                  </th>
                  {columns.map((c, k) => {
                    const shown = formatCell(c, r.cells[columnIds.indexOf(c.id)] ?? null);
                    const year = yearOf(c, r.cells);
                    if (!ranked(c))
                      return (
                        <td key={c.id} data-column={c.id}>
                          {shown}
                        </td>
                      );
                    const v = value(r.cells, k);
                    const ref = reference ? value(reference.cells, k) : null;
                    const delta = v !== null && ref !== null && r.id !== reference?.id ? v - ref : null;
                    const isBest = v !== null && best[k] === v;
                    return (
                      <td key={c.id} className={`num ${isBest ? 'is-best' : ''}`} data-column={c.id}>
                        <div>{shown}</div>
                        {year !== null ? <div className="muted small">in {year}</div> : null}
                        {delta !== null && Math.abs(delta) > 1e-9 ? (
                          <div
                            className={`delta ${delta > 0 === (c.better === 'higher') ? 'delta--good' : 'delta--bad'}`}
                          >
                            {delta > 0 ? '+' : '−'}
                            {formatCell(c, Math.abs(delta))}
                          </div>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="footnote">
          Best value in each column is highlighted. Differences are against the reference scenario; green is better, red
          worse.
        </p>
      </section>
      <div className="chart-grid chart-grid--2">
        <OverlayChart metric="gva" />
        <OverlayChart metric="jobs" />
      </div>
      <AssumptionDifferences />
    </div>
  );
}
