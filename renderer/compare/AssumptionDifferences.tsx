/** What each scenario switches on and which parameter values it changes; differing cells stand out. */
import { overrideValue, resolveScenario } from '../engine.ts';
import { selectDoc, useCauseway } from '../store/context.tsx';
import { formatNumber } from '../format.ts';

export function AssumptionDifferences() {
  const doc = useCauseway(selectDoc);
  const overridden = [...new Set(doc.scenarios.flatMap((s) => Object.keys(s.overrides ?? {})))].filter(
    (id) => doc.parameters[id],
  );
  return (
    <section className="card">
      <h3>What the scenarios assume</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="What the scenarios assume">
        <table className="grid" data-table="assumption-differences">
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              {doc.scenarios.map((s) => (
                <th scope="col" key={s.id} className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {doc.interventions.map((i) => {
              const on = doc.scenarios.map((s) => resolveScenario(doc, s).interventions.value.includes(i.id));
              const differs = on.some((v) => v !== on[0]);
              return (
                <tr key={i.id}>
                  <th scope="row">{i.name}</th>
                  {on.map((v, k) => (
                    <td key={k} className={`num ${differs ? 'is-different' : ''}`}>
                      {v ? 'On' : 'Off'}
                    </td>
                  ))}
                </tr>
              );
            })}
            {overridden.map((id) => {
              const p = doc.parameters[id]!;
              const values = doc.scenarios.map((s) => overrideValue(s.overrides?.[id]) ?? p.value);
              const differs = values.some((v) => v !== values[0]);
              return (
                <tr key={id}>
                  <th scope="row">
                    {p.label ?? id}
                    {p.unit ? <span className="muted"> ({p.unit})</span> : null}
                  </th>
                  {doc.scenarios.map((s, k) => {
                    const own = s.overrides?.[id] !== undefined;
                    return (
                      <td key={s.id} className={`num ${differs ? 'is-different' : ''}`}>
                        {formatNumber(values[k])}
                        {own ? '' : <span className="muted"> (file)</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
