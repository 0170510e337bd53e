/** Adds an intervention: empty (factors to be set in the table) or a complete template chain. */
import { useState } from 'react';
import { TEMPLATES, addIntervention, applyTemplate, type TemplateId } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway, useCauswayStore } from '../store/context.tsx';

export function AddIntervention() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const store = useCauswayStore();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TemplateId>(TEMPLATES[0]?.id ?? 'digital-adoption');
  const [chosen, setSector] = useState('');
  // Sectors come and go (a blank file gains its first one later): fall back to a present one.
  const sector = doc.baseline.sectors.some((s) => s.id === chosen)
    ? chosen
    : (doc.baseline.sectors.find((s) => s.id === 'ck')?.id ?? doc.baseline.sectors[0]?.id ?? '');
  const addTemplate = () => {
    const out = applyTemplate(doc, template, { sector });
    if (!out.ok) return store.getState().notify('error', out.diagnostics.map((d) => d.message).join(' '));
    edit(() => out.value, { log: `Added the ${TEMPLATES.find((t) => t.id === template)?.name} template` });
    store.getState().notify('success', 'Template added: its boxes are in the logic model and its parameters above.');
  };
  return (
    <div className="add-row">
      <label className="sr-only" htmlFor="new-intervention">
        Name of the new intervention
      </label>
      <input
        id="new-intervention"
        value={name}
        placeholder="New intervention name"
        onChange={(e) => setName(e.target.value)}
      />
      <button
        type="button"
        className="btn"
        disabled={!name.trim()}
        onClick={() => {
          edit(
            (d) =>
              addIntervention(d, name.trim(), {
                deadweight: 0,
                leakage: 0,
                displacement: 0,
                substitution: 0,
                multiplier: 1,
              }).doc,
            { log: `Added the intervention ${name.trim()}` },
          );
          setName('');
        }}
      >
        Add intervention
      </button>
      <span className="sep" />
      <label className="inline-label">
        Template
        <select value={template} onChange={(e) => setTemplate(e.target.value as TemplateId)}>
          {TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-label">
        in sector
        <select value={sector} onChange={(e) => setSector(e.target.value)}>
          {doc.baseline.sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.id})
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" disabled={!sector} onClick={addTemplate}>
        Add from template
      </button>
    </div>
  );
}
