/**
 * The `source` text every library figure carries into a scenario file: publisher, release, table,
 * price basis and data year, so a reader of the file can trace each number without the app.
 */
import type { LibraryArea, LibrarySectorDef, LibrarySectorRecord, LibraryVintage } from './types.ts';

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

export function gvaSource(v: LibraryVintage, area: LibraryArea, def: LibrarySectorDef): string {
  const [g0, g1] = v.gvaGrowthWindow;
  const basis =
    area.gvaMethod === 'itl2-cvm'
      ? `table 2b (ITL2 chained volume measures, ${v.priceBaseYear} prices)`
      : `sum of the ITL2 areas' table 2b chained volume measures (${v.priceBaseYear} prices; ITL1 has no CVM table in this release and the sum is exact only in ${v.priceBaseYear})`;
  return `GVA: ${v.gvaRelease}, ${basis}, SIC07 ${def.gvaCode}, data year ${v.dataYear}, £m; growth = compound annual real growth ${g0}-${g1} of the same series.`;
}

export function jobsSource(v: LibraryVintage, def: LibrarySectorDef): string {
  const [j0, j1] = v.jobsGrowthWindow;
  return `Jobs: ${v.employmentRelease}, SIC07 ${def.gvaCode}, data year ${v.dataYear}; growth = compound annual growth ${j0}-${j1} of BRES employment.`;
}

export function flagNote(rec: LibrarySectorRecord): string {
  const notes: string[] = [];
  if (rec.flags?.includes('volatile-gva-growth')) notes.push(`GVA growth ${pct(rec.gvaGrowth)} a year is volatile`);
  if (rec.flags?.includes('volatile-jobs-growth'))
    notes.push(`jobs growth ${pct(rec.jobsGrowth)} a year is volatile (BRES rounding)`);
  if (rec.flags?.includes('small-sector')) notes.push('small sector');
  return notes.length === 0 ? '' : ` Caution: ${notes.join('; ')}; consider the ITL1 or national rate.`;
}

export function sectorSource(
  v: LibraryVintage,
  area: LibraryArea,
  def: LibrarySectorDef,
  rec: LibrarySectorRecord,
): string {
  return `${area.name} (${area.code}, ${area.level}). ${gvaSource(v, area, def)} ${jobsSource(v, def)}${flagNote(rec)} ${v.licence}.`;
}
