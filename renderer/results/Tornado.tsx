/** One-at-a-time sensitivity: NPV (or BCR) with each parameter at its low and its high value. */
import { memo, useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { METRICS, formatCell, metricColumn, runTornado, type ScenarioDocument } from '../engine.ts';
import { formatAxisGbpM, formatRatio } from '../format.ts';
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { tornadoPicture } from '../report/screenCharts.ts';

/** The metrics the tornado can rank by, local and UK social; labels and formats come from the catalogue. */
const TORNADO_METRICS = ['npv', 'bcr', 'social-npv', 'social-bcr'] as const;

function TornadoImpl({ doc, scenarioId }: { doc: ScenarioDocument; scenarioId: string }) {
  const [metric, setMetric] = useState<(typeof TORNADO_METRICS)[number]>('npv');
  const money = metric === 'npv' || metric === 'social-npv';
  const result = useMemo(() => {
    try {
      return runTornado(doc, scenarioId, { metric });
    } catch (e) {
      return {
        ok: false as const,
        diagnostics: [{ severity: 'error' as const, code: 'app.internal', path: '', message: (e as Error).message }],
      };
    }
  }, [doc, scenarioId, metric]);
  const column = metricColumn(METRICS[metric], { start: doc.horizon.startYear, end: doc.horizon.endYear });
  const format = (x: number) => formatCell(column, x);
  const data = useMemo(() => {
    if (!result.ok) return [];
    const base = result.value.base;
    if (base === null) return [];
    return result.value.parameters
      .filter((p) => p.swing > 0 && p.atLow !== null && p.atHigh !== null)
      .slice(0, 12)
      .map((p) => ({
        name: p.label ?? doc.parameters[p.id]?.label ?? p.id,
        low: [base, p.atLow!].sort((a, b) => a - b),
        high: [base, p.atHigh!].sort((a, b) => a - b),
        atLow: p.atLow,
        atHigh: p.atHigh,
      }));
  }, [result, doc.parameters]);
  return (
    <figure className="chart" data-chart="tornado">
      <figcaption className="chart__title chart__title--controls">
        <span>
          Sensitivity of {METRICS[metric].short}
          {money ? `, £m (${doc.prices.baseYear} prices)` : ''}: each ranged input (additionality and optimism bias too)
          at its low and high
        </span>
        <span className="segmented" role="group" aria-label="Metric">
          {TORNADO_METRICS.map((id) => (
            <button key={id} type="button" aria-pressed={metric === id} onClick={() => setMetric(id)}>
              {METRICS[id].short}
            </button>
          ))}
        </span>
      </figcaption>
      <SaveImageMenu
        name={`tornado-${metric}`}
        picture={tornadoPicture(doc, metric, column.unit, result.ok ? result.value.base : null, data)}
      />
      <div className="chart__body">
        {!result.ok ? (
          <p className="muted chart__empty">{result.diagnostics[0]?.message}</p>
        ) : data.length === 0 ? (
          <p className="muted chart__empty">No parameter with a range changes the result in this scenario.</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(160, 34 * data.length + 50)}>
            <BarChart data={data} layout="vertical" barGap={-14} margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e6e9ee" horizontal={false} />
              <XAxis
                type="number"
                domain={['auto', 'auto']}
                tickFormatter={money ? formatAxisGbpM : formatRatio}
                tick={{ fontSize: 11, fill: '#4a5565' }}
              />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 11, fill: '#2b3440' }} />
              <Tooltip
                formatter={(_v, name, item) =>
                  format(Number(name === 'At low' ? item.payload.atLow : item.payload.atHigh))
                }
              />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <ReferenceLine
                x={result.value.base ?? 0}
                stroke="#2b3440"
                strokeDasharray="3 3"
                label={{
                  value: `Central ${format(result.value.base ?? Number.NaN)}`,
                  fontSize: 10,
                  position: 'top',
                  fill: '#2b3440',
                }}
              />
              <Bar dataKey="low" name="At low" fill="#c2561a" barSize={14} isAnimationActive={false} />
              <Bar dataKey="high" name="At high" fill="#1f5fa8" barSize={14} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}

export const Tornado = memo(TornadoImpl);
