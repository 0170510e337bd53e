/** Results of the scenario shown: trends, breakdowns, appraisal, gross-to-net, uncertainty, table. */
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import type { Projection } from '../engine.ts';
import { useProjection } from '../store/derived.ts';
import { formatAxisCount, formatAxisGbp, formatAxisGbpM, formatGbp, formatGbpM, formatJobs } from '../format.ts';
import { EmptyState } from '../common/fields.tsx';
import { TrendChart } from './TrendChart.tsx';
import { ImpactBreakdown } from './ImpactBreakdown.tsx';
import { AppraisalMeasures } from '../appraisal/AppraisalMeasures.tsx';
import { SwitchingValues } from '../appraisal/SwitchingValues.tsx';
import { Waterfall } from './Waterfall.tsx';
import { ResultsTable, resultsCsv } from './ResultsTable.tsx';
import { Tornado } from './Tornado.tsx';
import { UncertaintyPanel } from './UncertaintyPanel.tsx';
import { useMonteCarlo } from './useMonteCarlo.ts';
import { NetImpactFan } from './NetImpactFan.tsx';
import { CouncilResults } from '../baseline/CouncilResults.tsx';
import { useState } from 'react';
import { YearScrubber } from '../common/YearScrubber.tsx';
import type { FileCommands } from '../app/useFileCommands.ts';

/**
 * Where the impact is too small to see against the whole area's economy (under 2% of its GVA in the
 * final year), open on the sector the impact lands in most, so the projection visibly departs from
 * the baseline; the selector says which it is and offers the total.
 */
function autoScope(p: Projection): string {
  const last = p.years.length - 1;
  const share = Math.abs(p.total.netImpact.gva[last] ?? 0) / Math.max(1e-9, Math.abs(p.total.baseline.gva[last] ?? 0));
  if (share >= 0.02) return 'total';
  let best = 'total';
  let bestValue = 0;
  for (const [id, s] of Object.entries(p.sectors)) {
    const value = s.netImpact.gva.reduce((a, b) => a + Math.abs(b), 0);
    if (value > bestValue) [best, bestValue] = [id, value];
  }
  return best;
}

export function ResultsView({ files }: { files: FileCommands }) {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const record = useCauseway((s) => s.uncertainty);
  const projection = useProjection();
  const mc = useMonteCarlo();
  const [scope, setScope] = useState<string>('auto');
  if (!projection.ok) {
    return (
      <div className="page">
        <EmptyState title="This scenario cannot be projected yet">
          <ul className="diag-list">
            {projection.diagnostics.map((d, k) => (
              <li key={k} className={`diag diag--${d.severity}`}>
                {d.message}
              </li>
            ))}
          </ul>
          <p>Fix the problems listed in the logic model view; results appear as soon as the model checks out.</p>
        </EmptyState>
      </div>
    );
  }
  const p = projection.value;
  const fresh = record && record.scenarioId === scenarioId && record.doc === doc ? record.result : null;
  const stale = record && record.scenarioId === scenarioId && record.doc !== doc ? record.result : null;
  const sectorId = scope === 'auto' ? autoScope(p) : scope;
  const sector = sectorId === 'total' ? null : (p.sectors[sectorId] ?? null);
  const series = sector ?? p.total;
  // Bands exist for area totals only (that is what the Monte Carlo reports).
  const band = fresh && !sector ? fresh.total.projected : null;
  const scopeName = sector ? (doc.baseline.sectors.find((x) => x.id === sectorId)?.name ?? sectorId) : doc.area.name;
  const prices = `${doc.prices.baseYear} prices`;
  const scenarioName = doc.scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId;
  return (
    <div className="page results">
      <div className="results__scope">
        <label htmlFor="results-scope">Show baseline and projection for</label>
        <select id="results-scope" value={sector ? sectorId : 'total'} onChange={(e) => setScope(e.target.value)}>
          <option value="total">{doc.area.name}: all sectors</option>
          {doc.baseline.sectors.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} ({x.id})
            </option>
          ))}
        </select>
        {fresh && sector ? <span className="muted">Monte Carlo ranges are shown for the area total.</span> : null}
        <span className="spacer" />
        <YearScrubber />
      </div>
      {stale ? (
        <p className="diag diag--warning results__stale" role="status">
          Monte Carlo ranges are hidden: the assumptions changed after the last run (
          {stale.samples.toLocaleString('en-GB')} draws).{' '}
          <button
            type="button"
            className="btn btn--small"
            disabled={mc.progress.running}
            onClick={() => mc.start(stale.samples, stale.seed)}
          >
            {mc.progress.running ? 'Running…' : 'Run again'}
          </button>
        </p>
      ) : null}
      <div className="chart-grid chart-grid--3">
        <TrendChart
          id="gva"
          title={`GVA, £m (${prices}) · ${scopeName}`}
          years={p.years}
          baseline={series.baseline.gva}
          projected={series.projected.gva}
          band={band?.gva}
          format={formatGbpM}
          axisFormat={formatAxisGbpM}
        />
        <TrendChart
          id="jobs"
          title={`Jobs · ${scopeName}`}
          years={p.years}
          baseline={series.baseline.jobs}
          projected={series.projected.jobs}
          band={band?.jobs}
          format={formatJobs}
          axisFormat={formatAxisCount}
        />
        <TrendChart
          id="productivity"
          title={`Productivity, £ per job (${prices}) · ${scopeName}`}
          years={p.years}
          baseline={series.baseline.productivity}
          projected={series.projected.productivity}
          band={band?.productivity}
          format={formatGbp}
          axisFormat={formatAxisGbp}
        />
      </div>
      <div className="chart-grid chart-grid--2">
        <NetImpactFan projection={p} band={fresh ? fresh.total.netImpact : null} prices={doc.prices.baseYear} />
        <ImpactBreakdown doc={doc} projection={p} />
      </div>
      <div className="chart-grid chart-grid--2">
        <AppraisalMeasures doc={doc} projection={p} />
        <Waterfall doc={doc} projection={p} />
      </div>
      <div className="chart-grid chart-grid--2">
        <UncertaintyPanel mc={mc} />
        <Tornado doc={doc} scenarioId={scenarioId} />
      </div>
      <SwitchingValues doc={doc} scenarioId={scenarioId} />
      <ResultsTable
        doc={doc}
        projection={p}
        onExport={() => void files.exportCsv(`${scenarioId}-results.csv`, resultsCsv(doc, p))}
      />
      <CouncilResults doc={doc} projection={p} />
      <p className="footnote">
        Scenario “{scenarioName}”, {doc.area.name}, {p.years[0]}–{p.years.at(-1)}. Money in £ million at {prices}; jobs
        are a count of jobs; productivity is GVA per job in pounds.
      </p>
    </div>
  );
}
