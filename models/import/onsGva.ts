/**
 * ONS "Regional gross value added (balanced) by industry" tables, as the workbooks publish them (title
 * and note rows above the header, footnote rows below, "[x]", "..", "[c]" and "[u]" markers) or as a
 * sheet saved to CSV: the all-ITL-regions workbook (ITL1, ITL2 and ITL3 tables: "ITL region code",
 * "SIC07 code", years) and the local-authority workbooks ("LA code", "SIC07", years). Chained volume
 * measures and current prices are told apart by the table's title, sheet name or file name.
 */
import { parseNumber } from '../library/build/csv.ts';
import { industryKey } from './industries.ts';
import type { RawTable } from './tables.ts';
import type { ImportedTable, Measure, Observation } from './types.ts';

const CODE_HEADER = /^(itl( region)? code|itl[123]? code|la code|lad code|local authority code|lad\d{2}cd)$/i;
const NAME_HEADER = /^(itl( region)? name|itl[123]? name|la name|lad name|local authority name|region name)$/i;
const SIC_HEADER = /^sic ?07( code)?$/i;
/** A year column: "2021", or "20213" / "2021 [note 3]" with a footnote marker after the year. */
const yearOf = (h: string): number | undefined => {
  const m = /^((?:19|20)\d{2})(?:\s*\[[^\]]*\]|\d{1,2}|\s*\(.*\))?$/.exec(h.trim());
  return m ? Number(m[1]) : undefined;
};

/** The row index of an ONS GVA table header, or -1. */
export function findOnsGvaHeader(rows: string[][]): number {
  return rows.findIndex(
    (r) =>
      r.some((c) => CODE_HEADER.test(c)) && r.some((c) => SIC_HEADER.test(c)) && r.some((c) => yearOf(c) !== undefined),
  );
}

/** What the table measures, from its title rows, sheet name or file name; undefined when they do not say. */
export function measureOf(texts: string[]): { measure: Measure; priceYear?: number } | 'index' | undefined {
  const all = texts.join(' | ');
  if (/\bind(ex|ices)\b|deflator/i.test(all) && !/chained volume measures in/i.test(all)) return 'index';
  if (/chained volume|\bcvm\b/i.test(all)) {
    const y =
      /(?:in|at)\s+((?:19|20)\d{2})\s+(?:money|prices)/i.exec(all) ?? /((?:19|20)\d{2})\s+(?:money|prices)/i.exec(all);
    return { measure: 'gva-cvm', ...(y ? { priceYear: Number(y[1]) } : {}) };
  }
  if (/current (basic )?prices?|\bcurrent\b/i.test(all)) return { measure: 'gva-current' };
  return undefined;
}

/** A release date stated anywhere in a workbook's text ("Release date: 25 April 2023"), if any. */
export function releaseOf(texts: string[]): string | undefined {
  for (const t of texts) {
    const m = /(?:release date|released|published|date of release)\s*:?\s*(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})/i.exec(t);
    if (m) return m[1];
  }
  return undefined;
}

export function readOnsGva(
  table: RawTable,
  headerRow: number,
  found: { measure: Measure; priceYear?: number },
  release: string | undefined,
): ImportedTable {
  const header = table.rows[headerRow]!;
  const iCode = header.findIndex((c) => CODE_HEADER.test(c));
  const iName = header.findIndex((c) => NAME_HEADER.test(c));
  const iSic = header.findIndex((c) => SIC_HEADER.test(c));
  const years = header.map((h, k) => [k, yearOf(h)] as const).filter(([, y]) => y !== undefined) as [number, number][];
  const la = /^(la|lad|local)/i.test(header[iCode] ?? '');
  const title = table.rows
    .slice(0, headerRow)
    .map((r) => r.filter((c) => c !== '').join(' '))
    .find((t) => /table|gross value added|gva/i.test(t));
  const observations: Observation[] = [];
  let footnotes = 0;
  let unplaced = 0;
  const markers = new Map<string, number>();
  for (const r of table.rows.slice(headerRow + 1)) {
    const code = r[iCode] ?? '';
    const label = r[iSic] ?? '';
    if (!/^[A-Z]{1,3}[A-Z0-9]{1,8}$/.test(code) || label === '') {
      if (r.some((c) => c !== '')) footnotes++;
      continue;
    }
    const industry = industryKey(label);
    if (!industry) {
      unplaced++;
      continue;
    }
    for (const [k, year] of years) {
      const cell = r[k] ?? '';
      const value = parseNumber(cell);
      if (value === null) markers.set(cell || 'blank', (markers.get(cell || 'blank') ?? 0) + 1);
      observations.push({
        areaCode: code,
        areaName: (iName >= 0 ? r[iName] : undefined) || code,
        industry,
        industryLabel: label,
        year,
        value,
        ...(value === null ? { marker: cell || 'blank' } : {}),
      });
    }
  }
  const notes: string[] = [];
  if (markers.size > 0)
    notes.push(
      `Cells without a figure (kept as missing, never as zero): ${[...markers].map(([m, n]) => `${n} "${m}"`).join(', ')}.`,
    );
  if (footnotes > 0) notes.push(`${footnotes} note or footnote ${footnotes === 1 ? 'row' : 'rows'} skipped.`);
  if (unplaced > 0)
    notes.push(
      `${unplaced} ${unplaced === 1 ? 'row' : 'rows'} of industries Causeway cannot place (e.g. imputed rent) skipped.`,
    );
  const what =
    found.measure === 'gva-cvm'
      ? `chained volume measures${found.priceYear ? ` in ${found.priceYear} money` : ''}`
      : 'current prices';
  return {
    name: table.name,
    layout: la ? 'ons-gva-la' : 'ons-gva-itl',
    measure: found.measure,
    ...(found.priceYear ? { priceYear: found.priceYear } : {}),
    publisher: la
      ? 'ONS, Regional gross value added (balanced) by industry: local authorities by ITL1 region'
      : 'ONS, Regional gross value added (balanced) by industry: all ITL regions',
    release: release ? `release of ${release}` : 'release date not stated in the file',
    table: title ?? `${table.sheet ?? table.name} (${what}, £m)`,
    observations,
    notes,
  };
}
