import type { LibrarySectorDef, LibrarySectorId } from './types.ts';

/**
 * The sectors the library carries: the whole economy, manufacturing and the advanced-manufacturing
 * sub-sections the templates target. `gvaCode` is the label in the ONS regional GVA (balanced) tables
 * and in the jobs extract; `divisions` are the 2-digit SIC divisions summed from the BRES long file
 * for employment trends.
 */
export const LIBRARY_SECTORS: readonly (LibrarySectorDef & { divisions: readonly [number, number] })[] = [
  { id: 'total', name: 'All industries', sic: '01-99', gvaCode: 'Total', divisions: [1, 99] },
  { id: 'c', name: 'Manufacturing', sic: '10-33', gvaCode: 'C (10-33)', divisions: [10, 33] },
  {
    id: 'cd_cf',
    name: 'Coke, refined petroleum, chemicals and pharmaceuticals',
    sic: '19-21',
    gvaCode: 'CD-CF (19-21)',
    divisions: [19, 21],
  },
  { id: 'ci', name: 'Computer, electronic and optical products', sic: '26', gvaCode: 'CI (26)', divisions: [26, 26] },
  { id: 'cj', name: 'Electrical equipment', sic: '27', gvaCode: 'CJ (27)', divisions: [27, 27] },
  { id: 'ck', name: 'Machinery and equipment n.e.c.', sic: '28', gvaCode: 'CK (28)', divisions: [28, 28] },
  { id: 'cl', name: 'Transport equipment', sic: '29-30', gvaCode: 'CL (29-30)', divisions: [29, 30] },
  {
    id: 's33',
    name: 'Repair and installation of machinery and equipment',
    sic: '33',
    gvaCode: '33',
    divisions: [33, 33],
  },
];

/** Sub-sections of manufacturing: they sum (with the rest of C) to C, and C sits inside the total. */
export const MANUFACTURING_SUBSECTORS: readonly LibrarySectorId[] = ['cd_cf', 'ci', 'cj', 'ck', 'cl', 's33'];

/** The ITL1 current-price table splits CD-CF into these two rows; the build adds them (current prices add). */
export const ITL1_CD_CF_PARTS = ['CD-CE (19-20)', 'CF (21)'] as const;

/**
 * Which IO industries (ONS IOT 2023 codes) make up each library sector, for GVA-to-output ratios.
 * The manufacturing total is every industry code starting with "C".
 */
export const IO_INDUSTRIES_BY_SECTOR: Record<Exclude<LibrarySectorId, 'total' | 'c'>, readonly string[]> = {
  cd_cf: ['C19', 'C203', 'C204', 'C205', 'C20A', 'C20B', 'C20C', 'C21'],
  ci: ['C26'],
  cj: ['C27'],
  ck: ['C28'],
  cl: ['C29', 'C301', 'C303', 'C30OTHER'],
  s33: ['C3315', 'C3316', 'C33OTHER'],
};

/** The IO industries whose multipliers the library keeps (the templates' manufacturing industries). */
export const IO_INDUSTRIES_KEPT: readonly string[] = [
  'C19',
  'C203',
  'C204',
  'C205',
  'C20A',
  'C20B',
  'C20C',
  'C21',
  'C26',
  'C27',
  'C28',
  'C29',
  'C301',
  'C303',
  'C30OTHER',
  'C3315',
  'C3316',
  'C33OTHER',
];

/** Years and thresholds of the build, in one place so the vintage note and the numbers agree. */
const GROWTH_WINDOW: [number, number] = [2015, 2019];
export const LIBRARY_SETTINGS = {
  dataYear: 2021,
  priceBaseYear: 2019,
  // One window for GVA and jobs (docs/method.md section 14), so productivity growth is the difference of
  // two rates over the same years. 2015: BRES on today's basis starts then; 2019: the last year before
  // the pandemic and furlough. (Until issue 13, GVA used 2011-2019 and jobs 2015-2019.)
  gvaGrowthWindow: GROWTH_WINDOW,
  jobsGrowthWindow: GROWTH_WINDOW,
  volatileGrowth: 0.05,
  smallJobs: 1000,
  smallGva: 50,
} as const;
