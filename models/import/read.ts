/**
 * Reading a user's download: its layout is detected from its headers, and anything that is not a
 * layout Causeway knows is refused with a sentence that names the headers found.
 */
import { isNomisQuery, isNomisTidy, readNomisQuery, readNomisTidy } from './nomis.ts';
import { findOnsGvaHeader, measureOf, readOnsGva, releaseOf } from './onsGva.ts';
import { readTables, type RawTable } from './tables.ts';
import type { ImportedTable, Refusal } from './types.ts';

export interface ReadDownload {
  tables: ImportedTable[];
  refusals: Refusal[];
  /** Sheets passed over (contents, notes, index tables), for the summary. */
  skipped: string[];
}

const KNOWN =
  'Causeway reads Nomis BRES downloads (the API CSV with GEOGRAPHY_CODE, INDUSTRY_NAME and OBS_VALUE columns, or a query-builder download) and ONS regional GVA (balanced) tables (an "ITL region code" or "LA code" column, "SIC07 code" and one column per year)';

/** The headers a person would call the file's headers: the first row with two or more cells. */
function headersFound(rows: string[][]): string {
  const row = rows.find((r) => r.filter((c) => c !== '').length >= 2) ?? rows.find((r) => r.some((c) => c !== ''));
  if (!row) return 'none (the file is empty)';
  const cells = row.filter((c) => c !== '');
  return (
    cells
      .slice(0, 8)
      .map((c) => `"${c}"`)
      .join(', ') + (cells.length > 8 ? `, and ${cells.length - 8} more` : '')
  );
}

type Outcome = { table: ImportedTable } | { refusal: string } | { skip: string };

function readOne(t: RawTable, fileName: string, workbookText: string[]): Outcome {
  const tidy = t.rows.findIndex((r) => isNomisTidy(r));
  if (tidy >= 0) return { table: readNomisTidy(t, tidy) };
  if (isNomisQuery(t.rows)) {
    const table = readNomisQuery(t);
    return table.observations.length > 0
      ? { table }
      : {
          refusal: `${t.name}: a Nomis query-builder download, but no table in it has BRES employment counts by industry and area that Causeway could read (headers found: ${headersFound(t.rows.filter((r) => r.filter((c) => c !== '').length >= 2))}).`,
        };
  }
  const header = findOnsGvaHeader(t.rows);
  if (header >= 0) {
    const titles = t.rows.slice(0, header).map((r) => r.filter((c) => c !== '').join(' '));
    const found = measureOf([...titles, t.sheet ?? '', fileName]);
    if (found === 'index') return { skip: `${t.name} (an index or deflator table, not £m)` };
    if (!found)
      return {
        refusal: `${t.name}: an ONS regional GVA table, but its title, sheet name and file name do not say whether it is current prices or chained volume measures; import the workbook itself, or a CSV saved with its title row, or name the file with "cvm" or "current".`,
      };
    return { table: readOnsGva(t, header, found, releaseOf(workbookText)) };
  }
  return {
    refusal: `${t.name}: not a layout Causeway reads. ${KNOWN}. The headers found were ${headersFound(t.rows)}.`,
  };
}

/** Every table Causeway can read in a downloaded file, and sentences for what it cannot. */
export function readDownload(bytes: Uint8Array, fileName: string): ReadDownload {
  let raw: RawTable[];
  try {
    raw = readTables(bytes, fileName);
  } catch (e) {
    return { tables: [], refusals: [{ name: fileName, message: (e as Error).message }], skipped: [] };
  }
  const text = raw.flatMap((t) => t.rows.slice(0, 30).map((r) => r.join(' ')));
  const tables: ImportedTable[] = [];
  const refusals: Refusal[] = [];
  const skipped: string[] = [];
  for (const t of raw) {
    const out = readOne(t, fileName, text);
    if ('table' in out) tables.push(out.table);
    else if ('skip' in out) skipped.push(out.skip);
    else if (raw.length === 1) refusals.push({ name: t.name, message: out.refusal });
    else skipped.push(t.name);
  }
  if (raw.length > 1 && tables.length === 0)
    refusals.push({
      name: fileName,
      message: `${fileName}: no sheet of this workbook is a layout Causeway reads. ${KNOWN}. Sheets: ${raw.map((t) => `"${t.sheet}" (headers ${headersFound(t.rows)})`).join('; ')}.`,
    });
  return { tables, refusals, skipped: tables.length > 0 ? skipped : [] };
}
