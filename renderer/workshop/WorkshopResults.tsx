/** Big headline numbers with the change from the scenario as it stands, and net GVA over time. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Projection, Result } from '../engine.ts';
import { formatAxisGbpM, formatGbp, formatGbpM, formatJobs, formatRatio } from '../format.ts';

function Big({ label, value, delta, id }: { label: string; value: string; delta: string | null; id: string }) {
  return (
    <div className="ws-kpi" data-ws-kpi={id}>
      <div className="ws-kpi__label">{label}</div>
      <div className="ws-kpi__value">{value}</div>
      <div className="ws-kpi__delta">{delta ?? '\u00a0'}</div>
    </div>
  );
}

function diff(a: number | null, b: number | null, format: (x: number) => string): string | null {
  if (a === null || b === null || Math.abs(a - b) < 1e-9) return null;
  return `${a > b ? '▲ +' : '▼ −'}${format(Math.abs(a - b))} vs scenario`;
}

export function WorkshopResults({
  base,
  current,
  prices,
}: {
  base: Result<Projection>;
  current: Result<Projection>;
  prices: number;
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
  const last = p.years.length - 1;
  const year = p.years[last];
  const data = p.years.map((y, k) => ({ year: y, now: p.total.netImpact.gva[k], before: b.total.netImpact.gva[k] }));
  return (
    <section className="workshop__results" aria-label="Results" aria-live="polite">
      <div className="ws-kpis">
        <Big
          id="net-gva"
          label={`Net GVA in ${year}`}
          value={formatGbpM(p.total.netImpact.gva[last])}
          delta={diff(p.total.netImpact.gva[last]!, b.total.netImpact.gva[last]!, formatGbpM)}
        />
        <Big
          id="net-jobs"
          label={`Net jobs in ${year}`}
          value={formatJobs(p.total.netImpact.jobs[last])}
          delta={diff(p.total.netImpact.jobs[last]!, b.total.netImpact.jobs[last]!, formatJobs)}
        />
        <Big
          id="npv"
          label="Net present value"
          value={formatGbpM(p.appraisal.npv)}
          delta={diff(p.appraisal.npv, b.appraisal.npv, formatGbpM)}
        />
        <Big
          id="bcr"
          label="Benefit–cost ratio"
          value={formatRatio(p.appraisal.bcr)}
          delta={diff(p.appraisal.bcr, b.appraisal.bcr, formatRatio)}
        />
        <Big id="cost-per-job" label="Cost per net job" value={formatGbp(p.appraisal.costPerNetJob)} delta={null} />
      </div>
      <figure className="chart ws-chart">
        <figcaption className="chart__title">Net additional GVA, £m ({prices} prices)</figcaption>
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 16 }}>
            <CartesianGrid stroke="#e6e9ee" vertical={false} />
            <XAxis dataKey="year" tick={{ fontSize: 16, fill: '#2b3440' }} />
            <YAxis tickFormatter={formatAxisGbpM} tick={{ fontSize: 16, fill: '#2b3440' }} width={90} />
            <Legend wrapperStyle={{ fontSize: 16 }} />
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
      </figure>
    </section>
  );
}
