/** A new scenario file for an area: baseline from the embedded library, plus optional templates. */
import { useMemo, useState } from 'react';
import { TEMPLATES, createScenarioForArea, listAreas, type TemplateId } from '../engine.ts';
import { useCauswayStore } from '../store/context.tsx';
import type { FileCommands } from '../app/useFileCommands.ts';
import { AreaOptions } from '../common/AreaOptions.tsx';

export function NewForArea({ files }: { files: FileCommands }) {
  const store = useCauswayStore();
  const areas = useMemo(() => listAreas(), []);
  const [code, setCode] = useState(areas.find((a) => a.code === 'TLD3')?.code ?? areas[0]?.code ?? '');
  const [templates, setTemplates] = useState<TemplateId[]>(['digital-adoption']);
  const [error, setError] = useState<string | null>(null);
  const area = areas.find((a) => a.code === code);
  const create = () => {
    const out = createScenarioForArea({ areaCode: code, templates });
    if (!out.ok) {
      setError(out.diagnostics.map((d) => d.message).join(' '));
      return;
    }
    if (!files.confirmDiscard()) return;
    setError(null);
    files.openDocument(out.value, null);
    store.getState().setView('model');
  };
  return (
    <section className="card" aria-labelledby="new-area-title">
      <h2 id="new-area-title">New scenario file for an area</h2>
      <label className="stack" htmlFor="new-area">
        Area
      </label>
      <div className="stack">
        <select id="new-area" value={code} onChange={(e) => setCode(e.target.value)}>
          <AreaOptions areas={areas} />
        </select>
      </div>
      {area ? (
        <p className="muted small">
          {area.sectors.length} sectors · data {area.dataYear} · {area.priceBaseYear} prices · {area.vintage}
        </p>
      ) : null}
      <fieldset className="stack">
        <legend>Start from templates</legend>
        {TEMPLATES.map((t) => (
          <label key={t.id} className="check">
            <input
              type="checkbox"
              checked={templates.includes(t.id)}
              onChange={(e) =>
                setTemplates((list) => (e.target.checked ? [...list, t.id] : list.filter((x) => x !== t.id)))
              }
            />
            <span>
              <strong>{t.name}</strong>
              <br />
              <span className="muted small">{t.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="diag diag--error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="btn btn--primary" onClick={create} disabled={!code}>
        Create
      </button>
    </section>
  );
}
