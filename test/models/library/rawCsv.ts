// An independent, deliberately different CSV reader for cross-checking the library against the raw
// ONS files (the vendored slices in test/fixtures/ons): a regex tokeniser rather than the library's
// character state machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ONS_FIXTURES } from '../../helpers/onsFixtures.ts';

export const ONS_DIR = ONS_FIXTURES;

export function rawRows(file: string): string[][] {
  return readFileSync(resolve(ONS_DIR, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((line) =>
      [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => (m[1] ?? '').replace(/^"|"$/g, '')),
    );
}

/** The wide GVA table as a lookup: value(area, industry, year) in £m, thousands separators removed. */
export function gvaLookup(file: string): (area: string, industry: string, year: number) => number {
  const [header, ...rows] = rawRows(file);
  return (area, industry, year) => {
    const row = rows.find((r) => r[0] === area && r[2] === industry);
    const col = (header ?? []).indexOf(String(year));
    if (!row || col < 0) throw new Error(`no cell ${area} ${industry} ${year}`);
    return Number((row[col] ?? '').replace(/,/g, ''));
  };
}

/** BRES employment from the tidy jobs file. */
export function jobsLookup(): (area: string, sic: string, year: number) => number {
  const [header, ...rows] = rawRows('jobs/jobs_by_region_industry_core.csv');
  const h = (name: string) => (header ?? []).indexOf(name);
  return (area, sic, year) => {
    const row = rows.find(
      (r) =>
        r[h('geography_code')] === area &&
        r[h('sic_code')] === sic &&
        r[h('year')] === String(year) &&
        r[h('measure')] === 'employment',
    );
    if (!row) throw new Error(`no jobs ${area} ${sic} ${year}`);
    return Number(row[h('value')]);
  };
}
