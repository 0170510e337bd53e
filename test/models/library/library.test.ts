import { describe, expect, it } from 'vitest';
import {
  findArea,
  listAreas,
  LIBRARY_VINTAGE,
  sectorBaselines,
  MANUFACTURING_SUBSECTORS,
  IO_TABLES,
  ioSectorRatio,
} from '../../../models/library/index.ts';
import { gvaLookup, jobsLookup } from './rawCsv.ts';

const cvm = gvaLookup('regional-gva-itl2-cvm.csv');
const cur1 = gvaLookup('regional-gva-itl1-current.csv');
const cur2 = gvaLookup('regional-gva-itl2-current.csv');
const jobs = jobsLookup();
const rec = (code: string, id: string) => {
  const r = findArea(code)?.sectors.find((s) => s.id === id);
  if (!r) throw new Error(`${code} ${id} missing`);
  return r;
};
const cagr = (a: number, b: number, n: number) => Math.pow(b / a, 1 / n) - 1;

describe('baseline library coverage', () => {
  it('has the combined-authority ITL2 areas and every English region', () => {
    const codes = listAreas().map((a) => a.code);
    for (const c of [
      'TLD3',
      'TLE4',
      'TLE3',
      'TLG3',
      'TLD7',
      'TLC',
      'TLD',
      'TLE',
      'TLF',
      'TLG',
      'TLH',
      'TLI',
      'TLJ',
      'TLK',
    ])
      expect(codes).toContain(c);
    expect(listAreas().filter((a) => a.level === 'ITL1')).toHaveLength(11);
    expect(listAreas().filter((a) => a.level === 'ITL2')).toHaveLength(40);
    expect(findArea('tld3')?.name).toBe('Greater Manchester');
  });

  it('states its vintage: data year 2021, 2019 prices, one pre-pandemic growth window for GVA and jobs', () => {
    expect(LIBRARY_VINTAGE).toMatchObject({
      dataYear: 2021,
      priceBaseYear: 2019,
      gvaGrowthWindow: [2015, 2019],
      jobsGrowthWindow: [2015, 2019],
    });
    expect(listAreas()[0]?.vintage).toContain('2021');
  });

  it('leaves Northern Ireland out with the reason (no BRES), rather than inventing jobs', () => {
    const r = sectorBaselines('TLN0');
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.message).toMatch(/Great Britain only/);
  });
});

describe('figures match the raw ONS files (independent parser)', () => {
  it.each([
    ['TLD3', 'ck', 'CK (28)'],
    ['TLD3', 'total', 'Total'],
    ['TLG3', 'c', 'C (10-33)'],
    ['TLE4', 'cd_cf', 'CD-CF (19-21)'],
    ['TLD7', 's33', '33'],
    ['TLE3', 'cl', 'CL (29-30)'],
  ])('%s %s: CVM 2021 level, 2015-2019 growth, current prices, BRES 2021 jobs', (code, id, industry) => {
    const r = rec(code, id);
    expect(r.gva).toBe(cvm(code, industry, 2021));
    expect(r.gvaCurrent).toBe(cur2(code, industry, 2021));
    expect(r.gvaGrowth).toBeCloseTo(cagr(cvm(code, industry, 2015), cvm(code, industry, 2019), 4), 6);
    expect(r.jobs).toBe(jobs(code, industry, 2021));
    expect(r.jobsTrend[1]).toBe(jobs(code, industry, 2019)); // the BRES long file agrees with the tidy file
  });

  it('Greater Manchester machinery: £677m (2019 prices), 4,500 jobs in 2021', () => {
    expect(rec('TLD3', 'ck')).toMatchObject({ gva: 677, jobs: 4500 });
  });

  it('ITL1 CVM (sum of ITL2) equals table 1c current prices in the 2019 reference year, to rounding', () => {
    for (const a of listAreas().filter((x) => x.level === 'ITL1')) {
      for (const id of ['total', 'c', 'ck']) {
        const industry = { total: 'Total', c: 'C (10-33)', ck: 'CK (28)' }[id] as string;
        expect(Math.abs(rec(a.code, id).gvaTrend[1] - cur1(a.code, industry, 2019))).toBeLessThanOrEqual(3);
      }
      expect(rec(a.code, 'total').gvaCurrent).toBe(cur1(a.code, 'Total', 2021));
    }
  });

  it('ITL1 CD-CF current prices are CD-CE (19-20) plus CF (21)', () => {
    expect(rec('TLD', 'cd_cf').gvaCurrent).toBe(cur1('TLD', 'CD-CE (19-20)', 2021) + cur1('TLD', 'CF (21)', 2021));
  });
});

