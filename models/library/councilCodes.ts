/**
 * Council codes change between vintages, and the sources Causeway reads use different ones: the ONS
 * local-authority GVA release (April 2025) and the library use April 2023 councils; the May 2025
 * combined-authority lookup uses the new Barnsley and Sheffield codes; the Census 2021 commuting
 * flows and the BRES extract use 2021 districts, several of which merged into unitary councils in
 * April 2023. Every mapping is written out here, so that it can be read and tested, rather than
 * inferred from names.
 */

/** Codes that were replaced with no change of boundary: old (April 2023) -> new (May 2025 lookup). */
export const RENAMED_COUNCIL_CODES: readonly { name: string; code2023: string; code2025: string }[] = [
  { name: 'Barnsley', code2023: 'E08000016', code2025: 'E08000038' },
  { name: 'Sheffield', code2023: 'E08000019', code2025: 'E08000039' },
];

/** Unitary councils of April 2023 made of whole 2021 districts, with those districts' codes. */
export const MERGED_DISTRICTS: readonly { code2023: string; name: string; districts2021: Record<string, string> }[] = [
  {
    code2023: 'E06000063',
    name: 'Cumberland',
    districts2021: { E07000026: 'Allerdale', E07000028: 'Carlisle', E07000029: 'Copeland' },
  },
  {
    code2023: 'E06000064',
    name: 'Westmorland and Furness',
    districts2021: { E07000027: 'Barrow-in-Furness', E07000030: 'Eden', E07000031: 'South Lakeland' },
  },
  {
    code2023: 'E06000065',
    name: 'North Yorkshire',
    districts2021: {
      E07000163: 'Craven',
      E07000164: 'Hambleton',
      E07000165: 'Harrogate',
      E07000166: 'Richmondshire',
      E07000167: 'Ryedale',
      E07000168: 'Scarborough',
      E07000169: 'Selby',
    },
  },
  {
    code2023: 'E06000066',
    name: 'Somerset',
    districts2021: {
      E07000187: 'Mendip',
      E07000188: 'Sedgemoor',
      E07000189: 'South Somerset',
      E07000246: 'Somerset West and Taunton',
    },
  },
];

const FROM_2025 = new Map(RENAMED_COUNCIL_CODES.map((c) => [c.code2025, c.code2023]));
const FROM_2021 = new Map(MERGED_DISTRICTS.flatMap((m) => Object.keys(m.districts2021).map((d) => [d, m.code2023])));

/**
 * The April 2023 council a code belongs to: a May 2025 code is mapped back (Barnsley E08000038 ->
 * E08000016), a 2021 district forward to the unitary council it is now part of (Craven E07000163 ->
 * North Yorkshire E06000065); any other code is returned as given (upper case, trimmed).
 */
export function toCouncil2023(code: string): string {
  const c = code.trim().toUpperCase();
  return FROM_2025.get(c) ?? FROM_2021.get(c) ?? c;
}

/** The code a May 2025 lookup uses for an April 2023 council (only Barnsley and Sheffield differ). */
export function toCouncil2025(code2023: string): string {
  const c = code2023.trim().toUpperCase();
  return RENAMED_COUNCIL_CODES.find((r) => r.code2023 === c)?.code2025 ?? c;
}

/** True when `code` is a 2021 district that is now part of a larger April 2023 council. */
export function isMergedDistrict(code: string): boolean {
  return FROM_2021.has(code.trim().toUpperCase());
}
