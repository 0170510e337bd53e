/** Additionality factors per intervention (HCA guide): gross effects times these give net effects. */
import {
  centralAdditionality,
  centralValue,
  deleteIntervention,
  netFactor,
  setAdditionality,
  updateIntervention,
  type Additionality,
  paletteColour,
} from '../engine.ts';
import { selectEdit, selectInterventions, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import { formatPercent } from '../format.ts';

const FACTORS: { key: keyof Additionality; label: string; max?: number }[] = [
  { key: 'deadweight', label: 'Deadweight', max: 1 },
  { key: 'leakage', label: 'Leakage', max: 1 },
  { key: 'displacement', label: 'Displacement', max: 1 },
  { key: 'substitution', label: 'Substitution', max: 1 },
  { key: 'multiplier', label: 'Multiplier' },
];

export function AdditionalityTable() {
  const interventions = useCauseway(selectInterventions);
  const edit = useCauseway(selectEdit);
  if (interventions.length === 0)
    return <p className="muted">No interventions yet. Add one below, empty or from a template.</p>;
  return (
    <table className="grid grid--additionality">
      <thead>
        <tr>
          <th scope="col">Intervention</th>
          {FACTORS.map((f) => (
            <th scope="col" key={f.key} className="num">
              {f.label}
            </th>
          ))}
          <th
            scope="col"
            className="num"
            title="(1 − deadweight)(1 − leakage)(1 − displacement)(1 − substitution) × multiplier"
          >
            Net share of gross
          </th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {interventions.map((i, k) => (
          <tr key={i.id}>
            <th scope="row">
              <span className="swatch" style={{ background: paletteColour(k) }} aria-hidden="true" />
              <input
                aria-label={`Name of intervention ${i.id}`}
                className="input-name"
                value={i.name}
                onChange={(e) =>
                  edit((d) => updateIntervention(d, i.id, { name: e.target.value }), { coalesce: `iname:${i.id}` })
                }
              />
            </th>
            {FACTORS.map((f) => (
              <td key={f.key} className="num">
                <NumberInput
                  ariaLabel={`${f.label} for ${i.name}`}
                  value={centralValue(i.additionality[f.key])}
                  min={f.key === 'multiplier' ? 0.000001 : 0}
                  max={f.max}
                  percent={f.key !== 'multiplier'}
                  onCommit={(v) =>
                    v !== undefined &&
                    edit((d) => setAdditionality(d, i.id, { [f.key]: v }), {
                      coalesce: `add:${i.id}:${f.key}`,
                      log: `${i.name}: ${f.label.toLowerCase()} ${f.key === 'multiplier' ? v : `${Number((v * 100).toPrecision(12))}%`}`,
                    })
                  }
                />
              </td>
            ))}
            <td className="num strong">{formatPercent(netFactor(centralAdditionality(i.additionality)))}</td>
            <td>
              <button
                type="button"
                className="btn btn--small btn--danger"
                aria-label={`Delete intervention ${i.name}`}
                onClick={() =>
                  window.confirm(`Delete “${i.name}”? Its boxes stay, as shared context.`) &&
                  edit((d) => deleteIntervention(d, i.id), { log: `Deleted the intervention ${i.name}` })
                }
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
