/** Monte Carlo controls and the ranges it found for NPV, BCR and cost per job. */
import { useState } from 'react';
import type { ScalarPercentiles } from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { formatGbp, formatGbpM, formatRatio } from '../format.ts';
import { NumberInput } from '../common/fields.tsx';
import type { useMonteCarlo } from './useMonteCarlo.ts';

function Row({ label, p, format }: { label: string; p: ScalarPercentiles | null; format(x: number): string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {p ? (
        [p.p10, p.p50, p.p90, p.mean].map((v, k) => (
          <td key={k} className="num">
            {format(v)}
          </td>
        ))
      ) : (
        <td colSpan={4} className="muted">
          Not defined in any draw
        </td>
      )}
    </tr>
  );
}

export function UncertaintyPanel({ mc }: { mc: ReturnType<typeof useMonteCarlo> }) {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const record = useCauseway((s) => s.uncertainty);
  const [samples, setSamples] = useState(2000);
  const [seed, setSeed] = useState(42);
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
            <label>
              Seed{' '}
              <NumberInput
                value={seed}
                onCommit={(v) => v !== undefined && setSeed(Math.round(v))}
                ariaLabel="Random seed"
              />
            </label>
            {progress.running ? (
              <button type="button" className="btn" onClick={mc.cancel}>
                Cancel
              </button>
            ) : (
              <button type="button" className="btn btn--primary" onClick={() => mc.start(samples, seed)}>
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
              <table className="grid grid--numbers" data-table="uncertainty">
                <caption className="sr-only">Monte Carlo percentiles</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {u.samples.toLocaleString('en-GB')} draws, seed {u.seed}
                    </th>
                    <th scope="col" className="num">
                      p10
                    </th>
                    <th scope="col" className="num">
                      p50
                    </th>
                    <th scope="col" className="num">
                      p90
                    </th>
                    <th scope="col" className="num">
                      Mean
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <Row label={`NPV (£m, ${doc.prices.baseYear} prices)`} p={u.appraisal.npv} format={formatGbpM} />
                  <Row label="BCR" p={u.appraisal.bcr} format={formatRatio} />
                  <Row label="Cost per net job" p={u.appraisal.costPerNetJob} format={formatGbp} />
                </tbody>
              </table>
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
