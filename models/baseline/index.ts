/**
 * Baseline projection (docs/method.md sections 2 and 14): the three methods, their plausibility
 * checks, the defaults new files get, and results split between a combined authority's councils.
 */
export { projectBaselines, projectSector, interpolateSeries, seriesPoints, type SectorPath } from './project.ts';
export {
  checkBaselines,
  sectorPlausibility,
  PRODUCTIVITY_GAP_LIMIT,
  OUTLIER_YEARS,
  type SectorPlausibility,
} from './plausibility.ts';
export { DEFAULT_PROJECTION_METHOD, withProjectionMethod } from './methods.ts';
export {
  combinedAuthorityFor,
  councilAllocationFor,
  councilResults,
  commutingFor,
  type CouncilResult,
  type CouncilResults,
} from './councils.ts';
