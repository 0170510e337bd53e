/**
 * The scenario shown, beside the tree: its name, what it inherits from and its search order
 * (ScenarioParents), its interventions list labelled "set here" or "inherited from X" with "Reset to
 * inherited", and making a scenario based on it, a copy, or deleting it. Its parameter values are in
 * the parameter table's column for it; its additionality and optimism bias in the table below.
 */
import { useId } from 'react';
import {
  addScenarioBasedOn,
  deleteScenario,
  duplicateScenario,
  resolveScenario,
  setScenarioInterventions,
  toggleScenarioIntervention,
  updateScenario,
  type Scenario,
  type ScenarioDocument,
} from '../engine.ts';
import { selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';
import { useAddScenario } from './AddScenario.tsx';
import { ScenarioParents } from './ScenarioParents.tsx';

/** "set here", "inherited from X" or "from the file": where a resolved value comes from, in words. */
export function fromWords(doc: ScenarioDocument, scenarioId: string, from: string | null): string {
  if (from === scenarioId) return 'set here';
  if (from === null) return 'from the file';
  return `inherited from ${doc.scenarios.find((s) => s.id === from)?.name ?? from}`;
}

function Interventions({ doc, scenario }: { doc: ScenarioDocument; scenario: Scenario }) {
  const edit = useCauseway(selectEdit);
  const list = resolveScenario(doc, scenario).interventions;
  const inherits = scenario.basedOn !== undefined || (scenario.alsoInheritsFrom ?? []).length > 0;
  return (
    <fieldset className="scenario-interventions">
      <legend>
        Interventions switched on{' '}
        <span className={`source-label source-label--${list.from === scenario.id ? 'own' : 'inherited'}`}>
          {list.from === null ? 'none (the file)' : fromWords(doc, scenario.id, list.from)}
        </span>
      </legend>
      {doc.interventions.length === 0 ? <p className="muted small">No interventions yet.</p> : null}
      {doc.interventions.map((i) => (
        <label key={i.id} className="check">
          <input
            type="checkbox"
            checked={list.value.includes(i.id)}
            onChange={(e) =>
              edit((d) => toggleScenarioIntervention(d, scenario.id, i.id, e.target.checked), {
                log: `${scenario.name}: ${i.name} switched ${e.target.checked ? 'on' : 'off'}`,
              })
            }
          />{' '}
          {i.name}
        </label>
      ))}
      {scenario.interventions && inherits ? (
        <button
          type="button"
          className="btn-link"
          aria-label={`Reset to inherited: interventions of ${scenario.name}`}
          onClick={() =>
            edit((d) => setScenarioInterventions(d, scenario.id, undefined), {
              log: `${scenario.name}: interventions reset to inherited`,
            })
          }
        >
          Reset to inherited
        </button>
      ) : null}
    </fieldset>
  );
}

function NewBasedOn({ scenario }: { scenario: Scenario }) {
  const { name, setName, add } = useAddScenario(
    (d, clean) => {
      const out = addScenarioBasedOn(d, scenario.id, clean);
      return out.ok ? out.value : null;
    },
    (clean) => `Added the scenario ${clean}, based on ${scenario.name}`,
  );
  return (
    <div className="add-row">
      <input
        aria-label={`Name of a new scenario based on ${scenario.name}`}
        value={name}
        placeholder="New scenario name"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button type="button" className="btn btn--small" disabled={!name.trim()} onClick={add}>
        New scenario based on this
      </button>
    </div>
  );
}

export function ScenarioDetail({ doc, scenario }: { doc: ScenarioDocument; scenario: Scenario }) {
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const nameId = useId();
  return (
    <section className="scenario-detail" aria-labelledby="scenario-detail-title">
      <h3 id="scenario-detail-title">Scenario “{scenario.name}”</h3>
      <div className="stack">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          value={scenario.name}
          onChange={(e) =>
            edit((d) => updateScenario(d, scenario.id, { name: e.target.value }), {
              coalesce: `sname:${scenario.id}`,
            })
          }
        />
      </div>
      <ScenarioParents doc={doc} scenario={scenario} />
      <Interventions doc={doc} scenario={scenario} />
      <NewBasedOn scenario={scenario} />
      <div className="scenario-detail__actions">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            let id = '';
            edit(
              (d) => {
                const out = duplicateScenario(d, scenario.id);
                id = out.id;
                return out.doc;
              },
              { log: `Copied ${scenario.name}` },
            );
            store.getState().selectScenario(id);
          }}
        >
          Copy
        </button>
        <button
          type="button"
          className="btn btn--small btn--danger"
          disabled={doc.scenarios.length <= 1}
          onClick={() => {
            // Scenarios that inherit from this one would point at nothing: say so first.
            const heirs = doc.scenarios.filter(
              (s) => s.basedOn === scenario.id || (s.alsoInheritsFrom ?? []).includes(scenario.id),
            );
            const names = heirs.map((s) => `“${s.name}”`).join(', ');
            if (
              heirs.length > 0 &&
              !window.confirm(
                `${names} inherit${heirs.length === 1 ? 's' : ''} from “${scenario.name}”: after deleting it, choose what ${heirs.length === 1 ? 'it is' : 'they are'} based on instead. Delete “${scenario.name}”?`,
              )
            )
              return;
            edit((d) => deleteScenario(d, scenario.id), { log: `Deleted ${scenario.name}` });
          }}
        >
          Delete
        </button>
      </div>
    </section>
  );
}
