/**
 * What a scenario inherits from: the scenario it is based on and its packages (alsoInheritsFrom, in
 * lookup order), and the search order that results (docs/contracts.md section 4: the scenario, its
 * packages breadth-first, the basedOn chain, then the file). A change that would make scenarios
 * inherit from each other in a circle is refused with the sentence naming them.
 */
import { useId, useState } from 'react';
import { resolveScenario, setScenarioParents, type Scenario, type ScenarioDocument } from '../engine.ts';
import { selectEdit, useCauseway } from '../store/context.tsx';

export function ScenarioParents({ doc, scenario }: { doc: ScenarioDocument; scenario: Scenario }) {
  const edit = useCauseway(selectEdit);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const basedOnId = useId();
  const nameOf = (id: string) => doc.scenarios.find((s) => s.id === id)?.name ?? id;
  const others = doc.scenarios.filter((s) => s.id !== scenario.id);
  const packages = scenario.alsoInheritsFrom ?? [];
  const change = (parents: Parameters<typeof setScenarioParents>[2], log: string) => {
    let problem: string | null = null;
    edit(
      (d) => {
        const out = setScenarioParents(d, scenario.id, parents);
        if (!out.ok) problem = out.diagnostics.map((x) => x.message).join(' ');
        return out.ok ? out.value : d;
      },
      { log },
    );
    setRefusal(problem);
  };
  const order = resolveScenario(doc, scenario).searchOrder;
  const move = (k: number, by: number) => {
    const next = [...packages];
    [next[k], next[k + by]] = [next[k + by]!, next[k]!];
    change({ alsoInheritsFrom: next }, `${scenario.name}: packages reordered`);
  };
  return (
    <div className="scenario-parents">
      <div className="stack">
        <label htmlFor={basedOnId}>Based on</label>
        <select
          id={basedOnId}
          value={scenario.basedOn ?? ''}
          onChange={(e) =>
            change(
              { basedOn: e.target.value || null },
              e.target.value
                ? `${scenario.name}: based on ${nameOf(e.target.value)}`
                : `${scenario.name}: based on no scenario`,
            )
          }
        >
          <option value="">No scenario (only the file)</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="scenario-parents__packages">
        <h4 id={`packages-${scenario.id}`}>Also inherits from (packages, first wins)</h4>
        {packages.length === 0 ? <p className="muted small">No packages.</p> : null}
        <ol className="scenario-parents__list" aria-labelledby={`packages-${scenario.id}`}>
          {packages.map((id, k) => (
            <li key={id}>
              <span>{nameOf(id)}</span>
              <button
                type="button"
                className="btn btn--small"
                disabled={k === 0}
                aria-label={`Move ${nameOf(id)} up`}
                onClick={() => move(k, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn--small"
                aria-label={`Remove the package ${nameOf(id)}`}
                onClick={() =>
                  change(
                    { alsoInheritsFrom: packages.filter((p) => p !== id) },
                    `${scenario.name}: no longer inherits from ${nameOf(id)}`,
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <div className="add-row">
          <select aria-label="Package to add" value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Choose a scenario…</option>
            {others
              .filter((s) => !packages.includes(s.id))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="btn btn--small"
            disabled={!adding}
            onClick={() => {
              change(
                { alsoInheritsFrom: [...packages, adding] },
                `${scenario.name}: also inherits from ${nameOf(adding)}`,
              );
              setAdding('');
            }}
          >
            Add package
          </button>
        </div>
      </div>
      {refusal ? (
        <p className="diag diag--error" role="alert">
          Not changed: {refusal}
        </p>
      ) : null}
      <div className="search-order">
        <h4 id={`order-${scenario.id}`}>Search order</h4>
        <p className="muted small">Each value comes from the first of these that states it.</p>
        <ol className="search-order__list" aria-labelledby={`order-${scenario.id}`}>
          {order.map((id) => (
            <li key={id}>{id === scenario.id ? `${nameOf(id)} (this scenario)` : nameOf(id)}</li>
          ))}
          <li>The file (parameters, interventions’ own factors; no interventions on)</li>
        </ol>
      </div>
    </div>
  );
}
