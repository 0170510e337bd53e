/**
 * Shapes of the embedded baseline library (models/library/baselineLibrary.json). The JSON is written by
 * scripts/buildLibrary.ts from the ONS files in ../shared/data (outside the repository; the vendored slices in test/fixtures/ons rebuild part of it) and committed; these types describe it.
 *
 * Units: GVA in GBP million (£m); jobs a count (BRES "employment": employees plus working owners);
 * growth rates are compound annual fractions.
 */

/** A library sector id: lower case, usable as a formula string, e.g. base_gva("ck"). */
export type LibrarySectorId = 'total' | 'c' | 'cd_cf' | 'ci' | 'cj' | 'ck' | 'cl' | 's33';

export interface LibrarySectorDef {
  id: LibrarySectorId;
  name: string;
  /** SIC 2007 divisions, e.g. "28" or "10-33". */
  sic: string;
  /** The industry code as it appears in the ONS regional GVA (balanced) tables, e.g. "CK (28)". */
  gvaCode: string;
}

/** What the GVA figures of an area are, so that each figure can state its price basis honestly. */
export type GvaMethod = 'itl2-cvm' | 'sum-of-itl2-cvm';

/** A caution attached to a figure: shown to the user, never used to change the number. */
export type LibraryFlag = 'volatile-gva-growth' | 'volatile-jobs-growth' | 'small-sector';

export interface LibrarySectorRecord {
  id: LibrarySectorId;
  /** £m in the data year, chained volume measure at the library's price base year (2019 prices). */
  gva: number;
  /** £m in the data year at current prices (for shares and location quotients, not growth). */
  gvaCurrent: number;
  /** CVM £m at the start and end of the GVA growth window, so the growth rate can be checked by hand. */
  gvaTrend: [number, number];
  /** Compound annual real growth over the GVA window. */
  gvaGrowth: number;
  /** BRES employment in the data year (a count). */
  jobs: number;
  /** BRES employment at the start and end of the jobs growth window. */
  jobsTrend: [number, number];
  /** Compound annual growth over the jobs window. */
  jobsGrowth: number;
  flags?: LibraryFlag[];
}

export interface LibraryArea {
  code: string;
  name: string;
  level: 'ITL1' | 'ITL2';
  /** The ITL1 region an ITL2 area belongs to. */
  parent?: string;
  gvaMethod: GvaMethod;
  sectors: LibrarySectorRecord[];
  /** Sectors left out for this area, with the reason (missing or unusable cells are never filled in). */
  omitted: { id: LibrarySectorId; reason: string }[];
}

export interface LibraryVintage {
  /** Short label shown in the UI and the CLI, e.g. "ONS regional GVA Apr 2023 + BRES 2021". */
  label: string;
  /** The year every level refers to. */
  dataYear: number;
  /** Real GVA is in chained volume measures at this year's prices; scenario files take it as prices.baseYear. */
  priceBaseYear: number;
  gvaGrowthWindow: [number, number];
  jobsGrowthWindow: [number, number];
  gvaRelease: string;
  gvaTables: string;
  employmentRelease: string;
  licence: string;
  /** Thresholds behind the flags, stated so the rule can be read. */
  flagRules: string;
  notes: string[];
}

/** One industry of the ONS input-output analytical tables. */
export interface IoIndustry {
  /** IOT industry code, e.g. "C28". */
  code: string;
  name: string;
  /** Type I output multiplier (Multipliers sheet, column J "Output"). */
  outputMultiplier: number;
  /** Type I GVA multiplier (Multipliers sheet, column I "Gross value added"). */
  gvaMultiplier: number;
  /** £m, IOT sheet row "GVA" (basic prices). */
  gva: number;
  /** £m, IOT sheet row "P1 Total output at basic prices". */
  output: number;
  /** gva / output. */
  gvaToOutput: number;
  /** Exactly where each figure came from in the workbook. */
  cells: { outputMultiplier: string; gvaMultiplier: string; gva: string; output: string };
}

/** GVA-to-output ratio of a library sector, aggregated over its IO industries (sums of £m, then divided). */
export interface IoSectorRatio {
  sector: LibrarySectorId;
  industries: string[];
  gva: number;
  output: number;
  gvaToOutput: number;
}

export interface IoExtract {
  source: string;
  caution: string;
  industries: IoIndustry[];
  sectorRatios: IoSectorRatio[];
}

/** National comparators, current prices, from the ITL1 table's UK row (for import-share style defaults). */
export interface NationalRecord {
  id: LibrarySectorId;
  /** £m, UK, current prices, data year. */
  gvaCurrent: number;
}

export interface BaselineLibrary {
  vintage: LibraryVintage;
  sectors: LibrarySectorDef[];
  areas: LibraryArea[];
  excludedAreas: { code: string; name: string; reason: string }[];
  national: { code: string; name: string; sectors: NationalRecord[] };
  io: IoExtract;
}
