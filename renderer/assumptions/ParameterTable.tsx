/**
 * The parameter table: each assumption with its value, a slider across its range, its value in the
 * scenario shown (own, inherited from another scenario or the file's, said in words: ScenarioValueCell),
 * distribution, unit and source. The slider moves whatever value the scenario shown uses, so the
 * results always respond to it: its own value; an inherited value, which then becomes its own; or the
 * file value shared by every scenario.
 */
import { memo, useMemo } from 'react';
import {
  DISTRIBUTIONS,
  deleteParameter,
  parameterOrigin,
  setParameterValue,
  setScenarioValue,
  updateParameter,
  type Parameter,
  type Scenario,
  type ScenarioDocument,
} from '../engine.ts';
import { selectDoc, selectEdit, selectScenarioId, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import { formatNumber } from '../format.ts';
import { ScenarioValueCell } from './ScenarioValueCell.tsx';

export function sliderRange(
  range: { low?: number; high?: number } | null,
  current: number,
): { min: number; max: number; step: number } {
  let min = range?.low ?? (current === 0 ? 0 : Math.min(current * 0.5, current * 1.5));
  let max = range?.high ?? (current === 0 ? 1 : Math.max(current * 0.5, current * 1.5));
  min = Math.min(min, current);
  max = Math.max(max, current);
  if (max === min) max = min + 1;
  const step = Number(((max - min) / 200).toPrecision(2));
  return { min, max, step };
}

export function ParameterSlider({
  doc,
  id,
  p,
  scenario,
  label,
}: {
  doc: ScenarioDocument;
  id: string;
  p: Parameter;
  scenario: Scenario | undefined;
  label: string;
}) {
  const edit = useCauseway(selectEdit);
  const origin = scenario ? parameterOrigin(doc, scenario.id, id) : null;
  // The file value when the scenario takes it from the file; otherwise the scenario's own value.
  const inScenario = !!origin && origin.source.kind !== 'file';
  const current = origin?.value ?? p.value;
  const { min, max, step } = sliderRange(
    origin?.range ?? (p.low !== undefined ? { low: p.low, high: p.high } : null),
    current,
  );
  return (
    <input
      type="range"
      className="slider"
      aria-label={`${label} slider`}
      data-parameter={id}
      min={min}
      max={max}
      step={step}
      value={current}
      onChange={(e) => {
        const value = Number(e.target.value);
        edit(
          (d) => {
            const out =
              inScenario && scenario ? setScenarioValue(d, scenario.id, id, value) : setParameterValue(d, id, value);
            return out.ok ? out.value : d;
          },
          {
            coalesce: `param:${id}`,
            log: `${label}: ${formatNumber(value)}${p.unit ? ` ${p.unit}` : ''}${inScenario ? ` (${scenario?.name})` : ''}`,
          },
        );
      }}
    />
  );
}

const ParameterRow = memo(function ParameterRow({
  doc,
  id,
  p,
  scenario,
}: {
  doc: ScenarioDocument;
  id: string;
  p: Parameter;
  scenario: Scenario | undefined;
}) {
  const edit = useCauseway(selectEdit);
  const label = p.label ?? id;
  const set = (patch: Partial<Parameter>, what: string) =>
    edit((d) => updateParameter(d, id, patch), { coalesce: `${what}:${id}`, log: `${label}: ${what} changed` });
  return (
    <tr data-parameter-row={id}>
      <th scope="row">
        <div className="param-label">{label}</div>
        <code className="param-id">{id}</code>
      </th>
      <td>
        <NumberInput
          ariaLabel={`${label} value`}
          value={p.value}
          onCommit={(v) => v !== undefined && set({ value: v }, 'value')}
        />
      </td>
      <td className="cell-slider">
        <ParameterSlider doc={doc} id={id} p={p} scenario={scenario} label={label} />
      </td>
      <td className="cell-override">
        {scenario ? <ScenarioValueCell doc={doc} id={id} p={p} scenario={scenario} /> : null}
      </td>
      <td>
        <NumberInput ariaLabel={`${label} low`} value={p.low} allowEmpty onCommit={(v) => set({ low: v }, 'low')} />
      </td>
      <td>
        <NumberInput ariaLabel={`${label} high`} value={p.high} allowEmpty onCommit={(v) => set({ high: v }, 'high')} />
      </td>
      <td>
        <select
          aria-label={`${label} distribution`}
          value={p.distribution ?? 'triangular'}
          onChange={(e) => set({ distribution: e.target.value as Parameter['distribution'] }, 'distribution')}
        >
          {DISTRIBUTIONS.map((d) => (
            <option key={d} value={d}>
              {d[0]!.toUpperCase() + d.slice(1)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={`${label} unit`}
          className="input-unit"
          value={p.unit ?? ''}
          onChange={(e) => set({ unit: e.target.value || undefined }, 'unit')}
        />
      </td>
      <td>
        <input
          aria-label={`${label} source`}
          className="input-source"
          value={p.source ?? ''}
          title={p.source}
          onChange={(e) => set({ source: e.target.value || undefined }, 'source')}
        />
      </td>
      <td className="actions">
        <button
          type="button"
          className="btn-icon"
          aria-label={`Delete ${label}`}
          title={`Delete ${label} (formulas that use it will show a problem; Undo brings it back)`}
          onClick={() => edit((d) => deleteParameter(d, id), { log: `Deleted the parameter ${label}` })}
        >
          ×
        </button>
      </td>
    </tr>
  );
});

export function ParameterTable({ filter }: { filter: string }) {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const scenario = doc.scenarios.find((s) => s.id === scenarioId);
  const entries = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return Object.entries(doc.parameters).filter(
      ([id, p]) => !needle || id.includes(needle) || (p.label ?? '').toLowerCase().includes(needle),
    );
  }, [doc.parameters, filter]);
  return (
    <table className="grid grid--params">
      <caption className="sr-only">Parameters</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">File value</th>
          <th scope="col">Adjust</th>
          <th scope="col">In “{scenario?.name ?? '—'}”</th>
          <th scope="col">Low</th>
          <th scope="col">High</th>
          <th scope="col">Distribution</th>
          <th scope="col">Unit</th>
          <th scope="col">Source</th>
          <th scope="col">
            <span className="sr-only">Delete</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([id, p]) => (
          <ParameterRow key={id} doc={doc} id={id} p={p} scenario={scenario} />
        ))}
        {entries.length === 0 ? (
          <tr>
            <td colSpan={10} className="muted">
              No parameters{filter ? ` match “${filter}”` : ''}.
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
