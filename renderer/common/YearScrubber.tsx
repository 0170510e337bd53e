/**
 * The year the boxes show and the charts mark, chosen on a slider. One value in the store, so the
 * canvas and the results charts always show the same year.
 */
import { useId } from 'react';
import { shownYear } from '../store/createStore.ts';
import { useCauseway } from '../store/context.tsx';

export function YearScrubber() {
  const id = useId();
  const start = useCauseway((s) => s.doc.horizon.startYear);
  const end = useCauseway((s) => s.doc.horizon.endYear);
  const year = useCauseway(shownYear);
  const setYear = useCauseway((s) => s.setYear);
  return (
    <span className="year-scrubber">
      <label htmlFor={id}>Year shown</label>
      <input
        id={id}
        type="range"
        min={start}
        max={end}
        step={1}
        value={year}
        onChange={(e) => {
          const next = Number(e.target.value);
          setYear(next === end ? null : next);
        }}
      />
      <output htmlFor={id}>{year}</output>
    </span>
  );
}
