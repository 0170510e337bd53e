/** The library's areas as select options, grouped into regions (ITL1) and sub-regions (ITL2). */
import type { AreaSummary } from '../engine.ts';

export function AreaOptions({ areas }: { areas: readonly AreaSummary[] }) {
  return (
    <>
      {(['ITL1', 'ITL2'] as const).map((level) => (
        <optgroup key={level} label={level === 'ITL1' ? 'Regions (ITL1)' : 'Sub-regions (ITL2)'}>
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
