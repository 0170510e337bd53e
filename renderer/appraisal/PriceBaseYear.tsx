/**
 * The price base year (docs/method.md section 13). Changing it converts every money value in the file
 * by D(new) / D(old) with the embedded GDP deflator, a real rebase rather than a relabel, after a
 * confirmation that says by how much and what will and will not be converted. One undoable edit.
 */
import { useState } from 'react';
import { DEFLATOR_NOTE, rebaseDocument, type RebaseOutcome } from '../engine.ts';
import { selectDoc, selectEdit, useCauseway } from '../store/context.tsx';
import { NumberInput } from '../common/fields.tsx';
import './appraisal.css';

/** "+23.1%" or "−2.1%". */
function signedPercent(factor: number): string {
  const pct = (factor - 1) * 100;
  return `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)}%`;
}

export function PriceBaseYear() {
  const doc = useCauseway(selectDoc);
  const edit = useCauseway(selectEdit);
  const [pending, setPending] = useState<RebaseOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const propose = (year: number | undefined) => {
    setProblem(null);
    setPending(null);
    if (year === undefined || !Number.isInteger(year) || year === doc.prices.baseYear) return;
    const result = rebaseDocument(doc, year);
    if (!result.ok) setProblem(result.diagnostics[0]?.message ?? `Cannot rebase to ${year}.`);
    else setPending(result.value);
  };
  const confirm = () => {
    if (!pending) return;
    const { to, factor } = pending;
    edit(
      (d) => {
        const again = rebaseDocument(d, to);
        return again.ok ? again.value.document : d;
      },
      { log: `Prices rebased from ${pending.from} to ${to} (×${factor.toFixed(4)})` },
    );
    setPending(null);
  };
  return (
    <div className="price-base" data-field="price-base">
      <label className="stack">
        Price base year
        <NumberInput value={pending?.to ?? doc.prices.baseYear} min={1900} max={2200} onCommit={propose} />
      </label>
      {problem ? (
        <p className="diag diag--error" role="alert">
          {problem}
        </p>
      ) : null}
      {pending ? (
        <div className="confirm" role="alertdialog" aria-labelledby="rebase-question">
          <p id="rebase-question">
            <strong>
              Convert the file from {pending.from} to {pending.to} prices? Every money value is multiplied by{' '}
              {pending.factor.toFixed(4)} ({signedPercent(pending.factor)}).
            </strong>
          </p>
          <p className="small">
            Converted: {pending.converted.length} items (sector GVA, money parameters by their unit, their ranges and
            scenario overrides). {DEFLATOR_NOTE}
          </p>
          {pending.check.length > 0 ? (
            <ul className="small">
              {pending.check.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="btn btn--small" onClick={confirm}>
            Convert to {pending.to} prices
          </button>{' '}
          <button type="button" className="btn btn--small" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      ) : null}
    </div>
  );
}
