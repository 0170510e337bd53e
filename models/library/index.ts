/**
 * Baseline library: ONS regional GVA (chained volume measures, 2019 prices) and BRES employment for
 * the ITL1 and ITL2 areas of Great Britain, with national input-output ratios; and the local part:
 * every council and combined authority (ONS local-authority GVA, 2022 prices; BRES where available;
 * Census 2021 commuting). Pure and read-only.
 */
export {
  LIBRARY_VINTAGE,
  IO_TABLES,
  LIBRARY_SECTOR_DEFS,
  DERIVED_SECTORS,
  DATA_YEAR_NOTE,
  listAreas,
  findArea,
  isItlArea,
  excludedAreaReason,
  sectorBaselines,
  ioSectorRatio,
  nationalGvaCurrent,
  isLibrarySectorId,
  greatBritainGrowth,
} from './library.ts';
export type { AreaSummary, BaselineOptions, DerivedSectorId } from './library.ts';
export { MANUFACTURING_SUBSECTORS } from './sectors.ts';
export {
  LOCAL_VINTAGE,
  LOCAL_SECTOR_DEFS,
  findLocalArea,
  listLocalAreas,
  combinedAuthorityOf,
  localRecord,
  councilGvaShares,
  type LocalArea,
  type LocalLevel,
  type LocalRecord,
} from './local.ts';
export { localSectorBaselines, jobsMissingMessage, LOCAL_DATA_YEAR_NOTE } from './localBaselines.ts';
export { LOCAL_MANUFACTURING_SUBSECTORS, LOCAL_GROUP_OF, type LocalSectorId } from './localSectors.ts';
export { nationalTrend, usesLocalLibrary, type NationalTrend } from './national.ts';
export {
  RENAMED_COUNCIL_CODES,
  MERGED_DISTRICTS,
  toCouncil2023,
  toCouncil2025,
  isMergedDistrict,
} from './councilCodes.ts';
export type { Commuting, LocalCouncil, LocalCombinedAuthority } from './localTypes.ts';
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
