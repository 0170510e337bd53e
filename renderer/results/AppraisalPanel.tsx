/** Green Book appraisal of the scenario shown: present values, NPV, BCR, value for money, cost per job. */
import type { Projection, ScenarioDocument } from '../engine.ts';
import { VFM_LABELS, formatGbp, formatGbpM, formatRatio } from '../format.ts';

export function AppraisalPanel({ doc, projection }: { doc: ScenarioDocument; projection: Projection }) {
  const a = projection.appraisal;
  const rate =
    doc.appraisal.discountRate === undefined
      ? 'Green Book schedule (3.5% a year to year 30)'
      : `a flat ${(doc.appraisal.discountRate * 100).toFixed(1)}% a year`;
  const rows: [string, string, string][] = [
    ['Present value of benefits (net additional GVA)', formatGbpM(a.pvBenefits), 'pv-benefits'],
    ['Present value of costs (with optimism bias)', formatGbpM(a.pvCosts), 'pv-costs'],
    ['Net present value', formatGbpM(a.npv), 'npv'],
    ['Benefit–cost ratio', formatRatio(a.bcr), 'bcr'],
    ['Value-for-money category', a.vfm ? VFM_LABELS[a.vfm]! : 'Not defined (no costs)', 'vfm'],
    ['Cost per net additional job', formatGbp(a.costPerNetJob), 'cost-per-job'],
  ];
  return (
    <section className="card appraisal" aria-labelledby="appraisal-title">
      <h3 id="appraisal-title">
        Appraisal, £m ({doc.prices.baseYear} prices, discounted to {doc.horizon.startYear})
      </h3>
      <table className="kv">
        <tbody>
          {rows.map(([label, value, key]) => (
            <tr key={key} data-appraisal={key} className={key === 'npv' || key === 'bcr' ? 'strong' : ''}>
              <th scope="row">{label}</th>
              <td className="num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="footnote">
        Discounting: {rate}. Optimism bias {(doc.appraisal.optimismBias * 100).toFixed(0)}% on costs. Value-for-money
        bands: poor &lt; 1, low 1–1.5, medium 1.5–2, high 2–4, very high ≥ 4.
      </p>
    </section>
  );
}
