/**
 * Shapes of the local part of the library (models/library/localLibrary.json): councils and combined
 * authorities, written by scripts/buildLibrary.ts from ../shared/data/local and committed.
 *
 * Arrays are positional to keep the file small: a council's `gva[sector]` holds chained volume
 * measures (£m, 2022 money) for each of `vintage.gvaYears`, then current prices (£m) in the latest
 * year; `jobs[sector]` holds BRES employment for each of `vintage.jobsYears`. A null is a cell the
 * source suppressed or did not publish: it is never read as zero.
 */
import type { LocalSectorDef, LocalSectorId } from './localSectors.ts';

export type Cell = number | null;

export interface LocalVintage {
  label: string;
  gvaRelease: string;
  gvaTables: string;
  employmentRelease: string;
  /** Where CA jobs come from when the CA is exactly one ITL2 area. */
  itl2EmploymentRelease: string;
  commutingRelease: string;
  lookups: string;
  licence: string;
  dataYear: number;
  latestYear: number;
  priceBaseYear: number;
  growthWindow: [number, number];
  gvaYears: number[];
  jobsYears: number[];
  notes: string[];
}

export interface LocalCouncil {
  /** April 2023 code (as in the GVA release). */
  code: string;
  name: string;
  itl1: string;
  itl2?: string;
  /** The combined authority it is a constituent member of (May 2025 lookup), if any. */
  ca?: string;
  gva: Partial<Record<LocalSectorId, Cell[]>>;
  /** BRES employment by sector, only where the library has council BRES (West and North Yorkshire). */
  jobs?: Partial<Record<LocalSectorId, Cell[]>>;
}

export interface Commuting {
  /** The CA's councils, in the order of the rows and columns below. */
  councils: string[];
  /** flows[w][r]: people working in council w who live in council r (Census 2021, home workers in their own council). */
  flows: number[][];
  /** People working in council w who live outside the combined authority. */
  outside: number[];
}

export interface LocalCombinedAuthority {
  code: string;
  name: string;
  councils: string[];
  /** The ITL2 area made of exactly these councils, whose BRES jobs the CA then uses. */
  itl2?: string;
  jobs?: Partial<Record<LocalSectorId, Cell[]>>;
  commuting: Commuting;
}

export interface LocalNational {
  id: LocalSectorId;
  /** Great Britain CVM (£m, 2022 money) at the ends of the growth window: the councils' sum. */
  gva: [number, number];
  /** Councils left out of that sum because a cell is suppressed. */
  gvaLeftOut: string[];
  /** Great Britain BRES employment at the ends of the growth window (ITL2 divisions summed). */
  jobs: [number, number];
}

export interface LocalLibrary {
  vintage: LocalVintage;
  sectors: Omit<LocalSectorDef, 'divisions' | 'sections'>[];
  national: LocalNational[];
  councils: LocalCouncil[];
  combinedAuthorities: LocalCombinedAuthority[];
}
