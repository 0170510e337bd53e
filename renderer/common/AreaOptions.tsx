/** The library's areas as select options, grouped into regions, sub-regions, combined authorities and councils. */
import type { AreaSummary } from '../engine.ts';

const LEVELS = {
  ITL1: 'Regions (ITL1)',
  ITL2: 'Sub-regions (ITL2)',
  CA: 'Combined authorities',
  LAD: 'Councils',
} as const;

export function AreaOptions({ areas }: { areas: readonly AreaSummary[] }) {
  return (
    <>
      {(['ITL1', 'ITL2', 'CA', 'LAD'] as const).map((level) => (
        <optgroup key={level} label={LEVELS[level]}>
          {areas
            .filter((a) => a.level === level)
            .map((a) => (
              <option key={a.code} value={a.code}>
                {a.name} ({a.code})
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
