/**
 * Every scenario of the file side by side: the headline table with differences from a reference
 * scenario and the best value in each column marked, net impact over time overlaid, and what each
 * scenario assumes differently.
 */
import { useMemo, useState } from 'react';
import type { ComparisonRow } from '../engine.ts';
import { selectDoc, useCauseway, useCauswayStore } from '../store/context.tsx';
import { useComparison } from '../store/derived.ts';
import { EmptyState } from '../common/fields.tsx';
import { VFM_LABELS, formatGbp, formatGbpM, formatJobs, formatRatio } from '../format.ts';
import { toCsv } from '../csv.ts';
import type { FileCommands } from '../app/useFileCommands.ts';
import { OverlayChart } from './OverlayChart.tsx';
import { AssumptionDifferences } from './AssumptionDifferences.tsx';

interface Column {
  key: string;
  label: string;
  value(r: ComparisonRow): number | null;
  format(x: number | null): string;
  /** Which direction is better, for marking the best scenario. */
  better: 'high' | 'low';
}

export function CompareView({ files }: { files: FileCommands }) {
  const doc = useCauseway(selectDoc);
  const store = useCauswayStore();
  const comparison = useComparison();
  const [referenceId, setReferenceId] = useState<string>(doc.scenarios[0]?.id ?? '');
  const year = doc.horizon.endYear;
  const columns = useMemo<Column[]>(
    () => [
      {
        key: 'netGva',
        label: `Net GVA ${year} (£m)`,
        value: (r) => r.finalYear.netGva,
        format: formatGbpM,
        better: 'high',
      },
      {
        key: 'netJobs',
        label: `Net jobs ${year}`,
        value: (r) => r.finalYear.netJobs,
        format: formatJobs,
        better: 'high',
      },
      {
        key: 'cumulative',
        label: `Net GVA ${doc.horizon.startYear}–${year} (£m)`,
        value: (r) => r.cumulativeNetGva,
        format: formatGbpM,
        better: 'high',
      },
      { key: 'npv', label: 'NPV (£m)', value: (r) => r.npv, format: formatGbpM, better: 'high' },
      { key: 'bcr', label: 'BCR', value: (r) => r.bcr, format: formatRatio, better: 'high' },
      { key: 'costPerJob', label: 'Cost per net job', value: (r) => r.costPerNetJob, format: formatGbp, better: 'low' },
    ],
    [doc.horizon.startYear, year],
  );

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
  const rows = comparison.value;
  const reference = rows.find((r) => r.id === referenceId) ?? rows[0];
  const best = new Map(
    columns.map((c) => {
      const values = rows.map((r) => c.value(r)).filter((v): v is number => v !== null && Number.isFinite(v));
      return [c.key, values.length > 1 ? (c.better === 'high' ? Math.max(...values) : Math.min(...values)) : null];
    }),
  );
  const exportCsv = () => {
    const header = ['Scenario', ...columns.map((c) => c.label), 'Value for money'];
    void files.exportCsv(
      'scenario-comparison.csv',
      toCsv(
        header,
        rows.map((r) => [r.name, ...columns.map((c) => c.value(r)), r.vfm]),
      ),
    );
  };
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
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn btn--small" onClick={exportCsv}>
              Export CSV
            </button>
          </span>
        </div>
        <div className="table-scroll">
          <table className="grid grid--numbers grid--compare" data-table="compare">
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                {columns.map((c) => (
                  <th scope="col" key={c.key} className="num">
                    {c.label}
                  </th>
                ))}
                <th scope="col">Value for money</th>
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
                      {r.name}
                    </button>
                    {r.id === reference?.id ? <span className="tag">reference</span> : null}
                  </th>
                  {columns.map((c) => {
                    const v = c.value(r);
                    const ref = reference ? c.value(reference) : null;
                    const delta = v !== null && ref !== null && r.id !== reference?.id ? v - ref : null;
                    const isBest = v !== null && best.get(c.key) === v;
                    return (
                      <td key={c.key} className={`num ${isBest ? 'is-best' : ''}`} data-column={c.key}>
                        <div>{c.format(v)}</div>
                        {delta !== null && Math.abs(delta) > 1e-9 ? (
                          <div
                            className={`delta ${delta > 0 === (c.better === 'high') ? 'delta--good' : 'delta--bad'}`}
                          >
                            {delta > 0 ? '+' : '−'}
                            {c.format(Math.abs(delta))}
                          </div>
                        ) : null}
                      </td>
                    );
                  })}
                  <td>{r.vfm ? VFM_LABELS[r.vfm] : '–'}</td>
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
