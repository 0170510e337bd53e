/**
 * Switching values (docs/method.md sections 7 and 10): for every ranged input of the scenario shown,
 * parameters, additionality factors, national factors and optimism bias alike, the value within its
 * range at which the local NPV (or the UK net present social value) reaches zero, if there is one.
 */
import { memo, useMemo, useState } from 'react';
import {
  sensitivityFor,
  formatPercent,
  type ScenarioDocument,
  type SensitivityMetric,
  type SensitivityRow,
} from '../engine.ts';
import { formatGbpM, formatNumber } from '../format.ts';

const METRICS: { id: SensitivityMetric; label: string }[] = [
  { id: 'npv', label: 'Local NPV' },
  { id: 'social-npv', label: 'UK NPSV' },
];

/** Fractions (additionality, national factors, optimism bias) read as percentages; the rest as typed. */
function formatInput(id: string, value: number): string {
  const fraction = /^(additionality\.[^.]+\.(deadweight|leakage|displacement|substitution)|national\.|appraisal\.)/;
  return fraction.test(id) ? formatPercent(value) : formatNumber(value);
}

/** A row of the report's sensitivity table (models/report/sensitivity.ts), with the input's unit. */
interface Row extends SensitivityRow {
  unit?: string;
}

/** "No value: jumps from −£4.3m to £73.4m between 1 and 2 years" (the values either side of the step). */
function jumpText(r: Row): string {
  const j = r.switchingJump!;
  const unit = r.unit ? ` ${r.unit}` : '';
  return `No value: jumps from ${formatGbpM(j.metricFrom)} to ${formatGbpM(j.metricTo)} between ${formatInput(r.id, j.from)} and ${formatInput(r.id, j.to)}${unit}`;
}

function rowsFor(doc: ScenarioDocument, scenarioId: string, metric: SensitivityMetric): Row[] | string {
  try {
    // The rows the CLI and the reports show, by the same switching-value rule.
    const report = sensitivityFor(doc, scenarioId, metric);
    if (!report.ok) return report.diagnostics[0]?.message ?? 'The scenario cannot be run.';
    if (report.value.base === null)
      return metric === 'social-npv'
        ? 'UK social value is not assessed in this scenario: set national factors for its interventions.'
        : 'The NPV is not defined in this scenario.';
    return report.value.rows.map((row) => {
      const unit = doc.parameters[row.id]?.unit;
      return unit ? { ...row, unit } : row;
    });
  } catch (e) {
    return `The engine failed unexpectedly: ${(e as Error).message}`;
  }
}

function SwitchingValuesImpl({ doc, scenarioId }: { doc: ScenarioDocument; scenarioId: string }) {
  const [metric, setMetric] = useState<SensitivityMetric>('npv');
  const rows = useMemo(() => rowsFor(doc, scenarioId, metric), [doc, scenarioId, metric]);
  const name = METRICS.find((m) => m.id === metric)!.label;
  return (
    <section className="card" aria-labelledby="switching-title" data-panel="switching-values">
      <h3 id="switching-title" className="chart__title--controls">
        <span>Switching values: where the {name} reaches zero</span>
        <span className="segmented" role="group" aria-label="Switching metric">
          {METRICS.map((m) => (
            <button key={m.id} type="button" aria-pressed={metric === m.id} onClick={() => setMetric(m.id)}>
              {m.label}
            </button>
          ))}
        </span>
      </h3>
      {typeof rows === 'string' ? (
        <p className="muted">{rows}</p>
      ) : rows.length === 0 ? (
        <p className="muted">No input of this scenario has a range.</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Input with a range</th>
              <th scope="col" className="num">
                Low
              </th>
              <th scope="col" className="num">
                High
              </th>
              <th scope="col" className="num">
                {name} = 0 at
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-switching={r.id}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatInput(r.id, r.low)}</td>
                <td className="num">{formatInput(r.id, r.high)}</td>
                <td className="num">
                  {r.switchingFlat
                    ? 'None: does not move'
                    : r.switchingJump
                      ? jumpText(r)
                      : r.switchingValue === null
                        ? 'None in range'
                        : formatInput(r.id, r.switchingValue)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="footnote">
        One input at a time, every other at its value. “None in range” means the {name} keeps its sign across the whole
        range; “None: does not move” that it is the same at every value in the range; “No value: jumps” means it steps
        across zero between two values of an input used as a whole number.
      </p>
    </section>
  );
}

export const SwitchingValues = memo(SwitchingValuesImpl);
