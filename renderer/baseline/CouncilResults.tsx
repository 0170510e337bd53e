/**
 * Results by council for a combined authority (docs/method.md section 14): gross and net impacts
 * split by the file's stated rule (each council's share of the sector's GVA), and net jobs by where
 * the people filling them live (Census 2021 commuting), with the share living outside the authority.
 * The table is the one `causeway run` and the reports print (models/report/councilTable.ts), so all
 * three show the same year: the peak of net jobs, not a final year a faded programme leaves at zero.
 */
import {
  councilSection,
  formatCell,
  namedProjection,
  shortHeading,
  type Projection,
  type ScenarioDocument,
} from '../engine.ts';

export function CouncilResults({ doc, projection }: { doc: ScenarioDocument; projection: Projection }) {
  const section = councilSection(doc, namedProjection(doc, projection));
  if (!section) return null;
  const { table } = section;
  return (
    <section className="panel" aria-labelledby="council-results">
      <h2 id="council-results">{table.title}</h2>
      <p className="panel__note">{section.rule}</p>
      <div className="table-scroll">
        <table className="grid grid--councils">
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.id} scope="col" className={c.unit === 'text' ? undefined : 'num'}>
                  {shortHeading(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id}>
                {table.columns.map((c, k) =>
                  k === 0 ? (
                    <th key={c.id} scope="row">
                      {formatCell(c, row.cells[k] ?? null)}
                    </th>
                  ) : (
                    <td key={c.id} className={c.unit === 'text' ? undefined : 'num'}>
                      {formatCell(c, row.cells[k] ?? null)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {section.commutingSource ? <p className="footnote">{section.commutingSource}</p> : null}
    </section>
  );
}
