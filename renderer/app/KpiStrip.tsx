/**
 * Headline numbers for the scenario shown, always visible, so every edit shows its effect at once.
 * Which figures, their labels and their formats come from the metric catalogue (models/report).
 */
import { displayLines, stripTable } from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { useProjection } from '../store/derived.ts';
import { useOpenTrace } from '../trace/TraceHost.tsx';

/** Headline figures the trace panel can explain: net additional GVA and jobs in the last year. */
const TRACEABLE: Record<string, 'gva' | 'jobs'> = { 'net-gva': 'gva', 'net-jobs': 'jobs' };

export function KpiStrip() {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const projection = useProjection();
  const openTrace = useOpenTrace();
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  if (!projection.ok) {
    return (
      <div className="kpis kpis--error" role="status">
        <strong>{scenario?.name}</strong> cannot be projected:{' '}
        {projection.diagnostics[0]?.message ?? 'see the Problems list.'}
      </div>
    );
  }
  const table = stripTable(doc, { id: scenarioId, name: scenario?.name ?? scenarioId, projection: projection.value });
  return (
    <div className="kpis" role="status" aria-label={`Headline results for ${scenario?.name}`}>
      <span className="kpis__scenario">
        {scenario?.name}
        <small>
          {doc.prices.baseYear} prices, present values discounted to{' '}
          {doc.appraisal.presentValueYear ?? doc.horizon.startYear}
        </small>
      </span>
      {displayLines(table).map(({ column, values }) => {
        const measure = TRACEABLE[column.id];
        const body = (
          <>
            <span className="kpi__label">{column.short}</span>
            <span className="kpi__value">{values[0]}</span>
          </>
        );
        return measure && openTrace ? (
          <button
            type="button"
            className="kpi kpi--traceable"
            key={column.id}
            data-kpi={column.id}
            aria-label={`${column.label}: ${values[0]}. Why this number?`}
            onClick={() => openTrace({ target: { total: measure } })}
          >
            {body}
          </button>
        ) : (
          <span className="kpi" key={column.id} data-kpi={column.id}>
            {body}
          </span>
        );
      })}
    </div>
  );
}
