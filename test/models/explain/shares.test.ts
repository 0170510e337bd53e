/**
 * Shares in a trace read as percentages (audit of issue 14): an additionality factor of 0.25 is
 * "25%" in the trace panel and in `causeway explain`, as everywhere else in the app; a multiplier
 * stays a number, and an entry's share of the change stays in its parent's unit.
 */
import { describe, expect, it } from 'vitest';
import { explain, formatEntryValue, type ExplainEntry } from '../../../models/index.ts';
import { renderTrace } from '../../../cli/commands/explain.ts';
import { workedExample } from '../../helpers/docs.ts';

/** The worked example's intervention has deadweight 0.2, leakage 0.1, displacement 0.25, multiplier 1.5. */
function trace() {
  const out = explain(workedExample(), 'digital-led', { total: 'gva' }, { year: 2027, depth: 3 });
  if (!out.ok) throw new Error(out.diagnostics[0]?.message);
  return out.value;
}

function entries(list: ExplainEntry[]): ExplainEntry[] {
  return list.flatMap((e) => [e, ...entries(e.inputs ?? [])]);
}

describe('shares in a trace', () => {
  it('formats additionality shares as percentages and the multiplier as a number', () => {
    const all = entries(trace().inputs);
    const factor = (f: string) => all.find((e) => e.kind === 'additionality' && e.id.endsWith(`.${f}`))!;
    expect(formatEntryValue(factor('deadweight'), factor('deadweight').value)).toBe('20%');
    expect(formatEntryValue(factor('displacement'), factor('displacement').value)).toBe('25%');
    expect(formatEntryValue(factor('substitution'), factor('substitution').value)).toBe('0%');
    expect(formatEntryValue(factor('multiplier'), factor('multiplier').value)).toBe('1.5');
  });

  it('writes them as percentages in causeway explain’s text', () => {
    const text = renderTrace(trace());
    expect(text).toMatch(/- Deadweight \([^)]*\) \[additionality\.\w+\.deadweight\]: 20% against 20%;/);
    expect(text).toMatch(/- Leakage \([^)]*\) \[additionality\.\w+\.leakage\]: 10% against 10%;/);
    expect(text).not.toMatch(/Displacement[^\n]*: 0\.25 against/);
  });
});
