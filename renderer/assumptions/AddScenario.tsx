/** Adds a scenario from nothing (no interventions on, no overrides), named by the user. */
import { useState } from 'react';
import { addScenario, type ScenarioDocument } from '../engine.ts';
import { selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';

/**
 * A typed name and the edit that adds a scenario by it: blank names add nothing; the new scenario is
 * selected and the box cleared. `make` returns null when the scenario cannot be added.
 */
export function useAddScenario(
  make: (doc: ScenarioDocument, name: string) => { doc: ScenarioDocument; id: string } | null,
  log: (name: string) => string,
) {
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const [name, setName] = useState('');
  const add = () => {
    const clean = name.trim();
    if (!clean) return;
    let id = '';
    edit(
      (d) => {
        const out = make(d, clean);
        if (!out) return d;
        id = out.id;
        return out.doc;
      },
      { log: log(clean) },
    );
    if (id) store.getState().selectScenario(id);
    setName('');
  };
  return { name, setName, add };
}

export function AddScenario() {
  const { name, setName, add } = useAddScenario(
    (d, clean) => addScenario(d, clean),
    (clean) => `Added the scenario ${clean}`,
  );
  return (
    <div className="add-row">
      <label className="sr-only" htmlFor="new-scenario">
        Name of the new scenario
      </label>
      <input
        id="new-scenario"
        value={name}
        placeholder="New scenario name"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button type="button" className="btn" disabled={!name.trim()} onClick={add}>
        New scenario
      </button>
      <span className="muted small">
        From nothing: every intervention off. To inherit, use “New scenario based on this”.
      </span>
    </div>
  );
}
