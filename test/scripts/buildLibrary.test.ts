import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLibrary, LIBRARY_PATH, readInputs, serialiseLibrary } from '../../scripts/buildLibrary.ts';
import { buildAreas } from '../../models/library/build/baselines.ts';
import type { BaselineLibrary } from '../../models/library/types.ts';
import { ONS_FIXTURES } from '../helpers/onsFixtures.ts';

// The vendored slices hold three whole regions (North West, Yorkshire and The Humber, West Midlands),
// Northern Ireland and the UK row. The full rebuild from the complete downloads is not a test (a clone
// does not have them): `npm run build:library -- --check` does it where the data is present.
const inputs = readInputs(ONS_FIXTURES);
const committedText = readFileSync(LIBRARY_PATH, 'utf8');
const committed = JSON.parse(committedText) as BaselineLibrary;
const SLICED_AREAS = 'TLD TLD1 TLD3 TLD4 TLD6 TLD7 TLE TLE1 TLE2 TLE3 TLE4 TLG TLG1 TLG2 TLG3'.split(' ');

describe('scripts/buildLibrary', () => {
  it('rebuilds from the vendored slices exactly the committed records of the sliced areas', () => {
    const built = buildLibrary(inputs);
    expect(built.areas.map((a) => a.code)).toEqual(SLICED_AREAS);
    const codes = new Set(built.areas.map((a) => a.code));
    expect(built.areas).toEqual(committed.areas.filter((a) => codes.has(a.code)));
    expect(built.excludedAreas).toEqual(committed.excludedAreas.filter((a) => ['TLN', 'TLN0'].includes(a.code)));
    expect(built.excludedAreas).toHaveLength(2);
    expect(built.national).toEqual(committed.national);
    expect(built.io).toEqual(committed.io);
    expect(built.vintage).toEqual(committed.vintage);
    expect(built.sectors).toEqual(committed.sectors);
  });

  it('the committed file is exactly what the serialiser writes', () => {
    expect(serialiseLibrary(committed)).toBe(committedText);
  });

  it('keeps the committed library small (< 300 KB)', () => {
    expect(statSync(LIBRARY_PATH).size).toBeLessThan(300_000);
  });

  it('omits a sector with a note when a cell is suppressed, and never fills it in', () => {
    // Suppress Greater Manchester's CK (28) 2021 CVM value (the last column of its row).
    const gvaItl2Cvm = inputs.gvaItl2Cvm.replace(/^(TLD3,Greater Manchester,CK \(28\),.*),("?[\d,]+"?)$/m, '$1,..');
    expect(gvaItl2Cvm).not.toBe(inputs.gvaItl2Cvm);
    const { areas } = buildAreas({ ...inputs, gvaItl2Cvm });
    const gm = areas.find((a) => a.code === 'TLD3');
    expect(gm?.sectors.map((s) => s.id)).not.toContain('ck');
    expect(gm?.omitted).toEqual([{ id: 'ck', reason: expect.stringMatching(/missing or suppressed: gva/) }]);
    // The ITL1 sum needs every ITL2 member, so North West CK drops out too rather than being understated.
    expect(areas.find((a) => a.code === 'TLD')?.omitted.map((o) => o.id)).toEqual(['ck']);
  });

  it('fails loudly if the IO workbook layout moves', () => {
    const broken = {
      ...inputs,
      io: { ...inputs.io, multipliers: inputs.io.multipliers.replace('<c r="J6"', '<c r="Q6"') },
    };
    expect(() => buildLibrary(broken)).toThrow(/Multipliers!J6/);
  });
});
