/**
 * The appraisal of the scenario shown, as two measures side by side (docs/method.md sections 11-12):
 * the local economic return (what the area gains) and UK social value (the Green Book view), each
 * as the metric catalogue labels and formats it, with "Not assessed" and what to set where a
 * measure cannot be computed, and the value-for-money band beside the UK social BCR only.
 */
import {
  DEFLATOR_NOTE,
  HEADLINES,
  centralValue,
  displayLines,
  headlineTable,
  namedProjection,
  resolveScenario,
  type Projection,
  type RangedNumber,
  type ScenarioDocument,
} from '../engine.ts';
import { formatPercent } from '../format.ts';
import './appraisal.css';

/** The figures each measure turns on, set in bold. */
const EMPHASISED = new Set(['bcr', 'social-bcr']);

function KeyValues({ lines }: { lines: ReturnType<typeof displayLines> }) {
  return (
    <table className="kv">
      <tbody>
        {lines.map(({ column, values }) => (
          <tr key={column.id} data-appraisal={column.id} className={EMPHASISED.has(column.id) ? 'strong' : ''}>
            <th scope="row">{column.label}</th>
            <td className="num">{values[0]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "10%", or "10% (5%–25%, drawn in Monte Carlo)" for a ranged value. */
function describeRanged(v: RangedNumber): string {
  const central = formatPercent(centralValue(v));
  if (typeof v === 'number' || v.low === undefined || v.high === undefined) return central;
  return `${central} (${formatPercent(v.low)}–${formatPercent(v.high)}, drawn in Monte Carlo)`;
}

/** Labels of the illustrative defaults the scenario uses: flagged parameters and national factors. */
export function illustrativeInUse(doc: ScenarioDocument, projection: Projection): string[] {
  // The formulas the scenario evaluates; parameter ids are formula names ([a-z0-9_]), safe in a pattern.
  const formulas = Object.keys(projection.nodes)
    .map((id) => doc.logicModel.nodes.find((n) => n.id === id)?.expr ?? '')
    .join(' ');
  const parameters = Object.entries(doc.parameters)
    .filter(([id, p]) => p.illustrative && new RegExp(`\\b${id}\\b`).test(formulas))
    .map(([id, p]) => p.label ?? id);
  const national = doc.interventions
    .filter((i) => i.national?.illustrative && projection.interventions[i.id])
    .map((i) => `national factors of ${i.name}`);
  return [...parameters, ...national];
}

export function AppraisalMeasures({ doc, projection }: { doc: ScenarioDocument; projection: Projection }) {
  const scenario = namedProjection(doc, projection);
  const table = (ids: readonly (typeof HEADLINES.appraisal)[number][], id: string) =>
    displayLines(headlineTable(doc, [scenario], ids, id, id), true);
  const { social } = projection.appraisal;
  const resolved = doc.scenarios.find((s) => s.id === projection.scenario);
  const bias = resolved ? resolveScenario(doc, resolved).optimismBias.value : doc.appraisal.optimismBias;
  const rate =
    doc.appraisal.discountRate === undefined
      ? 'Green Book schedule (3.5% a year to year 30)'
      : `a flat ${(doc.appraisal.discountRate * 100).toFixed(1)}% a year`;
  const illustrative = illustrativeInUse(doc, projection);
  return (
    <section className="card appraisal" aria-labelledby="appraisal-title" data-panel="appraisal">
      <h3 id="appraisal-title">
        Appraisal, £m ({doc.prices.baseYear} prices, discounted to {projection.appraisal.presentValueYear})
      </h3>
      <div className="measures">
        <div data-measure="local">
          <h4>Local economic return</h4>
          <p className="measures__about">
            What the area gains: net additional local GVA against public cost. Not a Green Book BCR, so it has no
            value-for-money band.
          </p>
          <KeyValues lines={table(HEADLINES.local, 'local')} />
        </div>
        <div data-measure="social">
          <h4>UK social value (Green Book)</h4>
          <p className="measures__about">
            Only what is additional for the UK: after national displacement, output with new jobs counted for the
            labour-supply share only, less private costs.
          </p>
          <KeyValues lines={table(HEADLINES.social, 'social')} />
          {social.reason ? (
            <p className="diag diag--warning measures__missing" role="status">
              {social.reason}
              {social.notAssessed.length > 0
                ? ' Set them under Assumptions, Uncertain additionality and national factors.'
                : ''}
            </p>
          ) : null}
        </div>
      </div>
      <KeyValues lines={table(['cost-per-job', 'cost-per-job-year'], 'jobs')} />
      <p className="footnote">
        Discounting: {rate}, to {projection.appraisal.presentValueYear}. Optimism bias {describeRanged(bias)} on public
        and private costs. Value-for-money bands (UK social BCR only): poor &lt; 1, low 1–1.5, medium 1.5–2, high 2–4,
        very high ≥ 4.
        {projection.prices
          ? ` Costs in cash prices (${projection.prices.cashNodes.join(', ')}) are deflated: ${DEFLATOR_NOTE}`
          : ''}
      </p>
      {illustrative.length > 0 ? (
        <p className="footnote" data-illustrative>
          Illustrative defaults in use (replace them with your own evidence): {illustrative.join('; ')}.
        </p>
      ) : null}
    </section>
  );
}
