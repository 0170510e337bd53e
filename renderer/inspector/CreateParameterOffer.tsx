/**
 * When a formula uses a name that does not exist yet, offer to create it as a parameter right here:
 * the value must be typed (never defaulted); label and unit can be filled in now or later.
 */
import { useState } from 'react';
import { addParameter, isValidNameId } from '../engine.ts';
import { selectEdit, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';

/** The name an unknown-name diagnostic is about ("\"grant\" is not a parameter, ..."), if any. */
export function unknownName(message: string): string | null {
  const m = /^"([a-z][a-z0-9_]*)" is not a parameter/.exec(message);
  return m && isValidNameId(m[1]!) ? m[1]! : null;
}

const readable = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ');

export function CreateParameterOffer({ name }: { name: string }) {
  const edit = useCauseway(selectEdit);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<number | undefined>(undefined);
  const [label, setLabel] = useState(readable(name));
  const [unit, setUnit] = useState('');
  if (!open)
    return (
      <button type="button" className="btn btn--small" onClick={() => setOpen(true)}>
        Create parameter “{name}”
      </button>
    );
  return (
    <div className="create-parameter" role="group" aria-label={`Create parameter ${name}`}>
      <input aria-label="Label of the new parameter" value={label} onChange={(e) => setLabel(e.target.value)} />
      <NumberInput ariaLabel={`Value of ${name}`} value={value} allowEmpty placeholder="Value" onCommit={setValue} />
      <input
        aria-label="Unit of the new parameter"
        className="input-unit"
        value={unit}
        placeholder="Unit"
        onChange={(e) => setUnit(e.target.value)}
      />
      <button
        type="button"
        className="btn btn--small btn--primary"
        disabled={value === undefined}
        onClick={() =>
          value !== undefined &&
          edit(
            (d) =>
              addParameter(d, name, {
                value,
                ...(label.trim() ? { label: label.trim() } : {}),
                ...(unit.trim() ? { unit: unit.trim() } : {}),
              }),
            { log: `Added the parameter ${label.trim() || name}` },
          )
        }
      >
        Create
      </button>
    </div>
  );
}
