/**
 * A parameter's value in the scenario shown (issue 14): its own ("set here"), inherited from another
 * scenario ("inherited from X") or the file's, said in words; "Reset to inherited" drops its own value
 * and "Set here" makes the value its own. The range Monte Carlo draws from in this scenario can be set
 * on the override (low, high, distribution): an override outside the parameter's range needs one, and
 * the editor opens by itself there. Edits go through models/edit/scenarioValues.ts.
 */
import { useState } from 'react';
import {
  DISTRIBUTIONS,
  parameterOrigin,
  resetScenarioValue,
  setScenarioRange,
  setScenarioValue,
  type DistributionKind,
  type Parameter,
  type ParameterOrigin,
  type Scenario,
  type ScenarioDocument,
} from '../engine.ts';
import { selectEdit, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import { formatNumber } from '../format.ts';

/** "set here", "inherited from Modest" or "file value": the words every scenario value is labelled with. */
export function sourceWords(doc: ScenarioDocument, source: ParameterOrigin['source']): string {
  if (source.kind === 'own') return 'set here';
  if (source.kind === 'file') return 'file value';
  return `inherited from ${doc.scenarios.find((s) => s.id === source.from)?.name ?? source.from}`;
}

const capital = (d: string) => d[0]!.toUpperCase() + d.slice(1);

/** True when Monte Carlo would refuse the value: outside the range it is drawn from, with no range of its own. */
export function needsOwnRange(origin: ParameterOrigin): boolean {
  const r = origin.range;
  return !!r && (origin.value < r.low || origin.value > r.high);
}

function RangeEditor({
  id,
  label,
  scenario,
  origin,
}: {
  id: string;
  label: string;
  scenario: Scenario;
  origin: ParameterOrigin;
}) {
  const edit = useCauseway(selectEdit);
  const [draft, setDraft] = useState<{ low?: number; high?: number; distribution: DistributionKind }>({
    low: origin.range?.low,
    high: origin.range?.high,
    distribution: origin.range?.distribution ?? 'triangular',
  });
  const [problem, setProblem] = useState<string | null>(null);
  // Follow changes made elsewhere (undo, reset); a field being typed in keeps its text (NumberInput).
  const [shown, setShown] = useState(origin.range);
  if (shown !== origin.range && JSON.stringify(shown) !== JSON.stringify(origin.range)) {
    setShown(origin.range);
    setDraft({
      low: origin.range?.low,
      high: origin.range?.high,
      distribution: origin.range?.distribution ?? 'triangular',
    });
  }
  const apply = (next: typeof draft) => {
    setDraft(next);
    if (next.low === undefined || next.high === undefined) return;
    let refusal: string | null = null;
    edit(
      (d) => {
        const out = setScenarioRange(d, scenario.id, id, {
          low: next.low!,
          high: next.high!,
          distribution: next.distribution,
        });
        if (!out.ok) refusal = out.diagnostics[0]?.message ?? 'That range cannot be used.';
        return out.ok ? out.value : d;
      },
      {
        coalesce: `srange:${scenario.id}:${id}`,
        log: `${label} in ${scenario.name}: range ${next.low} to ${next.high}`,
      },
    );
    setProblem(refusal);
  };
  const who = `${label} in ${scenario.name}`;
  return (
    <div className="scenario-range" role="group" aria-label={`Range of ${who}`}>
      <NumberInput
        ariaLabel={`Low of ${who}`}
        value={draft.low}
        allowEmpty
        onCommit={(v) => apply({ ...draft, low: v })}
      />
      <span aria-hidden="true">to</span>
      <NumberInput
        ariaLabel={`High of ${who}`}
        value={draft.high}
        allowEmpty
        onCommit={(v) => apply({ ...draft, high: v })}
      />
      <select
        aria-label={`Distribution of ${who}`}
        value={draft.distribution}
        onChange={(e) => apply({ ...draft, distribution: e.target.value as DistributionKind })}
      >
        {DISTRIBUTIONS.map((d) => (
          <option key={d} value={d}>
            {capital(d)}
          </option>
        ))}
      </select>
      <p className="scenario-range__problem" aria-live="polite">
        {problem}
      </p>
    </div>
  );
}

export function ScenarioValueCell({
  doc,
  id,
  p,
  scenario,
}: {
  doc: ScenarioDocument;
  id: string;
  p: Parameter;
  scenario: Scenario;
}) {
  const edit = useCauseway(selectEdit);
  const origin = parameterOrigin(doc, scenario.id, id)!;
  const label = p.label ?? id;
  const who = `${label} in ${scenario.name}`;
  const outside = needsOwnRange(origin);
  const [open, setOpen] = useState(outside);
  const afterReset =
    origin.source.kind === 'own' ? parameterOrigin(resetScenarioValue(doc, scenario.id, id), scenario.id, id) : null;
  const set = (v: number, log: string) =>
    edit(
      (d) => {
        const out = setScenarioValue(d, scenario.id, id, v);
        return out.ok ? out.value : d;
      },
      { coalesce: `override:${scenario.id}:${id}`, log },
    );
  const range = origin.range
    ? `${formatNumber(origin.range.low)}–${formatNumber(origin.range.high)}${origin.range.distribution ? `, ${origin.range.distribution}` : ''}`
    : 'none';
  const ownRange = origin.source.kind === 'own' && typeof scenario.overrides?.[id] === 'object';
  return (
    <div className="scenario-value" data-source={origin.source.kind}>
      <div className="scenario-value__line">
        {origin.source.kind === 'own' ? (
          <NumberInput
            ariaLabel={who}
            value={origin.value}
            onCommit={(v) => v !== undefined && set(v, `${who}: ${v}`)}
          />
        ) : (
          <span className="scenario-value__inherited">{formatNumber(origin.value)}</span>
        )}
        <span className={`source-label source-label--${origin.source.kind}`}>{sourceWords(doc, origin.source)}</span>
      </div>
      <div className="scenario-value__line">
        {origin.source.kind === 'own' ? (
          <button
            type="button"
            className="btn-link"
            aria-label={`Reset to inherited: ${who}`}
            title={`Goes back to ${formatNumber(afterReset?.value ?? p.value)} (${afterReset ? sourceWords(doc, afterReset.source) : 'file value'})`}
            onClick={() => edit((d) => resetScenarioValue(d, scenario.id, id), { log: `${who}: reset to inherited` })}
          >
            Reset to inherited
          </button>
        ) : (
          <button
            type="button"
            className="btn-link"
            aria-label={`Set here: ${who}`}
            onClick={() => set(origin.value, `${who}: set in the scenario`)}
          >
            Set here
          </button>
        )}
        <button
          type="button"
          className="btn-link"
          aria-expanded={open}
          aria-label={`Range: ${range}, ${who}`}
          onClick={() => setOpen(!open)}
        >
          Range: {range}
          {ownRange ? ' (own)' : ''}
        </button>
      </div>
      {outside ? (
        <p className="scenario-value__warning">
          Outside the range it is drawn from: Monte Carlo needs a range for this scenario.
        </p>
      ) : null}
      {open ? <RangeEditor id={id} label={label} scenario={scenario} origin={origin} /> : null}
    </div>
  );
}
