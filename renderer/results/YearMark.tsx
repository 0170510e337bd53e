/**
 * The year scrubber's year on a chart over time: a reference line, and a click on the chart moves
 * the scrubber there, so the charts and the canvas boxes show the same year.
 */
import { ReferenceLine } from 'recharts';
import { shownYear } from '../store/createStore.ts';
import { useCauseway } from '../store/context.tsx';

/** The year shown and a click handler for a recharts chart whose x axis is `year`. */
export function useYearMark(): { year: number; onChartClick(state: unknown): void } {
  const year = useCauseway(shownYear);
  const end = useCauseway((s) => s.doc.horizon.endYear);
  const setYear = useCauseway((s) => s.setYear);
  return {
    year,
    onChartClick: (state) => {
      const label = (state as { activeLabel?: unknown } | null)?.activeLabel;
      const next = Number(label);
      if (Number.isInteger(next)) setYear(next === end ? null : next);
    },
  };
}

/** Rendered inside the chart (recharts reads its children's props, so this is a function, not a component). */
export function yearLine(year: number) {
  return (
    <ReferenceLine
      x={year}
      stroke="#1f5fa8"
      strokeDasharray="3 3"
      ifOverflow="extendDomain"
      label={{ value: String(year), position: 'insideTopRight', fontSize: 11, fill: '#174a85' }}
    />
  );
}
