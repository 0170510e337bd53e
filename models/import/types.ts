/** What the importer reads out of a user's download, whatever its layout. */

export type Measure = 'jobs' | 'gva-cvm' | 'gva-current';

/** One published figure: an area, an industry (canonical SIC divisions), a year and a value. */
export interface Observation {
  /** Area code as published (e.g. "E08000035", "TLD3"), or undefined when the file gives names only. */
  areaCode?: string;
  areaName: string;
  /** Canonical division set, e.g. "10-33" (models/import/industries.ts). */
  industry: string;
  /** The label as published, e.g. "C : Manufacturing". */
  industryLabel: string;
  year: number;
  /** Null for a suppressed, confidential or missing cell: never read as zero. */
  value: number | null;
  /** The cell as published when it is not a number ("*", "[c]", ".."). */
  marker?: string;
}

export type Layout = 'nomis-tidy' | 'nomis-query' | 'ons-gva-itl' | 'ons-gva-la';

/** A table read from a download, with where its figures come from. */
export interface ImportedTable {
  /** File name (and sheet). */
  name: string;
  layout: Layout;
  measure: Measure;
  /** For chained volume measures: the year whose money they are in. */
  priceYear?: number;
  /** Publisher and dataset, e.g. "ONS Business Register and Employment Survey (Nomis)". */
  publisher: string;
  /** Release or download date as the file states it, or what the file does not say. */
  release: string;
  /** Table or query, e.g. "Table 2b: ITL2 chained volume measures in 2019 money value, pounds million". */
  table: string;
  observations: Observation[];
  /** Plain notes on what was read and what was left out (suppressed cells, rows not understood). */
  notes: string[];
}

/** A file the importer refused, with the sentence that says why (naming the headers it found). */
export interface Refusal {
  name: string;
  message: string;
}
