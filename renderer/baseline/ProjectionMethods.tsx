/**
 * How each sector's baseline is carried forward (docs/method.md section 14): the method, chosen per
 * sector, with the plausibility numbers beside it (the baseline's implied productivity growth, the
 * Great Britain industry's, the gap) and the data-year note. Switching method is one undoable edit.
 */
import {
  formatPercent,
  PRODUCTIVITY_GAP_LIMIT,
  sectorPlausibility,
  updateSector,
  withProjectionMethod,
  type SectorBaseline,
} from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';

const METHODS = { trend: 'Own trend', national: 'Great Britain trend', series: 'Series (from the file)' } as const;
const points = (x: number) => `${(x * 100).toFixed(2)} points`;

export function ProjectionMethods() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  if (doc.baseline.sectors.length === 0) return null;
  const choose = (s: SectorBaseline, method: 'trend' | 'national') => {
    const r = withProjectionMethod(doc.area.code, s, method);
    if (r.ok)
      edit((d) => updateSector(d, s.id, { projection: r.value.projection }), { log: `${s.name}: ${METHODS[method]}` });
  };
  return (
    <div className="table-scroll">
      <table className="grid grid--methods">
        <caption className="panel__note">
          Projection method by sector. The check compares each baseline&apos;s productivity growth with the
          industry&apos;s in Great Britain over the same years; a gap over {points(PRODUCTIVITY_GAP_LIMIT)} a year is
          flagged in Problems.
        </caption>
        <thead>
          <tr>
            <th scope="col">Sector</th>
            <th scope="col">Method</th>
            <th scope="col" className="num">
              Productivity growth a year
            </th>
            <th scope="col" className="num">
              GB industry
            </th>
            <th scope="col" className="num">
              Gap
            </th>
            <th scope="col">Data year</th>
          </tr>
        </thead>
        <tbody>
          {doc.baseline.sectors.map((s) => {
            const p = sectorPlausibility(doc.area.code, s);
            const national = withProjectionMethod(doc.area.code, s, 'national').ok;
            return (
              <tr key={s.id} className={p.implausible ? 'is-flagged' : undefined}>
                <th scope="row">
                  {s.name} <code className="muted">{s.id}</code>
                </th>
                <td>
                  <select
                    aria-label={`Projection method of ${s.name}`}
                    value={p.method}
                    onChange={(e) => choose(s, e.target.value as 'trend' | 'national')}
                  >
                    <option value="trend">{METHODS.trend}</option>
                    <option value="national" disabled={!national}>
                      {METHODS.national}
                    </option>
                    {p.method === 'series' ? <option value="series">{METHODS.series}</option> : null}
                  </select>
                </td>
                <td className="num">
                  {p.productivityGrowth === undefined ? '–' : formatPercent(p.productivityGrowth, 2)}
                </td>
                <td className="num">
                  {p.national ? formatPercent(p.national.productivityGrowth, 2) : 'not in the library'}
                </td>
                <td className="num">
                  {p.gap === undefined ? '–' : points(p.gap)}
                  {p.implausible ? <span className="diag diag--warning"> over the limit</span> : null}
                </td>
                <td>
                  {s.dataYear}
                  {p.outlierYear ? <span className="diag diag--warning"> a pandemic year: add a note</span> : null}
                  {s.dataYearNote ? (
                    <span className="muted" title={s.dataYearNote}>
                      {' '}
                      (noted)
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
