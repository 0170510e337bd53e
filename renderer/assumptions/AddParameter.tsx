/**
 * Adds a parameter: a named number formulas can use, with its unit. The formula name is suggested
 * from the label and can be changed; the value has to be typed (never defaulted), and the range,
 * distribution and source are then filled in the table like any other parameter's.
 */
import { useState } from 'react';
import { addParameter, isValidNameId, uniqueNodeId } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';

export function AddParameter() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const [label, setLabel] = useState('');
  const [name, setName] = useState('');
  const [value, setValue] = useState<number | undefined>(undefined);
  const [unit, setUnit] = useState('');
  const id = name.trim() || (label.trim() ? uniqueNodeId(doc, label) : '');
  const taken = id in doc.parameters || doc.logicModel.nodes.some((n) => n.id === id);
  const problem = !id
    ? null
    : !isValidNameId(id)
      ? 'Formula names use lower-case letters, digits and _, starting with a letter.'
      : taken
        ? `“${id}” is already used by a box or parameter.`
        : null;
  const ready = label.trim() !== '' && id !== '' && problem === null && value !== undefined;
  const add = () => {
    if (!ready) return;
    edit((d) => addParameter(d, id, { value, label: label.trim(), ...(unit.trim() ? { unit: unit.trim() } : {}) }), {
      log: `Added the parameter ${label.trim()}`,
    });
    setLabel('');
    setName('');
    setValue(undefined);
    setUnit('');
  };
  return (
    <div className="add-row add-parameter" role="group" aria-label="Add a parameter">
      <input
        aria-label="New parameter label"
        value={label}
        placeholder="New parameter, e.g. Grant per firm"
        onChange={(e) => setLabel(e.target.value)}
      />
      <input
        aria-label="New parameter formula name"
        className="mono"
        value={name}
        placeholder={id || 'formula_name'}
        onChange={(e) => setName(e.target.value)}
      />
      <NumberInput ariaLabel="New parameter value" value={value} allowEmpty placeholder="Value" onCommit={setValue} />
      <input
        aria-label="New parameter unit"
        className="input-unit"
        value={unit}
        placeholder="Unit, e.g. £m"
        onChange={(e) => setUnit(e.target.value)}
      />
      <button type="button" className="btn" disabled={!ready} onClick={add}>
        Add parameter
      </button>
      {problem ? (
        <span className="diag diag--error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
