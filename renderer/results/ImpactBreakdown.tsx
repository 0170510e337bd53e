/** Net additional impact each year, stacked by intervention or by sector. */
import { memo, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Projection, ScenarioDocument } from '../engine.ts';
import { paletteColour } from '../engine.ts';
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { breakdownPicture } from '../report/screenCharts.ts';
import { formatAxisCount, formatAxisGbpM, formatGbpM, formatJobs } from '../format.ts';

const SECTOR_COLOURS = ['#1f5fa8', '#2f8450', '#c2561a', '#7a3466', '#0f7f8a', '#86611a', '#5b5bb3', '#b3336b'];

function ImpactBreakdownImpl({ doc, projection }: { doc: ScenarioDocument; projection: Projection }) {
  const [by, setBy] = useState<'intervention' | 'sector'>('intervention');
  const [metric, setMetric] = useState<'gva' | 'jobs'>('gva');
  const series = useMemo(() => {
    if (by === 'intervention') {
      return doc.interventions
        .map((i, k) => ({
          key: i.id,
          name: i.name,
          colour: paletteColour(k),
          values: projection.interventions[i.id]?.netImpact[metric],
        }))
        .filter((s): s is { key: string; name: string; colour: string; values: number[] } => !!s.values);
    }
    return doc.baseline.sectors
      .map((s, k) => ({
        key: s.id,
        name: s.name,
        colour: SECTOR_COLOURS[k % SECTOR_COLOURS.length]!,
        values: projection.sectors[s.id]?.netImpact[metric],
      }))
      .filter(
        (s): s is { key: string; name: string; colour: string; values: number[] } =>
          !!s.values && s.values.some((v) => v !== 0),
      );
  }, [by, metric, doc, projection]);
  const data = useMemo(
    () =>
      projection.years.map((year, k) =>
        Object.fromEntries([['year', year], ...series.map((s) => [s.key, s.values[k] ?? 0])]),
      ),
    [projection.years, series],
  );
  const format = metric === 'gva' ? formatGbpM : formatJobs;
  return (
    <figure className="chart" data-chart="breakdown">
      <figcaption className="chart__title chart__title--controls">
        <span>
          Net additional {metric === 'gva' ? `GVA, £m (${doc.prices.baseYear} prices)` : 'jobs'} by {by}
        </span>
        <span className="segmented" role="group" aria-label="Measure">
          <button type="button" aria-pressed={metric === 'gva'} onClick={() => setMetric('gva')}>
            GVA
          </button>
          <button type="button" aria-pressed={metric === 'jobs'} onClick={() => setMetric('jobs')}>
            Jobs
          </button>
        </span>
        <span className="segmented" role="group" aria-label="Break down by">
          <button type="button" aria-pressed={by === 'intervention'} onClick={() => setBy('intervention')}>
            Intervention
          </button>
          <button type="button" aria-pressed={by === 'sector'} onClick={() => setBy('sector')}>
            Sector
          </button>
        </span>
      </figcaption>
      <SaveImageMenu name={`net-${metric}-by-${by}`} picture={breakdownPicture(doc, projection, series, metric, by)} />
      <div className="chart__body">
        {series.length === 0 ? (
          <p className="muted chart__empty">
            This scenario switches on no interventions, so there is no net impact to show.
          </p>
        ) : (
          <ResponsiveContainer width="100%" height={230}>
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e6e9ee" vertical={false} />
              <XAxis dataKey="year" tick={{ fontSize: 11, fill: '#4a5565' }} tickLine={false} />
              <YAxis
                tick={{ fontSize: 11, fill: '#4a5565' }}
                tickFormatter={metric === 'gva' ? formatAxisGbpM : formatAxisCount}
                width={64}
                tickLine={false}
                axisLine={false}
              />
              <Tooltip formatter={(v) => format(Number(v))} labelFormatter={(y) => `Year ${y}`} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {series.map((s) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stackId="net"
                  fill={s.colour}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}

export const ImpactBreakdown = memo(ImpactBreakdownImpl);
