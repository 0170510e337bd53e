/** The numbers behind the charts, year by year, with CSV export for Excel. */
import { memo } from 'react';
import type { Projection, ScenarioDocument } from '../engine.ts';
import { formatGbp, formatGbpM, formatJobs } from '../format.ts';
import { toCsv } from '../csv.ts';

export function resultsCsv(doc: ScenarioDocument, projection: Projection): string {
  const t = projection.total;
  const header = [
    'Year',
    `Baseline GVA (£m, ${doc.prices.baseYear} prices)`,
    'Projected GVA (£m)',
    'Net additional GVA (£m)',
    'Baseline jobs',
    'Projected jobs',
    'Net additional jobs',
    'Projected productivity (£ per job)',
    'Public cost incl. optimism bias (£m)',
  ];
  const rows = projection.years.map((y, k) => [
    y,
    t.baseline.gva[k]!,
    t.projected.gva[k]!,
    t.netImpact.gva[k]!,
    t.baseline.jobs[k]!,
    t.projected.jobs[k]!,
    t.netImpact.jobs[k]!,
    t.projected.productivity[k]!,
    t.cost[k]!,
  ]);
  return toCsv(header, rows);
}

function ResultsTableImpl({
  doc,
  projection,
  onExport,
}: {
  doc: ScenarioDocument;
  projection: Projection;
  onExport(): void;
}) {
  const t = projection.total;
  return (
    <section className="card" aria-labelledby="results-table-title">
      <div className="card__head">
        <h3 id="results-table-title">
          Year by year, {doc.area.name} ({doc.prices.baseYear} prices)
        </h3>
        <button type="button" className="btn btn--small" onClick={onExport}>
          Export CSV
        </button>
      </div>
      <div className="table-scroll">
        <table className="grid grid--numbers" data-table="results">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                Baseline GVA
              </th>
              <th scope="col" className="num">
                Projected GVA
              </th>
              <th scope="col" className="num">
                Net GVA
              </th>
              <th scope="col" className="num">
                Baseline jobs
              </th>
              <th scope="col" className="num">
                Projected jobs
              </th>
              <th scope="col" className="num">
                Net jobs
              </th>
              <th scope="col" className="num">
                Productivity
              </th>
              <th scope="col" className="num">
                Cost
              </th>
            </tr>
          </thead>
          <tbody>
            {projection.years.map((y, k) => (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td className="num">{formatGbpM(t.baseline.gva[k])}</td>
                <td className="num">{formatGbpM(t.projected.gva[k])}</td>
                <td className="num strong">{formatGbpM(t.netImpact.gva[k])}</td>
                <td className="num">{formatJobs(t.baseline.jobs[k])}</td>
                <td className="num">{formatJobs(t.projected.jobs[k])}</td>
                <td className="num strong">{formatJobs(t.netImpact.jobs[k])}</td>
                <td className="num">{formatGbp(t.projected.productivity[k])}</td>
                <td className="num">{formatGbpM(t.cost[k])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export const ResultsTable = memo(ResultsTableImpl);
