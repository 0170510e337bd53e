/**
 * The numbers behind the charts, year by year, with CSV export for Excel. The screen shows the
 * summary columns; the export has every column, through the same table and writer as `causeway run --csv`.
 */
import { memo } from 'react';
import {
  formatCell,
  namedProjection,
  resultsByYearTable,
  toCsv,
  YEAR_TABLE_SUMMARY,
  type Projection,
  type ScenarioDocument,
} from '../engine.ts';

/** Net figures are what the table is read for: set in bold. */
const EMPHASISED = new Set(['net-gva', 'net-jobs']);

export function resultsCsv(doc: ScenarioDocument, projection: Projection): string {
  return toCsv(resultsByYearTable(doc, namedProjection(doc, projection)));
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
  const table = resultsByYearTable(doc, namedProjection(doc, projection), YEAR_TABLE_SUMMARY);
  const [year, ...columns] = table.columns;
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
              <th scope="col">{year!.short}</th>
              {columns.map((c) => (
                <th scope="col" className="num" key={c.id}>
                  {c.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{formatCell(year!, row.cells[0] ?? null)}</th>
                {columns.map((c, k) => (
                  <td className={EMPHASISED.has(c.id) ? 'num strong' : 'num'} key={c.id}>
                    {formatCell(c, row.cells[k + 1] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export const ResultsTable = memo(ResultsTableImpl);
