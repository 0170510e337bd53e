/**
 * buildLibrary: the pure heart of scripts/buildLibrary.ts. Given the texts of the ONS files it returns
 * the library object that is committed as models/library/baselineLibrary.json, so a test can rebuild
 * it in memory and compare it with the committed file.
 */
import { buildAreas } from './baselines.ts';
import { extractIo, type IoSheets } from './io.ts';
import { buildLocal, type LocalInputs } from './local.ts';
import { LOCAL_SETTINGS } from '../localSectors.ts';
import type { LocalLibrary } from '../localTypes.ts';

export type { LocalInputs };
import { LIBRARY_SECTORS, LIBRARY_SETTINGS } from '../sectors.ts';
import type { BaselineLibrary } from '../types.ts';

export interface LibraryInputs {
  /** regional-gva-itl1-current.csv */
  gvaItl1Current: string;
  /** regional-gva-itl2-current.csv */
  gvaItl2Current: string;
  /** regional-gva-itl2-cvm.csv */
  gvaItl2Cvm: string;
  /** jobs/jobs_by_region_industry_core.csv (or the full jobs_by_region_industry.csv) */
  jobs: string;
  /** jobs/bres_itl2_2digit_2015_2021_long.csv */
  bresLong: string;
  /** XML parts of iot2023industry.xlsx */
  io: IoSheets;
}

export function buildLibrary(inputs: LibraryInputs): BaselineLibrary {
  const S = LIBRARY_SETTINGS;
  const { areas, excludedAreas, national } = buildAreas(inputs);
  return {
    vintage: {
      label: `ONS regional GVA (balanced) Apr 2023 + BRES ${S.dataYear}; levels ${S.dataYear}, ${S.priceBaseYear} prices`,
      dataYear: S.dataYear,
      priceBaseYear: S.priceBaseYear,
      gvaGrowthWindow: [...S.gvaGrowthWindow],
      jobsGrowthWindow: [...S.jobsGrowthWindow],
      gvaRelease:
        'ONS, Regional gross value added (balanced) by industry: all ITL regions, release of 25 April 2023 (data 1998-2021)',
      gvaTables: 'Table 2b, ITL2 chained volume measures in 2019 money (CVM); tables 1c/2c, ITL1/ITL2 current prices',
      employmentRelease:
        'ONS Business Register and Employment Survey (BRES) open access, Nomis dataset NM_189_1, "Employment" (employees plus working owners), ITL2 x 2-digit SIC, 2015-2021; ITL1 and sector figures are sums of ITL2 divisions',
      licence: 'Contains public sector information licensed under the Open Government Licence v3.0',
      flagRules: `volatile-*-growth: compound annual growth beyond +/-${S.volatileGrowth * 100}%; small-sector: fewer than ${S.smallJobs} jobs or under £${S.smallGva}m GVA. Flags caution the user; the numbers are not altered.`,
      notes: [
        `GVA levels are ${S.dataYear} chained volume measures in ${S.priceBaseYear} prices (£m). ITL2 figures come straight from table 2b.`,
        `ITL1 regions have no CVM table in this release: their CVM is the sum of their ITL2 areas' CVM. Chained volumes are exactly additive only in the ${S.priceBaseYear} reference year (where the sum equals table 1c current prices to within £1m rounding); in other years the sum is a close approximation.`,
        `Growth: compound annual growth ${S.gvaGrowthWindow[0]}-${S.gvaGrowthWindow[1]} of CVM and of BRES employment, one pre-pandemic window for both, so productivity growth compares like with like. Jobs levels: BRES employment ${S.dataYear}.`,
        'BRES open-access counts are rounded by ONS, so growth rates of small sectors are noisy; such figures carry a flag.',
        'Northern Ireland is not in the library: BRES covers Great Britain only. UK, England and Extra-Regio rows are not areas; the UK row gives national current-price comparators.',
        'Current-price GVA (gvaCurrent) is kept for shares and location quotients only; never mix it with the CVM levels.',
      ],
    },
    sectors: LIBRARY_SECTORS.map(({ id, name, sic, gvaCode }) => ({ id, name, sic, gvaCode })),
    areas,
    excludedAreas,
    national,
    io: extractIo(inputs.io),
  };
}