describe('GB check figures from the data README', () => {
  const itl1 = listAreas().filter((a) => a.level === 'ITL1');
  const sum = (id: string, f: (r: ReturnType<typeof rec>) => number) =>
    itl1.reduce((s, a) => s + f(rec(a.code, id)), 0);
  it('manufacturing employment 2,416,905 (2019) and 2,324,795 (2021)', () => {
    expect(sum('c', (r) => r.jobsTrend[1])).toBe(2416905);
    expect(sum('c', (r) => r.jobs)).toBe(2324795);
  });
  it('machinery and equipment CK (28) 175,900 (2019) and 159,500 (2021)', () => {
    expect(sum('ck', (r) => r.jobsTrend[1])).toBe(175900);
    expect(sum('ck', (r) => r.jobs)).toBe(159500);
  });
});

describe('sanity: total >= manufacturing >= its sub-sectors', () => {
  it('holds for every area, for GVA (both price bases) and jobs', () => {
    for (const a of listAreas().filter((x) => x.level === 'ITL1' || x.level === 'ITL2')) {
      const t = rec(a.code, 'total');
      const c = rec(a.code, 'c');
      expect(t.gva).toBeGreaterThanOrEqual(c.gva);
      expect(t.jobs).toBeGreaterThanOrEqual(c.jobs);
      const subs = MANUFACTURING_SUBSECTORS.map((id) => rec(a.code, id));
      for (const s of subs) {
        expect(c.gva).toBeGreaterThanOrEqual(s.gva);
        expect(c.jobs).toBeGreaterThanOrEqual(s.jobs);
      }
      // Current prices and BRES counts add up exactly; allow £1m rounding per published cell.
      expect(c.gvaCurrent + subs.length).toBeGreaterThanOrEqual(subs.reduce((x, s) => x + s.gvaCurrent, 0));
      expect(c.jobs).toBeGreaterThanOrEqual(subs.reduce((x, s) => x + s.jobs, 0));
    }
  });
});

describe('sectorBaselines', () => {
  it('returns domain SectorBaselines citing publisher, release, table and data year', () => {
    const r = sectorBaselines('TLD3', ['ck']);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value[0]).toMatchObject({ id: 'ck', sic: '28', dataYear: 2021, gva: 677, jobs: 4500 });
    expect(r.value[0]?.source).toMatch(
      /ONS, Regional gross value added \(balanced\).*25 April 2023.*table 2b.*2019 prices.*data year 2021/,
    );
    expect(r.value[0]?.source).toMatch(/BRES.*NM_189_1.*data year 2021/);
  });

  it('ITL1 sources say the CVM is a sum of ITL2 areas', () => {
    const r = sectorBaselines('TLG', ['c']);
    expect(r.ok && r.value[0]?.source).toMatch(/sum of the ITL2 areas/);
  });

  it('derives c_other and non_c so that the sectors add up to the whole economy', () => {
    const r = sectorBaselines('TLG3', ['ck', 'cl', 'c_other', 'non_c']);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const total = rec('TLG3', 'total');
    expect(r.value.reduce((s, x) => s + x.gva, 0)).toBe(total.gva);
    expect(r.value.reduce((s, x) => s + x.jobs, 0)).toBe(total.jobs);
    expect(r.value[2]?.name).toBe('Rest of manufacturing (C less ck, cl)');
  });

  it('flags volatile growth as a warning and refuses unknown sectors and areas', () => {
    const r = sectorBaselines('TLD3', ['cj']);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['library.flagged-figure']);
    expect(sectorBaselines('TLD3', ['zz']).diagnostics[0]?.code).toBe('library.unknown-sector');
    expect(sectorBaselines('XX9').diagnostics[0]?.code).toBe('library.unknown-area');
  });
});

describe('input-output extract', () => {
  it('C28 Type I output multiplier is 1.6246 (data README), C29 1.7768, C21 1.5810', () => {
    const m = (code: string) => IO_TABLES.industries.find((i) => i.code === code);
    expect(m('C28')?.outputMultiplier).toBe(1.6246);
    expect(m('C29')?.outputMultiplier).toBe(1.7768);
    expect(m('C21')?.outputMultiplier).toBe(1.581);
    expect(m('C28')?.cells.outputMultiplier).toBe('Multipliers!J47');
  });
  it('gives GVA-to-output ratios for the template sectors and says national multipliers overstate local effects', () => {
    expect(ioSectorRatio('ck')?.gvaToOutput).toBeCloseTo(15856 / 44593, 4);
    for (const id of ['c', 'cd_cf', 'ci', 'cj', 'ck', 'cl', 's33'])
      expect(ioSectorRatio(id)?.gvaToOutput).toBeGreaterThan(0);
    expect(IO_TABLES.caution).toMatch(/national.*local multipliers are lower/s);
  });
});
