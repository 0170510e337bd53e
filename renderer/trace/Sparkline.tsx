/** A small line of a value over the horizon, with the year being explained marked; decorative (values are in the row). */
export function Sparkline({ values, mark }: { values: readonly number[]; mark: number }) {
  const width = 64;
  const height = 18;
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2) return <span className="sparkline sparkline--empty" aria-hidden="true" />;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min || 1;
  const x = (k: number) => (k / (values.length - 1)) * (width - 4) + 2;
  const y = (v: number) => height - 2 - ((v - min) / span) * (height - 4);
  const points = values.map((v, k) => `${x(k).toFixed(1)},${y(Number.isFinite(v) ? v : min).toFixed(1)}`).join(' ');
  const marked = values[mark];
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.2" />
      {marked !== undefined && Number.isFinite(marked) ? <circle cx={x(mark)} cy={y(marked)} r="2.2" /> : null}
    </svg>
  );
}
