/**
 * BRES keyed by 2021 districts that merged into an April 2023 unitary council (North Yorkshire,
 * E06000065, from Craven ... Selby, E07000163-E07000169): the council's figure each year is the sum
 * of its seven districts; a year where any district is missing or suppressed is missing (never a
 * partial sum); the same district and year given twice is refused with a sentence.
 *
 * The fixture is the manufacturing (SIC section C) slice of the ONS BRES extract for the seven
 * districts, 2015-2021, in the Nomis API tidy layout.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScenarioForArea, planImport, readDownload, type ScenarioDocument } from '../../../models/index.ts';

const FIXTURE = 'nomis-tidy-north-yorkshire-districts.csv';
const text = readFileSync(new URL(`../../fixtures/import/${FIXTURE}`, import.meta.url), 'utf8');
const tablesFrom = (csv: string) => readDownload(new TextEncoder().encode(csv), FIXTURE).tables;

function northYorkshire(): ScenarioDocument {
  const created = createScenarioForArea({ areaCode: 'E06000065', now: '2025-01-01T00:00:00.000Z' });
  if (!created.ok) throw new Error('expected a file');
  return created.value;
}
const manufacturing = (doc: ScenarioDocument) => doc.baseline.sectors.find((s) => s.id === 'c')!;

describe('import of BRES for 2021 districts into their 2023 council', () => {
  it('sums the seven districts each year', () => {
    const plan = planImport(northYorkshire(), tablesFrom(text));
    if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics));
    const c = manufacturing(plan.value.document);
    // By hand from the fixture (Craven, Hambleton, Harrogate, Richmondshire, Ryedale, Scarborough, Selby):
    //   2021: 3000 + 6000 + 5000 + 1000 + 6000 + 5000 + 8000 = 34,000
    //   2015: 3000 + 6000 + 5000 + 1000 + 5000 + 5000 + 7000 = 32,000
    //   2019: 3000 + 6000 + 4500 + 1250 + 5000 + 5000 + 7000 = 31,750
    //   growth 2015-2019: (31750 / 32000)^(1/4) - 1 = (0.9921875)^0.25 - 1 = -0.0019589... = -0.196% a year
    expect(c.dataYear).toBe(2021);
    expect(c.jobs).toBe(34000);
    expect(c.jobsGrowth).toBeCloseTo(-0.001959, 6);
    expect(c.source).toMatch(/the 7 2021 districts summed/);
    // What was read, in a sentence: one industry, not "1 industries".
    expect(plan.value.read[0]).toMatch(/: 1 industry for North Yorkshire\.$/);
  });

  it('leaves a year out when one district is suppressed there, never a partial sum', () => {
    // Selby 2021 suppressed: 2021 is missing, so the level year falls back to the latest earlier year
    // the library has GVA for (2015, 2019, 2021, ...): 2019, whose sum is 31,750 by hand (above), not
    // the partial 2021 sum 34,000 - 8,000 = 26,000.
    const csv = text.replace(
      '2021,2021,Selby,E07000169,C : Manufacturing,Employment,Count,Value,8000,Normal Value',
      '2021,2021,Selby,E07000169,C : Manufacturing,Employment,Count,Value,,Suppressed',
    );
    expect(csv).not.toBe(text);
    const plan = planImport(northYorkshire(), tablesFrom(csv));
    if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics));
    const c = manufacturing(plan.value.document);
    expect(c.dataYear).toBe(2019);
    expect(c.jobs).toBe(31750);
  });

  it('leaves a year out when one district has no row there', () => {
    const csv = text
      .split('\n')
      .filter((l) => !l.startsWith('2021,2021,Craven,'))
      .join('\n');
    const plan = planImport(northYorkshire(), tablesFrom(csv));
    if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics));
    expect(manufacturing(plan.value.document)).toMatchObject({ dataYear: 2019, jobs: 31750 });
  });

  it('refuses the same district and year given twice, with a sentence', () => {
    const csv = `${text}2015,2015,Craven,E07000163,C : Manufacturing,Employment,Count,Value,3100,Normal Value\n`;
    const plan = planImport(northYorkshire(), tablesFrom(csv));
    expect(plan.ok).toBe(false);
    expect(plan.diagnostics[0]?.message).toBe(
      `${FIXTURE} gives C : Manufacturing for Craven (E07000163) in 2015 twice (3,000 and 3,100); remove one of the rows and import again.`,
    );
  });
});
