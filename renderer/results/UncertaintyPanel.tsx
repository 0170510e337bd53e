/** Monte Carlo controls and the ranges it found for NPV, BCR and cost per job. */
import { useState } from 'react';
import { SUMMARY_STATISTICS, displayLines, shortHeading, uncertaintyTable } from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import type { useMonteCarlo } from './useMonteCarlo.ts';
import { SeedField, readSeed } from './SeedField.tsx';

/** The catalogue's metrics down the side, the statistics across (p10, p50, p90, mean). */
function UncertaintyTable({ table, corner }: { table: ReturnType<typeof uncertaintyTable>; corner: string }) {
  return (
    <table className="grid grid--numbers" data-table="uncertainty">
      <caption className="sr-only">Monte Carlo percentiles</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {table.rows.map((row) => (
            <th scope="col" className="num" key={row.id}>
              {String(row.cells[0])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {displayLines(table).map(({ column, values }, k) => (
          <tr key={column.id} data-metric={column.id}>
            <th scope="row">{shortHeading(column)}</th>
            {table.rows.every((row) => row.cells[k + 1] === null) ? (
              <td colSpan={values.length} className="muted">
                {column.missingLabel ?? 'Not defined'} in any draw
              </td>
            ) : (
              values.map((v, j) => (
                <td key={j} className="num">
                  {v}
                </td>
              ))
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UncertaintyPanel({ mc }: { mc: ReturnType<typeof useMonteCarlo> }) {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const record = useCauseway((s) => s.uncertainty);
  const [samples, setSamples] = useState(2000);
  const [seedText, setSeedText] = useState('42');
  const { seed } = readSeed(seedText);
  const { progress } = mc;
  const forThis = record && record.scenarioId === scenarioId ? record : null;
  const stale = forThis && forThis.doc !== doc;
  const u = forThis?.result;
  return (
    <section className="card uncertainty" aria-labelledby="mc-title">
      <h3 id="mc-title">Uncertainty (Monte Carlo)</h3>
      {
        <>
          <div className="mc-controls">
            <label>
              Draws{' '}
              <NumberInput
                value={samples}
                min={2}
                max={100000}
                onCommit={(v) => v !== undefined && setSamples(Math.round(v))}
                ariaLabel="Number of draws"
              />
            </label>
            <SeedField text={seedText} onChange={setSeedText} />
            {progress.running ? (
              <button type="button" className="btn" onClick={mc.cancel}>
                Cancel
              </button>
            ) : (
              <button
                type="button"
                className="btn btn--primary"
                disabled={seed === null}
                onClick={() => seed !== null && mc.start(samples, seed)}
              >
                Run Monte Carlo
              </button>
            )}
          </div>
          {progress.running ? (
            <div
              className="progress"
              role="progressbar"
              aria-label="Monte Carlo progress"
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.done}
            >
              <div
                className="progress__bar"
                style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }}
              />
              <span>
                {progress.done.toLocaleString('en-GB')} of {progress.total.toLocaleString('en-GB')} draws
              </span>
            </div>
          ) : null}
          {progress.error ? (
            <p className="diag diag--error" role="alert">
              {progress.error}
            </p>
          ) : null}
          {u ? (
            <>
              {stale ? (
                <p className="diag diag--warning">
                  Assumptions have changed since this run: run it again to update the ranges.
                </p>
              ) : null}
              <UncertaintyTable
                table={uncertaintyTable(doc, u, SUMMARY_STATISTICS)}
                corner={`${u.samples.toLocaleString('en-GB')} draws, seed ${u.seed}`}
              />
            </>
          ) : !progress.running ? (
            <p className="muted">
              Run the simulation to see p10–p90 ranges here and as bands on the charts. Parameters vary within their
              low–high ranges.
            </p>
          ) : null}
        </>
      }
    </section>
  );
}
