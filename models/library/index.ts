/**
 * Baseline library: ONS regional GVA (chained volume measures, 2019 prices) and BRES employment for
 * the ITL1 and ITL2 areas of Great Britain, with national input-output ratios. Pure and read-only.
 */
export {
  LIBRARY_VINTAGE,
  IO_TABLES,
  LIBRARY_SECTOR_DEFS,
  DERIVED_SECTORS,
  listAreas,
  findArea,
  excludedAreaReason,
  sectorBaselines,
  ioSectorRatio,
  nationalGvaCurrent,
  isLibrarySectorId,
  greatBritainGrowth,
} from './library.ts';
export type { AreaSummary, BaselineOptions, DerivedSectorId } from './library.ts';
export { MANUFACTURING_SUBSECTORS } from './sectors.ts';
export type {
  BaselineLibrary,
  LibraryArea,
  LibrarySectorRecord,
  LibrarySectorDef,
  LibrarySectorId,
  LibraryVintage,
  LibraryFlag,
  IoExtract,
  IoIndustry,
  IoSectorRatio,
  GvaMethod,
} from './types.ts';
