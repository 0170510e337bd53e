/**
 * A small RFC 4180 CSV reader for the ONS extracts: quoted fields may hold commas ("12,219") and
 * doubled quotes. Pure, so the library can be rebuilt and checked in tests without touching disk.
 */

/** Rows of cells; a trailing newline does not make an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/**
 * A published number, or null for a blank or a suppression/unavailability marker (ONS uses "..", "x",
 * "[c]", "[x]", "-", "*" and similar). Thousands separators are removed. Null is never turned into 0:
 * the caller decides, and the library leaves such a sector out with a note.
 */
export function parseNumber(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const s = cell.trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return null;
  return Number(s);
}
