/**
 * Big headline numbers with the change from the scenario as it stands, and net GVA over time. Peak
 * figures and cost per job say which year they stand for (the catalogue's basis).
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import {
  HEADLINES,
  METRICS,
  formatCell,
  metricBasis,
  headlineTable,
  type Projection,
  type ReportColumn,
  type Result,
  type ScenarioDocument,
} from '../engine.ts';
import { formatAxisGbpM } from '../format.ts';

function Big({
  label,
  value,
  basis,
  delta,
  id,
}: {
  label: string;
  value: string;
  basis: string | null;
  delta: string | null;
  id: string;
}) {
  return (
    <div className="ws-kpi" data-ws-kpi={id}>
      <div className="ws-kpi__label">{label}</div>
      <div className="ws-kpi__value">{value}</div>
      {basis ? <div className="ws-kpi__basis">{basis}</div> : null}
      <div className="ws-kpi__delta">{delta ?? '\u00a0'}</div>
    </div>
  );
}

function diff(column: ReportColumn, now: unknown, before: unknown): string | null {
  if (typeof now !== 'number' || typeof before !== 'number' || Math.abs(now - before) < 1e-9) return null;
  return `${now > before ? '▲ +' : '▼ −'}${formatCell(column, Math.abs(now - before))} vs scenario`;
}

export function WorkshopResults({
  doc,
  base,
  current,
}: {
  doc: ScenarioDocument;
  base: Result<Projection>;
  current: Result<Projection>;
}) {
  if (!current.ok || !base.ok) {
    return (
      <section className="workshop__results">
        <p className="diag diag--error">
          {(current.ok ? base : current).diagnostics[0]?.message ?? 'This scenario cannot be projected.'}
        </p>
      </section>
    );
  }
  const p = current.value;
  const b = base.value;
  const prices = doc.prices.baseYear;
  // Two rows of the catalogue's headline table: with the room's changes, and as the scenario stands.
  const table = headlineTable(
    doc,
    [
      { id: 'now', name: 'With these changes', projection: p },
      { id: 'before', name: 'Scenario as it stands', projection: b },
    ],
    HEADLINES.workshop,
    'workshop',
    'Workshop results',
  );
  const [now, before] = table.rows;
  const data = p.years.map((y, k) => ({ year: y, now: p.total.netImpact.gva[k], before: b.total.netImpact.gva[k] }));
  return (
    <section className="workshop__results" aria-label="Results" aria-live="polite">
      <div className="ws-kpis" data-count={table.columns.length - 1}>
        {table.columns.slice(1).map((column, k) => (
          <Big
            key={column.id}
            id={column.id}
            label={column.label}
            value={formatCell(column, now!.cells[k + 1] ?? null)}
            basis={metricBasis(METRICS[column.id as keyof typeof METRICS], p)}
            delta={diff(column, now!.cells[k + 1], before!.cells[k + 1])}
          />
        ))}
      </div>
      <figure className="chart ws-chart">
        <figcaption className="chart__title">Net additional GVA, £m ({prices} prices)</figcaption>
        {/* The plot takes the height the figures leave (workshop.css), so the year axis is never cut off. */}
        <div className="ws-chart__plot">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 16 }}>
              <CartesianGrid stroke="#e6e9ee" vertical={false} />
              <XAxis dataKey="year" tick={{ fontSize: 18, fill: '#2b3440' }} minTickGap={16} />
              <YAxis tickFormatter={formatAxisGbpM} tick={{ fontSize: 18, fill: '#2b3440' }} width={90} />
              <Legend wrapperStyle={{ fontSize: 18 }} />
              <Line
                dataKey="before"
                name="Scenario as it stands"
                stroke="#8a94a3"
                strokeDasharray="6 5"
                strokeWidth={3}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="now"
                name="With these changes"
                stroke="#1f5fa8"
                strokeWidth={4}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </section>
  );
}
