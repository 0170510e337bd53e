/** Adds a scenario from nothing (no interventions on, no overrides), named by the user. */
import { useState } from 'react';
import { addScenario } from '../engine.ts';
import { selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';

export function AddScenario() {
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const [name, setName] = useState('');
  const add = () => {
    const clean = name.trim();
    if (!clean) return;
    let id = '';
    edit(
      (d) => {
        const out = addScenario(d, clean);
        id = out.id;
        return out.doc;
      },
      { log: `Added the scenario ${clean}` },
    );
    if (id) store.getState().selectScenario(id);
    setName('');
  };
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
