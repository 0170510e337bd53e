/** One headline series over time: baseline against projected, with the Monte Carlo p10–p90 band. */
import { memo, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Percentiles } from '../engine.ts';
import { CHART_COLOURS } from '../engine.ts';
import { useYearMark, yearLine } from './YearMark.tsx';
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { trendSpec } from '../report/screenCharts.ts';

export interface TrendChartProps {
  title: string;
  years: number[];
  baseline: number[];
  projected: number[];
  band?: Percentiles | null;
  format(value: number): string;
  axisFormat(value: number): string;
  id: string;
}

function TrendChartImpl({ title, years, baseline, projected, band, format, axisFormat, id }: TrendChartProps) {
  const data = useMemo(
    () =>
      years.map((year, k) => ({
        year,
        baseline: baseline[k],
        projected: projected[k],
        band: band ? [band.p10[k], band.p90[k]] : undefined,
      })),
    [years, baseline, projected, band],
  );
  const values = [...baseline, ...projected, ...(band ? [...band.p10, ...band.p90] : [])].filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.05 || 1;
  const mark = useYearMark();
  return (
    <figure className="chart" data-chart={id}>
      <figcaption className="chart__title">{title}</figcaption>
      <SaveImageMenu
        name={`${id}-trend`}
        picture={() => ({ spec: trendSpec({ id, title, years, baseline, projected, band }) })}
      />
      <div className="chart__body">
        <ResponsiveContainer width="100%" height={230}>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} onClick={mark.onChartClick}>
            <CartesianGrid stroke="#e6e9ee" vertical={false} />
            <XAxis
              dataKey="year"
              tick={{ fontSize: 11, fill: '#4a5565' }}
              tickLine={false}
              axisLine={{ stroke: '#c4cad3' }}
            />
            <YAxis
              tick={{ fontSize: 11, fill: '#4a5565' }}
              tickFormatter={axisFormat}
              width={64}
              domain={[Math.max(0, min - pad), max + pad]}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              formatter={(value, name) =>
                (Array.isArray(value)
                  ? `${format(Number(value[0]))} – ${format(Number(value[1]))}`
                  : format(Number(value))) + (name === 'band' ? '' : '')
              }
              labelFormatter={(y) => `Year ${y}`}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {yearLine(mark.year)}
            {band ? (
              <Area
                type="monotone"
                dataKey="band"
                name="p10–p90 range"
                stroke="none"
                fill={CHART_COLOURS.band}
                fillOpacity={0.45}
                isAnimationActive={false}
              />
            ) : null}
            <Line
              type="monotone"
              dataKey="baseline"
              name="Baseline"
              stroke={CHART_COLOURS.baseline}
              strokeWidth={2}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="projected"
              name="Projected"
              stroke={CHART_COLOURS.projected}
              strokeWidth={2.4}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="chart__foot">
        {years.at(-1)}: projected <strong>{format(projected.at(-1)!)}</strong> against baseline{' '}
        {format(baseline.at(-1)!)} ({projected.at(-1)! >= baseline.at(-1)! ? '+' : '−'}
        {format(Math.abs(projected.at(-1)! - baseline.at(-1)!))})
      </p>
    </figure>
  );
}

export const TrendChart = memo(TrendChartImpl);
