/** Headline numbers for the scenario shown, always visible, so every edit shows its effect at once. */
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { useProjection } from '../store/derived.ts';
import { VFM_LABELS, formatGbp, formatGbpM, formatJobs, formatRatio } from '../format.ts';

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
  const p = projection.value;
  const last = p.years.length - 1;
  const year = p.years[last];
  const items: { label: string; value: string; id: string }[] = [
    { id: 'net-gva', label: `Net GVA ${year}`, value: formatGbpM(p.total.netImpact.gva[last]) },
    { id: 'net-jobs', label: `Net jobs ${year}`, value: formatJobs(p.total.netImpact.jobs[last]) },
    { id: 'npv', label: 'NPV', value: formatGbpM(p.appraisal.npv) },
    { id: 'bcr', label: 'BCR', value: formatRatio(p.appraisal.bcr) },
    { id: 'vfm', label: 'Value for money', value: p.appraisal.vfm ? VFM_LABELS[p.appraisal.vfm]! : '–' },
    { id: 'cost-per-job', label: 'Cost per net job', value: formatGbp(p.appraisal.costPerNetJob) },
  ];
  return (
    <div className="kpis" role="status" aria-label={`Headline results for ${scenario?.name}`}>
      <span className="kpis__scenario">
        {scenario?.name}
        <small>
          {doc.prices.baseYear} prices, present values discounted to {doc.horizon.startYear}
        </small>
      </span>
      {items.map((k) => (
        <span className="kpi" key={k.id} data-kpi={k.id}>
          <span className="kpi__label">{k.label}</span>
          <span className="kpi__value">{k.value}</span>
        </span>
      ))}
    </div>
  );
}
