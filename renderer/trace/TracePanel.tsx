/**
 * The trace panel (issue 14, docs/method.md section 16): a box's or a net total's value in one year,
 * its formula, and each input's value, its value in the reference, a sparkline over the horizon and
 * its share of the change, expandable down to parameters, additionality and baselines. The numbers
 * come from models/explain; each level is computed when it is opened.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  entrySeries,
  explainContext,
  explainEntry,
  explainRoot,
  formatContribution,
  formatEntryValue,
  formatTraceValue,
  isExpandable,
  totalSeries,
  type ExplainContext,
  type ExplainEntry,
  type Result,
  type ScenarioDocument,
} from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from '../store/context.tsx';
import { Sparkline } from './Sparkline.tsx';
import type { TraceRequest } from './TraceHost.tsx';

const contexts = new WeakMap<ScenarioDocument, Map<string, Result<ExplainContext>>>();

/** The trace's projections for a document and scenario, made once however often the panel redraws. */
function contextFor(doc: ScenarioDocument, scenarioId: string): Result<ExplainContext> {
  let byScenario = contexts.get(doc);
  if (!byScenario) contexts.set(doc, (byScenario = new Map()));
  let result = byScenario.get(scenarioId);
  if (!result) byScenario.set(scenarioId, (result = explainContext(doc, scenarioId)));
  return result;
}

const KIND_WORDS: Record<ExplainEntry['kind'], string> = {
  node: 'box',
  parameter: 'parameter',
  baseline: 'baseline',
  additionality: 'additionality',
  intervention: 'net impact',
  gross: 'gross impact',
  switch: 'switch',
};

function TraceRow({
  ctx,
  entry,
  depth,
  year,
}: {
  ctx: ExplainContext;
  entry: ExplainEntry;
  depth: number;
  year: number;
}) {
  const [open, setOpen] = useState(false);
  const expandable = isExpandable(entry);
  const explained = useMemo(
    () => (open && expandable ? explainEntry(ctx, entry) : null),
    [open, expandable, ctx, entry],
  );
  const series = useMemo(() => entrySeries(ctx, entry), [ctx, entry]);
  const when = entry.year === year ? '' : ` (${entry.year})`;
  return (
    <>
      <tr className="trace__row" data-trace-entry={`${entry.kind}:${entry.id}`}>
        <th scope="row" style={{ paddingLeft: `${8 + depth * 16}px` }}>
          {expandable ? (
            <button
              type="button"
              className="trace__toggle"
              aria-expanded={open}
              aria-label={`${open ? 'Hide' : 'Show'} the inputs of ${entry.label}${when}`}
              onClick={() => setOpen(!open)}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="trace__toggle" aria-hidden="true" />
          )}
          <span className="trace__label">
            {entry.label}
            {when}
          </span>{' '}
          <span className="trace__kind">{KIND_WORDS[entry.kind]}</span>
        </th>
        <td>{series ? <Sparkline values={series} mark={ctx.years.indexOf(entry.year)} /> : null}</td>
        <td className="num">
          {formatEntryValue(entry, entry.value)}
          {entry.unit && entry.kind !== 'switch' ? <span className="trace__unit"> {entry.unit}</span> : null}
        </td>
        <td className="num">{formatEntryValue(entry, entry.reference)}</td>
        <td className="num trace__share">{formatContribution(entry.contribution)}</td>
      </tr>
      {explained ? (
        <>
          <tr className="trace__formula">
            <td colSpan={5} style={{ paddingLeft: `${28 + depth * 16}px` }}>
              <code>= {explained.formula}</code>
              {explained.note ? <span className="trace__note"> {explained.note}</span> : null}
            </td>
          </tr>
          {explained.inputs.map((child, k) => (
            <TraceRow
              key={`${child.kind}:${child.id}:${child.year}:${k}`}
              ctx={ctx}
              entry={child}
              depth={depth + 1}
              year={year}
            />
          ))}
        </>
      ) : null}
    </>
  );
}

export function TracePanel({ request, onClose }: { request: TraceRequest; onClose(): void }) {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  const [year, setYear] = useState(request.year ?? doc.horizon.endYear);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  const ctx = useMemo(() => contextFor(doc, scenarioId), [doc, scenarioId]);
  const root = useMemo(
    () => (ctx.ok ? explainRoot(ctx.value, request.target, year) : ctx),
    [ctx, request.target, year],
  );
  const years = ctx.ok ? ctx.value.years : [];
  // The peak and the final year are named so a headline figure's two readings are one click apart.
  const peak = request.peakYear;
  const finalYear = doc.horizon.endYear;
  const yearName = (y: number) => (y === peak ? `${y} (peak)` : y === finalYear ? `${y} (final year)` : `${y}`);
  const series =
    ctx.ok && root.ok
      ? 'total' in request.target
        ? totalSeries(ctx.value, request.target.total)
        : entrySeries(ctx.value, { kind: 'node', id: request.target.node })
      : null;
  return (
    <div
      className="trace"
      role="dialog"
      aria-modal="false"
      aria-label="Why this number?"
      tabIndex={-1}
      ref={dialog}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <header className="trace__header">
        <h2>Why this number?</h2>
        <label>
          Year{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {yearName(y)}
              </option>
            ))}
          </select>
        </label>
        {peak !== undefined && peak !== finalYear ? (
          <span className="segmented" role="group" aria-label="Year to trace">
            {[peak, finalYear].map((y) => (
              <button type="button" key={y} aria-pressed={year === y} onClick={() => setYear(y)}>
                {yearName(y)}
              </button>
            ))}
          </span>
        ) : null}
        <button type="button" className="btn btn--small" onClick={onClose}>
          Close
        </button>
      </header>
      {!root.ok || !ctx.ok ? (
        <p className="trace__error" role="alert">
          {root.diagnostics[0]?.message ?? 'This number cannot be traced.'}
        </p>
      ) : (
        <>
          <p className="trace__summary">
            <strong>{root.value.label}</strong> in {root.value.year}, {root.value.scenarioName}:{' '}
            <strong data-trace-value>
              {formatTraceValue(root.value.value)}
              {root.value.unit ? ` ${root.value.unit}` : ''}
            </strong>{' '}
            against {formatTraceValue(root.value.reference)} in {root.value.against.name}, a change of{' '}
            <strong>{formatContribution(root.value.change)}</strong>.{' '}
            {series ? <Sparkline values={series} mark={years.indexOf(root.value.year)} /> : null}
          </p>
          <p className="trace__formula-line">
            <code>= {root.value.formula}</code>
            {root.value.note ? <span className="trace__note"> {root.value.note}</span> : null}
          </p>
          <table className="trace__table">
            <caption>
              Each input's share of the change adds up to the change (Shapley value: method note, "Why this number?").
            </caption>
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">Over time</th>
                <th scope="col">Value</th>
                <th scope="col">{root.value.against.name}</th>
                <th scope="col">Share of change</th>
              </tr>
            </thead>
            <tbody>
              {root.value.inputs.map((entry, k) => (
                <TraceRow key={`${entry.kind}:${entry.id}:${k}`} ctx={ctx.value} entry={entry} depth={0} year={year} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
