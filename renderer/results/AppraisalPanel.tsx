/**
 * Green Book appraisal of the scenario shown: present values, NPV, BCR, value for money, cost per
 * job, as the metric catalogue defines and formats them.
 */
import {
  appraisalTable,
  centralValue,
  displayLines,
  namedProjection,
  type Projection,
  type ScenarioDocument,
} from '../engine.ts';

/** The figures the appraisal turns on, set in bold. */
const EMPHASISED = new Set(['npv', 'bcr']);

export function AppraisalPanel({ doc, projection }: { doc: ScenarioDocument; projection: Projection }) {
  const table = appraisalTable(doc, namedProjection(doc, projection));
  const rate =
    doc.appraisal.discountRate === undefined
      ? 'Green Book schedule (3.5% a year to year 30)'
      : `a flat ${(doc.appraisal.discountRate * 100).toFixed(1)}% a year`;
  return (
    <section className="card appraisal" aria-labelledby="appraisal-title">
      <h3 id="appraisal-title">
        Appraisal, £m ({doc.prices.baseYear} prices, discounted to {doc.horizon.startYear})
      </h3>
      <table className="kv">
        <tbody>
          {displayLines(table, true).map(({ column, values }) => (
            <tr key={column.id} data-appraisal={column.id} className={EMPHASISED.has(column.id) ? 'strong' : ''}>
              <th scope="row">{column.label}</th>
              <td className="num">{values[0]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="footnote">
        Discounting: {rate}. Optimism bias {(centralValue(doc.appraisal.optimismBias) * 100).toFixed(0)}% on costs.
        Value-for-money bands: poor &lt; 1, low 1–1.5, medium 1.5–2, high 2–4, very high ≥ 4.
      </p>
    </section>
  );
}
