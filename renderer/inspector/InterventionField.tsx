/**
 * Which intervention a box belongs to, with a new intervention created from here when the one it
 * belongs to does not exist yet (no detour to Assumptions). Its additionality starts as "no
 * adjustment" (every factor 0, multiplier 1), said where it is set, never a hidden default.
 */
import { useState } from 'react';
import { addIntervention, updateNode, type LogicNode, type ScenarioDocument } from '../engine.ts';
import { selectEdit, useCauseway } from '../store/context.tsx';
import { Field } from '../common/fields.tsx';

const NEW = '__new__';

export function InterventionField({ doc, node }: { doc: ScenarioDocument; node: LogicNode }) {
  const edit = useCauseway(selectEdit);
  const notify = useCauseway((s) => s.notify);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const create = () => {
    const clean = name.trim();
    if (!clean) return;
    let id = '';
    edit(
      (d) => {
        const out = addIntervention(d, clean, {
          deadweight: 0,
          leakage: 0,
          displacement: 0,
          substitution: 0,
          multiplier: 1,
        });
        id = out.id;
        return updateNode(out.doc, node.id, { intervention: out.id });
      },
      { log: `Added the intervention ${clean} for ${node.label}` },
    );
    setCreating(false);
    setName('');
    if (id)
      notify(
        'info',
        `Added “${clean}” with no additionality adjustment (0% deadweight, leakage, displacement and substitution, multiplier 1): set its factors in Assumptions.`,
      );
  };
  return (
    <Field label="Intervention">
      {(id) =>
        creating ? (
          <span className="inline-create">
            <input
              id={id}
              value={name}
              placeholder="Name of the new intervention"
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') create();
                if (e.key === 'Escape') setCreating(false);
              }}
              autoFocus
            />
            <button type="button" className="btn btn--small btn--primary" disabled={!name.trim()} onClick={create}>
              Create
            </button>
            <button type="button" className="btn btn--small" onClick={() => setCreating(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <select
            id={id}
            value={node.intervention ?? ''}
            onChange={(e) => {
              if (e.target.value === NEW) return setCreating(true);
              edit((d) => updateNode(d, node.id, { intervention: e.target.value || undefined }), {
                log: `Changed the intervention of ${node.label}`,
              });
            }}
          >
            <option value="">Shared context</option>
            {doc.interventions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
            <option value={NEW}>New intervention…</option>
          </select>
        )
      }
    </Field>
  );
}
