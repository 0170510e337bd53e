/**
 * The local part of the library (councils and combined authorities): rebuilt from the vendored
 * slices (test/fixtures/local) it gives the committed records; figures cross-checked against the ONS
 * files with an independent reader (the data README's check figures); council codes mapped between
 * vintages explicitly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  combinedAuthorityOf,
  findLocalArea,
  isMergedDistrict,
  listAreas,
  LOCAL_VINTAGE,
  localRecord,
  MERGED_DISTRICTS,
  toCouncil2023,
  toCouncil2025,
} from '../../../models/library/index.ts';
import { buildLocal } from '../../../models/library/build/local.ts';
import { serialiseLocalLibrary } from '../../../models/library/build/index.ts';
import type { LocalLibrary } from '../../../models/library/localTypes.ts';
import { rawRows } from './rawCsv.ts';

const LOCAL = new URL('../../fixtures/local/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, LOCAL), 'utf8');
const committed = JSON.parse(
  readFileSync(new URL('../../../models/library/localLibrary.json', import.meta.url), 'utf8'),
) as LocalLibrary;
const raw = (name: string) => rawRows(new URL(name, LOCAL).pathname);
const year = (y: number) => LOCAL_VINTAGE.gvaYears.indexOf(y);

describe('local library build', () => {
  it('the committed file is exactly what the serialiser writes, one council a line, and stays small (< 150 KB)', () => {
    const text = readFileSync(new URL('../../../models/library/localLibrary.json', import.meta.url), 'utf8');
    expect(serialiseLocalLibrary(committed)).toBe(text);
    expect(Buffer.byteLength(text)).toBeLessThan(150_000);
  });

  const built = buildLocal({
    gvaLa: text('gva_la_by_industry_itl1_2025.csv'),
    bresLa: text('bres_employment_la_sic_section_west_north_yorkshire_2015_2021.csv'),
    caLookup: text('lookup_lad_to_combined_authority.csv'),
    itlLookup: text('lookup_lad23_lau1_itl3_itl2_itl1_2021.csv'),
    commuting: text('census2021_odwp01ew_ltla_flows.csv'),
    bresLong: text('jobs/bres_itl2_2digit_2015_2021_long.csv'),
  });
  it('rebuilds from the slices exactly the committed councils', () => {
    expect(built.councils.map((c) => c.code)).toEqual([
      'E08000003',
      'E08000016',
      'E08000017',
      'E08000018',
      'E08000019',
      'E08000032',
      'E08000033',
      'E08000034',
      'E08000035',
      'E08000036',
    ]);
    // Manchester is in the slices for its check figures only: its combined authority's rows are not.
    const withoutCa = ({ ca: _ca, ...rest }: (typeof built.councils)[number]) => rest;
    for (const c of built.councils)
      expect(withoutCa(c), c.code).toEqual(withoutCa(committed.councils.find((x) => x.code === c.code)!));
    expect(built.councils.find((c) => c.code === 'E08000035')?.ca).toBe('E47000003');
  });
  it('rebuilds West and South Yorkshire: members, ITL2 match and jobs; West Yorkshire commuting within the authority', () => {
    for (const ca of built.combinedAuthorities) {
      const want = committed.combinedAuthorities.find((x) => x.code === ca.code)!;
      expect({ ...ca, commuting: undefined }).toEqual({ ...want, commuting: undefined });
    }
    const wy = built.combinedAuthorities.find((c) => c.code === 'E47000003')!;
    const want = committed.combinedAuthorities.find((c) => c.code === 'E47000003')!;
    expect(wy.commuting.flows).toEqual(want.commuting.flows);
  });
});

describe('check figures from the ONS files (independent reader)', () => {
  const gva = raw('gva_la_by_industry_itl1_2025.csv');
  const [head] = gva;
  const cell = (lad: string, sic: string, measure: string, y: number) =>
    Number(
      gva.find((r) => r[2] === lad && r[4] === sic && r[6] === measure)![head!.indexOf(`y${y}`)]!.replace(/,/g, ''),
    );
  const manchester = findLocalArea('E08000003')!;

  it('Manchester (E08000003) 2023 manufacturing: current prices £914m, CVM £835m (2022 money)', () => {
    expect(cell('E08000003', 'C (10-33)', 'current_prices_gbp_m', 2023)).toBe(914);
    expect(cell('E08000003', 'C (10-33)', 'cvm_2022_money_gbp_m', 2023)).toBe(835);
    expect(localRecord(manchester, 'c').gvaCurrent).toBe(914);
    expect(localRecord(manchester, 'c').gva[year(2023)]).toBe(835);
  });

  it('Manchester 2023, all industries: £35,873m current prices, the sum of its 18 sections', () => {
    expect(cell('E08000003', 'Total', 'current_prices_gbp_m', 2023)).toBe(35873);
    // The release publishes agriculture with mining (AB) and energy with water (DE): 18 items in all.
    const SECTIONS = ['AB', 'C', 'DE', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'];
    const sections = gva.filter(
      (r) => r[2] === 'E08000003' && r[6] === 'current_prices_gbp_m' && SECTIONS.includes((r[4] ?? '').split(' ')[0]!),
    );
    expect(sections).toHaveLength(18);
    expect(sections.reduce((s, r) => s + Number(r[head!.indexOf('y2023')]!.replace(/,/g, '')), 0)).toBe(35873);
    expect(localRecord(manchester, 'total').gvaCurrent).toBe(35873);
  });

  it('Leeds 2015 manufacturing employment 29,000 (BRES), in the file and in the library', () => {
    const bres = raw('bres_employment_la_sic_section_west_north_yorkshire_2015_2021.csv');
    expect(bres.find((r) => r[0] === '2015' && r[1] === 'E08000035' && r[3] === 'C')?.[5]).toBe('29000');
    expect(localRecord(findLocalArea('E08000035')!, 'c').jobs?.[LOCAL_VINTAGE.jobsYears.indexOf(2015)]).toBe(29000);
  });

  it('Census 2021: 17,226 people living in Bradford work in Leeds', () => {
    const flows = raw('census2021_odwp01ew_ltla_flows.csv');
    expect(flows.find((r) => r[0] === 'E08000032' && r[2] === 'E08000035')?.[6]).toBe('17226');
    const c = combinedAuthorityOf('E08000035')!.commuting;
    expect(c.flows[c.councils.indexOf('E08000035')]![c.councils.indexOf('E08000032')]).toBe(17226);
  });
});

describe('council codes between vintages', () => {
  it('maps the May 2025 Barnsley and Sheffield codes back to the April 2023 ones, and forward', () => {
    expect(toCouncil2023('E08000038')).toBe('E08000016');
    expect(toCouncil2023('e08000039 ')).toBe('E08000019');
    expect(toCouncil2025('E08000016')).toBe('E08000038');
    expect(toCouncil2025('E08000035')).toBe('E08000035');
    expect(findLocalArea('E08000039')?.name).toBe('Sheffield');
  });
  it('maps 2021 districts to the unitary councils they became in April 2023', () => {
    expect(toCouncil2023('E07000163')).toBe('E06000065'); // Craven -> North Yorkshire
    expect(toCouncil2023('E07000027')).toBe('E06000064'); // Barrow-in-Furness -> Westmorland and Furness
    expect(toCouncil2023('E07000246')).toBe('E06000066'); // Somerset West and Taunton -> Somerset
    expect(isMergedDistrict('E07000026')).toBe(true);
    expect(isMergedDistrict('E06000065')).toBe(false);
    expect(MERGED_DISTRICTS.flatMap((m) => Object.keys(m.districts2021))).toHaveLength(17);
  });
  it('South Yorkshire (from the May 2025 lookup, new codes) holds its councils on their April 2023 codes', () => {
    expect(findLocalArea('E47000002')?.councils.map((c) => `${c.code} ${c.name}`)).toEqual([
      'E08000016 Barnsley',
      'E08000017 Doncaster',
      'E08000018 Rotherham',
      'E08000019 Sheffield',
    ]);
  });
});

describe('areas', () => {
  it('lists every combined authority and every council with its level', () => {
    const areas = listAreas();
    expect(areas.filter((a) => a.level === 'LAD')).toHaveLength(361);
    expect(areas.filter((a) => a.level === 'CA').map((a) => a.name)).toContain('Liverpool City Region');
    expect(findLocalArea('E47000004')?.councils.map((c) => c.name)).toEqual([
      'Halton',
      'Knowsley',
      'Liverpool',
      'St. Helens',
      'Sefton',
      'Wirral',
    ]);
    expect(findLocalArea('E47000007')?.councils).toHaveLength(7);
    expect(areas.find((a) => a.code === 'E47000006')?.sectors).toEqual([]); // Tees Valley: GVA only, no jobs
  });
});
