/**
 * The inspector's monitoring indicators for one box (docs/contracts.md section 4): name, unit,
 * baseline and target with their years, source, and observed actuals by year. An indicator in the
 * box's own unit has its actuals plotted against the box's projection in the logframe view.
 */
import { useState } from 'react';
import {
  addIndicator,
  removeIndicator,
  setIndicatorActual,
  updateIndicator,
  type Indicator,
  type LogicNode,
} from '../engine.ts';
import { NumberInput } from '../common/fields.tsx';
import { selectEdit, useCauseway } from '../store/context.tsx';

function ActualAdder({ onAdd, label }: { onAdd(year: number, value: number): void; label: string }) {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [value, setValue] = useState<number | undefined>(undefined);
  const ready = year !== undefined && Number.isInteger(year) && value !== undefined;
  return (
    <div className="indicator__adder">
      <NumberInput
        value={year}
        allowEmpty
        onCommit={setYear}
        ariaLabel={`Year of a new actual for ${label}`}
        placeholder="Year"
      />
      <NumberInput
        value={value}
        allowEmpty
        onCommit={setValue}
        ariaLabel={`New actual for ${label}`}
        placeholder="Value"
      />
      <button
        type="button"
        className="btn btn--small"
        disabled={!ready}
        onClick={() => {
          if (!ready) return;
          onAdd(year, value);
          setYear(undefined);
          setValue(undefined);
        }}
      >
        Add actual
      </button>
    </div>
  );
}

function IndicatorEditor({ node, indicator }: { node: LogicNode; indicator: Indicator }) {
  const edit = useCauseway(selectEdit);
  const name = indicator.name || indicator.id;
  const set = (patch: Partial<Indicator>, what: string) =>
    edit((d) => updateIndicator(d, node.id, indicator.id, patch), {
      coalesce: `indicator-${what}:${node.id}:${indicator.id}`,
      log: `Changed the ${what} of indicator ${name} on ${node.label}`,
    });
  const text = (field: 'name' | 'unit' | 'source', label: string, placeholder?: string) => (
    <label className="indicator__field">
      {label}
      <input
        value={indicator[field] ?? ''}
        placeholder={placeholder}
        onChange={(e) =>
          set(field === 'source' && e.target.value === '' ? { source: undefined } : { [field]: e.target.value }, field)
        }
      />
    </label>
  );
  const number = (field: 'baseline' | 'baselineYear' | 'target' | 'targetYear', label: string) => (
    <label className="indicator__field">
      {label}
      <NumberInput
        value={indicator[field]}
        allowEmpty
        ariaLabel={`${label} of ${name}`}
        onCommit={(v) =>
          set({ [field]: field.endsWith('Year') && v !== undefined ? Math.round(v) : v } as Partial<Indicator>, field)
        }
      />
    </label>
  );
  const actuals = Object.entries(indicator.actuals ?? {});
  return (
    <fieldset className="indicator" data-indicator={indicator.id}>
      <legend>{name}</legend>
      {text('name', 'Indicator')}
      <div className="field-row">
        {text('unit', 'Unit', node.unit)}
        {number('baseline', 'Baseline')}
        {number('baselineYear', 'Baseline year')}
      </div>
      <div className="field-row">
        {number('target', 'Target')}
        {number('targetYear', 'Target year')}
      </div>
      {text('source', 'Source (how it is measured)')}
      <table className="indicator__actuals">
        <caption>Actuals</caption>
        <tbody>
          {actuals.map(([year, value]) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              <td className="num">{value}</td>
              <td>
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={`Remove the ${year} actual of ${name}`}
                  onClick={() => edit((d) => setIndicatorActual(d, node.id, indicator.id, Number(year), undefined))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActualAdder
        label={name}
        onAdd={(year, value) =>
          edit((d) => setIndicatorActual(d, node.id, indicator.id, year, value), {
            log: `Recorded ${value} for ${name} in ${year}`,
          })
        }
      />
      <button
        type="button"
        className="btn btn--small btn--danger"
        onClick={() => edit((d) => removeIndicator(d, node.id, indicator.id), { log: `Removed indicator ${name}` })}
      >
        Remove indicator
      </button>
    </fieldset>
  );
}

export function IndicatorsSection({ node }: { node: LogicNode }) {
  const edit = useCauseway(selectEdit);
  const indicators = node.indicators ?? [];
  return (
    <section className="indicators" aria-label={`Monitoring indicators of ${node.label}`}>
      <h3>Monitoring indicators</h3>
      {indicators.length === 0 ? (
        <p className="field__hint">
          {node.stage === 'outcome' || node.stage === 'impact'
            ? 'How will you know this has happened? Add an indicator with a baseline, a target and its source.'
            : 'Optional for this stage: add one to monitor delivery.'}
        </p>
      ) : null}
      {indicators.map((indicator) => (
        <IndicatorEditor key={indicator.id} node={node} indicator={indicator} />
      ))}
      <button
        type="button"
        className="btn btn--small"
        onClick={() =>
          edit((d) => addIndicator(d, node.id, `Indicator for ${node.label}`).doc, {
            log: `Added an indicator to ${node.label}`,
          })
        }
      >
        Add indicator
      </button>
    </section>
  );
}
