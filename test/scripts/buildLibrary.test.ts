import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLibrary, LIBRARY_PATH, readInputs, serialiseLibrary } from '../../scripts/buildLibrary.ts';
import { buildAreas } from '../../models/library/build/baselines.ts';

const inputs = readInputs();

describe('scripts/buildLibrary', () => {
  it('regenerates exactly the committed models/library/baselineLibrary.json', () => {
    expect(serialiseLibrary(buildLibrary(inputs))).toBe(readFileSync(LIBRARY_PATH, 'utf8'));
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