/**
 * Deterministic text of the library (stable key order from the builder, 2-space indent, trailing
 * newline). Short arrays and flat objects (one area sector, one IO industry) go on one line each, which
 * keeps the committed file small and its diffs readable.
 */
export function serialiseLibrary(lib: BaselineLibrary | LocalLibrary): string {
  const oneLine = (m: string): string => (m.length > 400 ? m : m.replace(/\n\s*/g, ' '));
  return (
    JSON.stringify(lib, null, 2)
      .replace(/\[\n[^{}[\]]*?\n\s*\]/g, oneLine)
      .replace(/\{\n[^{}]*?\n\s*\}/g, oneLine) + '\n'
  );
}

/** The local part of the library (councils and combined authorities), with its vintage. */
export function buildLocalLibrary(inputs: LocalInputs): LocalLibrary {
  const S = LOCAL_SETTINGS;
  const [w0, w1] = S.growthWindow;
  return {
    vintage: {
      label: `ONS regional GVA (balanced) by local authority Apr 2025 + BRES ${S.dataYear}; levels ${S.dataYear}, ${S.priceBaseYear} prices`,
      gvaRelease:
        'ONS, Regional gross value added (balanced) by industry: local authorities by ITL1 region, release of 17 April 2025 with the correction of 10 October 2025 (data 1998-2023; 2023 provisional)',
      gvaTables: `Table 2, chained volume measures in ${S.priceBaseYear} money (CVM); table 3, current prices`,
      employmentRelease:
        'ONS Business Register and Employment Survey (BRES) open access, Nomis dataset NM_189_1, "Employment", council x SIC section, 2015-2021 (2021 provisional), 13 West and North Yorkshire councils only; the seven North Yorkshire districts of 2021 are added into North Yorkshire (E06000065)',
      itl2EmploymentRelease:
        'ONS BRES open access (NM_189_1), "Employment", ITL2 x 2-digit SIC, 2015-2021: used for a combined authority whose councils are exactly one ITL2 area',
      commutingRelease:
        'ONS Census 2021, ODWP01EW "Location of usual residence and place of work", lower-tier local authorities, England and Wales (Census Day 21 March 2021, during lockdown; cell-key perturbation applies)',
      lookups:
        'ONS Open Geography Portal: Local Authority District to Combined Authority (May 2025); Local Authority District (April 2023) to LAU1 to ITL3 to ITL2 to ITL1 (January 2021)',
      licence: 'Contains public sector information licensed under the Open Government Licence v3.0',
      dataYear: S.dataYear,
      latestYear: S.latestYear,
      priceBaseYear: S.priceBaseYear,
      growthWindow: [w0, w1],
      gvaYears: [...S.gvaYears],
      jobsYears: [...S.jobsYears],
      notes: [
        `Council GVA: ${S.dataYear} chained volume measures in ${S.priceBaseYear} money (£m), workplace basis. A combined authority's CVM is the sum of its councils' CVM: chained volumes add exactly only in ${S.priceBaseYear}, so the sum is a close approximation in other years.`,
        `Growth: compound annual growth ${w0}-${w1} of CVM and of BRES employment, one window for both (pre-pandemic).`,
        "Council jobs: BRES by council is in the library for West and North Yorkshire only; a combined authority that is exactly one ITL2 area uses that area's BRES. Elsewhere import a Nomis BRES download for the councils (causeway import-baseline).",
        `Shares of a combined authority's GVA by council use ${S.latestYear} current prices, which add across councils.`,
      ],
    },
    ...buildLocal(inputs),
  };
}

/**
 * Deterministic text of the local library: the vintage as the main library writes it, then one line
 * per sector, national record, council and combined authority, so the file stays small (some 100 KB
 * for 361 councils) and a revision's diff names the councils it changed.
 */
export function serialiseLocalLibrary(lib: LocalLibrary): string {
  const lines = (items: readonly unknown[]) => `[\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  const vintage = serialiseLibrary({ vintage: lib.vintage } as unknown as LocalLibrary)
    .trim()
    .replace(/^\{\n/, '')
    .replace(/\n\}$/, '');
  return `{\n${vintage},\n  "sectors": ${lines(lib.sectors)},\n  "national": ${lines(lib.national)},\n  "councils": ${lines(lib.councils)},\n  "combinedAuthorities": ${lines(lib.combinedAuthorities)}\n}\n`;
}
