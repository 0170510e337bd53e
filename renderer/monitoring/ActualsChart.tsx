/**
 * One indicator that tracks its box (it is in the box's unit): the box's projected values over the
 * horizon as a line, the observed actuals as dots and the target as a diamond, so progress shows
 * against what the model expects. Values are listed in the logframe table beside it.
 */
import { actualSeries, formatTraceValue, type Indicator, type LogicNode, CHART_COLOURS } from '../engine.ts';
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { actualsSpec } from '../report/screenCharts.ts';

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 44, right: 10, top: 10, bottom: 22 };

export function ActualsChart({
  node,
  indicator,
  years,
  projected,
  scenarioName,
}: {
  node: LogicNode;
  indicator: Indicator;
  years: number[];
  projected: number[];
  scenarioName: string;
}) {
  const actuals = actualSeries(indicator);
  const target: [number, number] | null =
    indicator.target !== undefined && indicator.targetYear !== undefined
      ? [indicator.targetYear, indicator.target]
      : null;
  const allYears = [...years, ...actuals.map(([y]) => y), ...(target ? [target[0]] : [])];
  const allValues = [...projected, ...actuals.map(([, v]) => v), ...(target ? [target[1]] : [])].filter(
    Number.isFinite,
  );
  const x0 = Math.min(...allYears);
  const x1 = Math.max(...allYears);
  const y0 = Math.min(0, ...allValues);
  const y1 = Math.max(...allValues, y0 + 1e-9);
  const x = (year: number) => PAD.left + ((year - x0) / (x1 - x0 || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - ((v - y0) / (y1 - y0 || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const line = years.map((year, k) => `${x(year).toFixed(1)},${y(projected[k]!).toFixed(1)}`).join(' ');
  const title = `${indicator.name}: ${actuals.length} actual${actuals.length === 1 ? '' : 's'} against the projection of "${node.label}" in ${scenarioName}`;
  return (
    <figure className="actuals-chart" data-indicator-chart={`${node.id}:${indicator.id}`}>
      <figcaption>
        {indicator.name} <span className="actuals-chart__unit">({indicator.unit})</span>
      </figcaption>
      <SaveImageMenu
        name={`indicator-${node.id}-${indicator.id}`}
        picture={() => ({ spec: actualsSpec({ node, indicator, years, projected, scenarioName }) })}
      />
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#c4cad3" />
        <text x={PAD.left - 4} y={y(y1) + 4} textAnchor="end" fontSize="10" fill="#4a5565">
          {formatTraceValue(y1)}
        </text>
        <text x={PAD.left - 4} y={y(y0)} textAnchor="end" fontSize="10" fill="#4a5565">
          {formatTraceValue(y0)}
        </text>
        <text x={x(x0)} y={HEIGHT - 6} fontSize="10" fill="#4a5565">
          {x0}
        </text>
        <text x={x(x1)} y={HEIGHT - 6} textAnchor="end" fontSize="10" fill="#4a5565">
          {x1}
        </text>
        <polyline points={line} fill="none" stroke={CHART_COLOURS.projected} strokeWidth="1.6" />
        {actuals.map(([year, v]) => (
          <circle key={year} cx={x(year)} cy={y(v)} r="3.5" fill={CHART_COLOURS.net} data-actual={year}>
            <title>{`${year}: ${formatTraceValue(v)} observed`}</title>
          </circle>
        ))}
        {target ? (
          <path
            d={`M ${x(target[0])} ${y(target[1]) - 5} l 5 5 l -5 5 l -5 -5 z`}
            fill="none"
            stroke={CHART_COLOURS.cost}
            strokeWidth="1.6"
          >
            <title>{`Target ${formatTraceValue(target[1])} by ${target[0]}`}</title>
          </path>
        ) : null}
      </svg>
      <p className="actuals-chart__key">
        <span className="key key--line">Projection</span> <span className="key key--dot">Actuals</span>{' '}
        <span className="key key--diamond">Target</span>
      </p>
    </figure>
  );
}
