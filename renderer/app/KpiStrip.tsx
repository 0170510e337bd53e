/**
 * Headline numbers for the scenario shown, always visible, so every edit shows its effect at once.
 * Which figures, their labels and their formats come from the metric catalogue (models/report).
 */
import { displayLines, stripTable } from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { useProjection } from '../store/derived.ts';

export function KpiStrip() {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const projection = useProjection();
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
      {displayLines(table).map(({ column, values }) => (
        <span className="kpi" key={column.id} data-kpi={column.id}>
          <span className="kpi__label">{column.short}</span>
          <span className="kpi__value">{values[0]}</span>
        </span>
      ))}
    </div>
  );
}
