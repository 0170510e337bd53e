/** Net additional GVA (or jobs) each year: the central projection with the Monte Carlo fan. */
import { memo, useMemo, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Percentiles, Projection } from '../engine.ts';
import { CHART_COLOURS } from '../engine.ts';
import { useYearMark, yearLine } from './YearMark.tsx';
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { fanPicture } from '../report/screenCharts.ts';
import { formatAxisCount, formatAxisGbpM, formatGbpM, formatJobs } from '../format.ts';
import { TraceButton, useOpenTrace } from '../trace/TraceHost.tsx';

function NetImpactFanImpl({
  projection,
  band,
  prices,
}: {
  projection: Projection;
  band: { gva: Percentiles; jobs: Percentiles } | null;
  prices: number;
}) {
  const [metric, setMetric] = useState<'gva' | 'jobs'>('gva');
  const openTrace = useOpenTrace();
  const data = useMemo(
    () =>
      projection.years.map((year, k) => ({
        year,
        central: projection.total.netImpact[metric][k],
        outer: band ? [band[metric].p5[k], band[metric].p95[k]] : undefined,
        inner: band ? [band[metric].p10[k], band[metric].p90[k]] : undefined,
        median: band ? band[metric].p50[k] : undefined,
      })),
    [projection, band, metric],
  );
  const format = metric === 'gva' ? formatGbpM : formatJobs;
  const mark = useYearMark();
  return (
    <figure className="chart" data-chart="net-fan">
      <figcaption className="chart__title chart__title--controls">
        <span>
          Net additional {metric === 'gva' ? `GVA, £m (${prices} prices)` : 'jobs'}
          {band ? ', with Monte Carlo ranges' : ''}
        </span>
        <span className="segmented" role="group" aria-label="Measure of the fan chart">
          <button type="button" aria-pressed={metric === 'gva'} onClick={() => setMetric('gva')}>
            GVA
          </button>
          <button type="button" aria-pressed={metric === 'jobs'} onClick={() => setMetric('jobs')}>
            Jobs
          </button>
        </span>
        <TraceButton request={{ target: { total: metric } }} label="Why this number?" />
      </figcaption>
      <SaveImageMenu name={`net-${metric}`} picture={fanPicture(projection, band, prices, metric)} />
      <div className="chart__body">
        <ResponsiveContainer width="100%" height={230}>
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
            // A click on a year moves the year scrubber there and opens the trace of that year's figure.
            onClick={(state) => {
              mark.onChartClick(state);
              const year = Number(state?.activeLabel);
              if (openTrace && Number.isInteger(year)) openTrace({ target: { total: metric }, year });
            }}
          >
            <CartesianGrid stroke="#e6e9ee" vertical={false} />
            {yearLine(mark.year)}
            <XAxis dataKey="year" tick={{ fontSize: 11, fill: '#4a5565' }} tickLine={false} />
            <YAxis
              tick={{ fontSize: 11, fill: '#4a5565' }}
              tickFormatter={metric === 'gva' ? formatAxisGbpM : formatAxisCount}
              width={64}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              formatter={(v) =>
                Array.isArray(v) ? `${format(Number(v[0]))} – ${format(Number(v[1]))}` : format(Number(v))
              }
              labelFormatter={(y) => `Year ${y}`}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {band ? (
              <Area
                dataKey="outer"
                name="p5–p95"
                stroke="none"
                fill={CHART_COLOURS.band}
                fillOpacity={0.3}
                isAnimationActive={false}
              />
            ) : null}
            {band ? (
              <Area
                dataKey="inner"
                name="p10–p90"
                stroke="none"
                fill={CHART_COLOURS.band}
                fillOpacity={0.6}
                isAnimationActive={false}
              />
            ) : null}
            {band ? (
              <Line
                dataKey="median"
                name="Median (p50)"
                stroke={CHART_COLOURS.projected}
                strokeDasharray="4 3"
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />
            ) : null}
            <Line
              dataKey="central"
              name="Central projection"
              stroke={CHART_COLOURS.net}
              strokeWidth={2.4}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export const NetImpactFan = memo(NetImpactFanImpl);
