/**
 * The sectors and years the library keeps for councils and combined authorities (the ONS
 * local-authority GVA release of April 2025). That release publishes manufacturing in six groups, not
 * the ITL2 tables' industries, so local areas have their own sector list: the whole economy,
 * manufacturing and the three groups that contain every ITL2 manufacturing sector the templates use
 * (cd_cf in cd_cg, ci/cj/ck/cl in ci_cl, s33 in cm).
 */

export interface LocalSectorDef {
  id: LocalSectorId;
  name: string;
  sic: string;
  /** The SIC07 code as written in the local-authority GVA release. */
  gvaCode: string;
  /** 2-digit SIC divisions (for BRES jobs summed from divisions). */
  divisions: readonly [number, number];
  /** SIC sections whose BRES counts add up to the sector (council BRES is by section only). */
  sections?: string;
}

export type LocalSectorId = 'total' | 'c' | 'cd_cg' | 'ci_cl' | 'cm';

export const LOCAL_SECTORS: readonly LocalSectorDef[] = [
  {
    id: 'total',
    name: 'All industries',
    sic: '01-99',
    gvaCode: 'Total',
    divisions: [1, 99],
    sections: 'ABCDEFGHIJKLMNOPQRSTU',
  },
  { id: 'c', name: 'Manufacturing', sic: '10-33', gvaCode: 'C (10-33)', divisions: [10, 33], sections: 'C' },
  {
    id: 'cd_cg',
    name: 'Manufacture of petroleum, chemicals and other minerals',
    sic: '19-23',
    gvaCode: 'CD-CG (19-23)',
    divisions: [19, 23],
  },
  {
    id: 'ci_cl',
    name: 'Manufacture of electrical products and machinery',
    sic: '26-30',
    gvaCode: 'CI-CL (26-30)',
    divisions: [26, 30],
  },
  {
    id: 'cm',
    name: 'Other manufacturing, repair and installation',
    sic: '31-33',
    gvaCode: 'CM (31-33)',
    divisions: [31, 33],
  },
];

export const LOCAL_MANUFACTURING_SUBSECTORS: readonly LocalSectorId[] = ['cd_cg', 'ci_cl', 'cm'];

/** The ITL2-library sectors each local group contains (for allocating an ITL2-style sector by council). */
export const LOCAL_GROUP_OF: Readonly<Record<string, LocalSectorId>> = {
  total: 'total',
  c: 'c',
  c_other: 'c',
  cd_cf: 'cd_cg',
  ci: 'ci_cl',
  cj: 'ci_cl',
  ck: 'ci_cl',
  cl: 'ci_cl',
  s33: 'cm',
  cd_cg: 'cd_cg',
  ci_cl: 'ci_cl',
  cm: 'cm',
};

export const LOCAL_SETTINGS = {
  /** The level year: the latest year with both GVA and BRES jobs. */
  dataYear: 2021,
  /** The latest GVA year (provisional in the release). */
  latestYear: 2023,
  /** Chained volume measures in 2022 money. */
  priceBaseYear: 2022,
  growthWindow: [2015, 2019] as [number, number],
  /** The CVM years kept for each council and sector (growth window ends, level year, later years). */
  gvaYears: [2015, 2019, 2021, 2022, 2023] as const,
  /** The BRES years kept (growth window ends and the level year). */
  jobsYears: [2015, 2019, 2021] as const,
} as const;

/** Position of the current-price figure of the latest year in a council's GVA array (after the CVM years). */
export const CURRENT_PRICE_INDEX = LOCAL_SETTINGS.gvaYears.length;
