/**
 * Headline numbers for the scenario shown, always visible, so every edit shows its effect at once.
 * Which figures, their labels, formats and bases come from the metric catalogue (models/report):
 * net GVA and jobs in the final year carry their peak (with its year) and their total over the
 * horizon beside them, and cost per job says what it is per ("per net job at the peak, 2030").
 */
import {
  METRICS,
  formatCell,
  metricBasis,
  peakYear,
  stripTable,
  type Metric,
  type Projection,
  type ReportColumn,
  type ReportTable,
} from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { useProjection } from '../store/derived.ts';
import { useOpenTrace, type TraceRequest } from '../trace/TraceHost.tsx';

/** Headline figures the trace panel can explain: net additional GVA and jobs in the last year. */
const TRACEABLE: Record<string, 'gva' | 'jobs'> = { 'net-gva': 'gva', 'net-jobs': 'jobs' };

/**
 * The trace a headline figure opens: its series' peak year is named in the panel, and the panel opens
 * there when the final-year figure shows as zero (a programme whose effect has faded by the end of the
 * horizon), since a trace of "0 against 0, a change of 0" explains nothing.
 */
function traceRequest(measure: 'gva' | 'jobs', head: Figure, p: Projection): TraceRequest {
  const peak = peakYear(measure === 'gva' ? 'net-gva' : 'net-jobs', p) ?? undefined;
  const showsZero = head.value === formatCell(head.column, 0);
  return { target: { total: measure }, peakYear: peak, year: showsZero ? peak : undefined };
}

interface Figure {
  column: ReportColumn;
  metric: Metric;
  value: string;
  basis: string | null;
}

/**
 * The strip's figures in groups: a figure whose id extends the one before it ("net-gva-peak" after
 * "net-gva") is shown inside that figure's box, as a line of detail.
 */
function groups(table: ReportTable, p: Projection): { head: Figure; details: Figure[] }[] {
  const out: { head: Figure; details: Figure[] }[] = [];
  table.columns.slice(1).forEach((column, k) => {
    const metric = METRICS[column.id as keyof typeof METRICS];
    const figure = {
      column,
      metric,
      value: formatCell(column, table.rows[0]!.cells[k + 1] ?? null),
      basis: metricBasis(metric, p),
    };
    const last = out.at(-1);
    if (last && column.id.startsWith(`${last.head.column.id}-`)) last.details.push(figure);
    else out.push({ head: figure, details: [] });
  });
  return out;
}

function detailLabel(figure: Figure, years: { start: number; end: number }): string {
  if (figure.metric.period === 'peak') return 'peak';
  if (figure.metric.period === 'horizon') return `${years.start}–${years.end}`;
  return figure.column.short;
}

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
  const years = { start: doc.horizon.startYear, end: doc.horizon.endYear };
  return (
    <div className="kpis" role="status" aria-label={`Headline results for ${scenario?.name}`}>
      <span className="kpis__scenario">
        {scenario?.name}
        <small>
          {doc.prices.baseYear} prices, present values discounted to{' '}
          {doc.appraisal.presentValueYear ?? doc.horizon.startYear}
        </small>
      </span>
      {groups(table, projection.value).map(({ head, details }) => {
        const measure = TRACEABLE[head.column.id];
        const body = (
          <>
            <span className="kpi__label">{head.column.short}</span>
            <span className="kpi__value">{head.value}</span>
            {head.basis ? <span className="kpi__basis">{head.basis}</span> : null}
            {details.map((d) => (
              <span className="kpi__detail" key={d.column.id} data-kpi={d.column.id} title={d.metric.description}>
                {detailLabel(d, years)} <span className="kpi__value">{d.value}</span>
                {d.column.unit === 'jobYears' ? ' job-years' : ''}
                {d.basis ? ` ${d.basis}` : ''}
              </span>
            ))}
          </>
        );
        // The visible figures start the button's name (WCAG 2.5.3); the question ends it.
        return measure && openTrace ? (
          <button
            type="button"
            className="kpi kpi--traceable"
            key={head.column.id}
            data-kpi={head.column.id}
            title={head.metric.description}
            onClick={() => openTrace(traceRequest(measure, head, projection.value))}
          >
            {body}
            <span className="sr-only"> ({head.column.label}). Why this number?</span>
          </button>
        ) : (
          <span className="kpi" key={head.column.id} data-kpi={head.column.id} title={head.metric.description}>
            {body}
          </span>
        );
      })}
    </div>
  );
}
