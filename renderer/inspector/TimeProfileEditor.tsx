/**
 * Programme timing without a hand-written conditional: pick a ramp, a level between two years or a
 * value for each year (a budget by year), and the formula is written for you (models/edit's
 * time profiles). A formula written this way opens here again as its profile.
 */
import { useState } from 'react';
import {
  profileFormula,
  readProfile,
  updateNode,
  type LogicNode,
  type ScenarioDocument,
  type TimeProfile,
} from '../engine.ts';
import { selectEdit, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';

type Kind = TimeProfile['kind'];
const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'by-year', label: 'A value for each year (a budget by year)' },
  { kind: 'step', label: 'A level between two years' },
  { kind: 'ramp', label: 'A ramp up to a level' },
];

function startingProfile(kind: Kind, start: number): TimeProfile {
  if (kind === 'ramp') return { kind, from: start, years: 3, level: '1' };
  if (kind === 'step') return { kind, from: start, until: start + 4, level: '1' };
  return { kind, values: [] };
}

export function TimeProfileEditor({ doc, node, onClose }: { doc: ScenarioDocument; node: LogicNode; onClose(): void }) {
  const edit = useCauseway(selectEdit);
  const { startYear, endYear } = doc.horizon;
  const [profile, setProfile] = useState<TimeProfile>(
    () => (node.expr ? readProfile(node.expr, startYear) : null) ?? startingProfile('by-year', startYear),
  );
  const years = Array.from({ length: endYear - startYear + 1 }, (_, k) => startYear + k);
  const formula = profileFormula(profile, startYear);
  const yearInput = (label: string, value: number, set: (v: number) => void) => (
    <label className="stack">
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="time-profile" aria-label="Time profile">
      <label className="stack">
        Profile
        <select value={profile.kind} onChange={(e) => setProfile(startingProfile(e.target.value as Kind, startYear))}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {profile.kind === 'by-year' ? (
        <table className="grid time-profile__years">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Value{node.unit ? ` (${node.unit})` : ''}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td>
                  <NumberInput
                    ariaLabel={`Value in ${y}`}
                    allowEmpty
                    value={profile.values.find((v) => v.year === y)?.value}
                    onCommit={(v) =>
                      setProfile({
                        kind: 'by-year',
                        values: [
                          ...profile.values.filter((x) => x.year !== y),
                          ...(v === undefined ? [] : [{ year: y, value: v }]),
                        ],
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="field-row">
          <label className="stack">
            Level (a number or a parameter)
            <input value={profile.level} onChange={(e) => setProfile({ ...profile, level: e.target.value })} />
          </label>
          {yearInput(profile.kind === 'ramp' ? 'Rising from' : 'From', profile.from, (from) =>
            setProfile({ ...profile, from }),
          )}
          {profile.kind === 'ramp' ? (
            <label className="stack">
              Over (years)
              <NumberInput
                ariaLabel="Years to reach the level"
                value={profile.years}
                min={1}
                onCommit={(v) => v !== undefined && setProfile({ ...profile, years: v })}
              />
            </label>
          ) : (
            yearInput('Until (inclusive)', profile.until ?? endYear, (until) => setProfile({ ...profile, until }))
          )}
        </div>
      )}
      <p className="muted small">
        Formula: <code>{formula}</code>
      </p>
      <div className="inactive-note__actions">
        <button
          type="button"
          className="btn btn--small btn--primary"
          onClick={() => {
            edit((d) => updateNode(d, node.id, { expr: formula }), { log: `Set a time profile on ${node.label}` });
            onClose();
          }}
        >
          Use this formula
        </button>
        <button type="button" className="btn btn--small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </section>
  );
}
