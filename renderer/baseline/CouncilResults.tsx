/**
 * Results by council for a combined authority (docs/method.md section 14): gross and net impacts in
 * the final year split by the file's stated rule (each council's share of the sector's GVA), and net
 * jobs by where the people filling them live (Census 2021 commuting), with the share living outside
 * the authority.
 */
import { councilResults, type Projection, type ScenarioDocument } from '../engine.ts';
import { formatGbpM, formatJobs, formatPercent } from '../format.ts';

export function CouncilResults({ doc, projection }: { doc: ScenarioDocument; projection: Projection }) {
  const r = councilResults(doc, projection);
  if (!r) return null;
  const k = r.years.length - 1;
  const year = r.years[k];
  const netJobs = r.councils.reduce((s, c) => s + c.netJobs[k]!, 0);
  const outside = r.outsideNetJobs?.[k];
  return (
    <section className="panel" aria-labelledby="council-results">
      <h2 id="council-results">Results by council, {year}</h2>
      <p className="panel__note">{r.rule}</p>
      <div className="table-scroll">
        <table className="grid grid--councils">
          <thead>
            <tr>
              <th scope="col">Council</th>
              <th scope="col" className="num">
                Gross GVA, £m
              </th>
              <th scope="col" className="num">
                Gross jobs
              </th>
              <th scope="col" className="num">
                Net GVA, £m
              </th>
              <th scope="col" className="num">
                Net jobs (workplace)
              </th>
              {r.outsideNetJobs ? (
                <th scope="col" className="num">
                  Net jobs by residence
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {r.councils.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  {c.name} <code className="muted">{c.code}</code>
                </th>
                <td className="num">{formatGbpM(c.grossGva[k])}</td>
                <td className="num">{formatJobs(c.grossJobs[k])}</td>
                <td className="num">{formatGbpM(c.netGva[k])}</td>
                <td className="num">{formatJobs(c.netJobs[k])}</td>
                {c.residentNetJobs ? <td className="num">{formatJobs(c.residentNetJobs[k])}</td> : null}
              </tr>
            ))}
            {outside !== undefined ? (
              <tr>
                <th scope="row">Living outside the authority</th>
                <td colSpan={4} />
                <td className="num">
                  {formatJobs(outside)} ({formatPercent(netJobs === 0 ? null : outside / netJobs)})
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {r.commutingSource ? <p className="footnote">{r.commutingSource}</p> : null}
    </section>
  );
}
