/** A box's yearly values as a small line, with a dot on the year shown (the year scrubber). */
import { memo, useMemo } from 'react';

const WIDTH = 56;
const HEIGHT = 14;

function SparklineImpl({ values, marked }: { values: readonly number[]; marked: number }) {
  const points = useMemo(() => {
    const finite = values.filter(Number.isFinite);
    const min = Math.min(0, ...finite);
    const max = Math.max(0, ...finite);
    const span = max - min || 1;
    const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
    return values.map(
      (v, k) => [k * step, HEIGHT - 1 - ((Number.isFinite(v) ? v - min : 0) / span) * (HEIGHT - 2)] as const,
    );
  }, [values]);
  const dot = points[Math.min(points.length - 1, Math.max(0, marked))];
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <polyline points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />
      {dot ? <circle cx={dot[0]} cy={dot[1]} r={2} /> : null}
    </svg>
  );
}

export const Sparkline = memo(SparklineImpl);
