/** Net additional GVA or jobs over time, one line per scenario. */
import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { selectDoc, useCauseway } from '../store/context.tsx';
import { projectionFor } from '../store/derived.ts';
import { paletteColour } from '../engine.ts';
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { overlayPicture } from '../report/screenCharts.ts';
import { formatAxisCount, formatAxisGbpM, formatGbpM, formatJobs } from '../format.ts';

function OverlayChartImpl({ metric }: { metric: 'gva' | 'jobs' }) {
  const doc = useCauseway(selectDoc);
  const { data, series } = useMemo(() => {
    const series = doc.scenarios.map((s, k) => ({
      id: s.id,
      name: s.name,
      colour: paletteColour(k),
      result: projectionFor(doc, s.id),
    }));
    const years = series.find((s) => s.result.ok)?.result;
    const yearList = years && years.ok ? years.value.years : [];
    const data = yearList.map((year, i) =>
      Object.fromEntries([
        ['year', year],
        ...series.map((s) => [s.id, s.result.ok ? s.result.value.total.netImpact[metric][i] : null]),
      ]),
    );
    return { data, series };
  }, [doc, metric]);
  const format = metric === 'gva' ? formatGbpM : formatJobs;
  return (
    <figure className="chart" data-chart={`compare-${metric}`}>
      <figcaption className="chart__title">
        Net additional {metric === 'gva' ? `GVA, £m (${doc.prices.baseYear} prices)` : 'jobs'} by scenario
      </figcaption>
      <SaveImageMenu name={`compare-${metric}`} picture={overlayPicture(doc, data, series, metric)} />
      <div className="chart__body">
        <ResponsiveContainer width="100%" height={250}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
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
              <Line
                key={s.id}
                type="monotone"
                dataKey={s.id}
                name={s.name}
                stroke={s.colour}
                strokeWidth={2.2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export const OverlayChart = memo(OverlayChartImpl);
