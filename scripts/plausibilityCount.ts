/**
 * Counts how many of the library's area-sectors pass the baseline plausibility checks under each
 * projection method (docs/method.md section 14), the measurement behind the default method of new
 * files (README, "Baselines"). Two tests per area-sector:
 * - gap: implied productivity growth within 1.5 points a year of the Great Britain industry's;
 * - 1.5x: GVA per job in 2040 within 1.5 times (or 1/1.5 of) its data-year level, the test of issue 13.
 *
 * Run: npx tsx scripts/plausibilityCount.ts [--json]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LIBRARY_SECTOR_DEFS,
  LOCAL_SECTOR_DEFS,
  listAreas,
  findLocalArea,
  localSectorBaselines,
  sectorBaselines,
  sectorPlausibility,
  withProjectionMethod,
  type SectorBaseline,
} from '../models/index.ts';

const HORIZON_END = 2040;

export interface Count {
  method: 'trend' | 'national';
  level: string;
  sectors: number;
  passGap: number;
  pass15x: number;
}

function areaSectors(level: string): { code: string; sector: SectorBaseline }[] {
  const out: { code: string; sector: SectorBaseline }[] = [];
  for (const a of listAreas().filter((x) => x.level === level)) {
    if (level === 'ITL1' || level === 'ITL2') {
      for (const d of LIBRARY_SECTOR_DEFS) {
        const r = sectorBaselines(a.code, [d.id]);
        if (r.ok) out.push({ code: a.code, sector: r.value[0]! });
      }
    } else {
      const area = findLocalArea(a.code)!;
      for (const d of LOCAL_SECTOR_DEFS) {
        const r = localSectorBaselines(area, [d.id]);
        if (r.ok) out.push({ code: a.code, sector: r.value[0]! });
      }
    }
  }
  return out;
}

export function countPlausible(): Count[] {
  const counts: Count[] = [];
  for (const level of ['ITL1', 'ITL2', 'CA', 'LAD']) {
    const list = areaSectors(level);
    for (const method of ['trend', 'national'] as const) {
      let passGap = 0;
      let pass15x = 0;
      for (const { code, sector } of list) {
        const r = withProjectionMethod(code, sector, method);
        if (!r.ok) continue;
        const p = sectorPlausibility(code, r.value);
        if (!p.implausible) passGap++;
        const factor = Math.pow(1 + (p.productivityGrowth ?? 0), HORIZON_END - sector.dataYear);
        if (factor <= 1.5 && factor >= 1 / 1.5) pass15x++;
      }
      counts.push({ method, level, sectors: list.length, passGap, pass15x });
    }
  }
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const counts = countPlausible();
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(counts, null, 2) + '\n');
  else
    for (const c of counts)
      process.stdout.write(
        `${c.level.padEnd(4)} ${c.method.padEnd(8)} ${c.sectors} area-sectors: ${c.passGap} pass the 1.5-point productivity check, ${c.pass15x} stay within 1.5x GVA per job by ${HORIZON_END}\n`,
      );
}
