/**
 * Switching a sector between projection methods (docs/method.md section 14), and the method new files
 * get by default. The national method stores the Great Britain rates in the file, with their source,
 * so a file runs the same without the library.
 */
import { error } from '../diagnostics.ts';
import { nationalTrend } from '../library/index.ts';
import type { ProjectionMethod, Result, SectorBaseline } from '../types.ts';

/**
 * The method new files use: the national (GB industry) trend. Measured over the library's 408 ITL
 * area-sectors, own trends fail the 1.5-point productivity check in most area-sectors while the
 * national trend passes it in all of them (scripts/plausibilityCount.ts; README, "Baselines").
 */
export const DEFAULT_PROJECTION_METHOD: Exclude<ProjectionMethod, 'series'> = 'national';

/** The sector with `method`: 'trend' keeps its own rates; 'national' stores the GB rates of its industry. */
export function withProjectionMethod(
  areaCode: string,
  sector: SectorBaseline,
  method: Exclude<ProjectionMethod, 'series'>,
): Result<SectorBaseline> {
  if (method === 'trend') return { ok: true, value: { ...sector, projection: { method: 'trend' } }, diagnostics: [] };
  const trend = nationalTrend(areaCode, sector.id, sector.sic);
  if (!trend)
    return {
      ok: false,
      diagnostics: [
        error(
          'baseline.no-national-trend',
          `baseline.sectors.${sector.id}`,
          `Sector "${sector.id}" (${sector.name}${sector.sic ? `, SIC ${sector.sic}` : ''}) is not an industry the library has a Great Britain trend for, so the national method cannot be used; keep its own trend or give a series.`,
        ),
      ],
    };
  return {
    ok: true,
    value: {
      ...sector,
      projection: {
        method: 'national',
        gvaGrowth: trend.gvaGrowth,
        jobsGrowth: trend.jobsGrowth,
        source: trend.source,
      },
    },
    diagnostics: [],
  };
}
