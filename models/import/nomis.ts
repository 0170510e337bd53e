/**
 * Nomis BRES downloads (ONS Business Register and Employment Survey, open access), in the two layouts
 * Nomis gives: the API's tidy CSV (one figure a row: GEOGRAPHY_CODE, INDUSTRY_NAME, OBS_VALUE, ...) and
 * the query builder's download (preamble lines such as "Date :","2021", then a table whose headers
 * are "X : label", suppressed cells "*", and one block per date or status).
 */
import { parseNumber } from '../library/build/csv.ts';
import { industryKey } from './industries.ts';
import type { RawTable } from './tables.ts';
import type { ImportedTable, Observation } from './types.ts';

const PUBLISHER = 'ONS Business Register and Employment Survey (BRES) open access, via Nomis';
const EMPLOYMENT = /^employment$/i;
const EMPLOYEES = /^employees$/i;

const upper = (row: string[]) => row.map((c) => c.trim().toUpperCase());

/** True when a header row has the API's tidy columns. */
export function isNomisTidy(header: string[]): boolean {
  const h = upper(header);
  return h.includes('GEOGRAPHY_CODE') && h.includes('INDUSTRY_NAME') && h.includes('OBS_VALUE');
}

/** Which employment status to keep: Employment (employees and working owners), else Employees. */
function statusFilter(statuses: string[]): { keep: (s: string | undefined) => boolean; note?: string } {
  if (statuses.length === 0) return { keep: () => true };
  if (statuses.some((s) => EMPLOYMENT.test(s))) return { keep: (s) => EMPLOYMENT.test(s ?? '') };
  if (statuses.some((s) => EMPLOYEES.test(s)))
    return {
      keep: (s) => EMPLOYEES.test(s ?? ''),
      note: 'The file has employees only (no "Employment" status, which adds working owners): jobs are employees.',
    };
  return { keep: () => false, note: `No "Employment" or "Employees" rows (statuses: ${statuses.join(', ')}).` };
}

export function readNomisTidy(table: RawTable, headerRow: number): ImportedTable {
  const header = upper(table.rows[headerRow]!);
  const col = (name: string) => header.indexOf(name);
  const [iCode, iGeoName, iIndustry, iValue] = ['GEOGRAPHY_CODE', 'GEOGRAPHY_NAME', 'INDUSTRY_NAME', 'OBS_VALUE'].map(
    col,
  );
  const iDate = [col('DATE_NAME'), col('DATE'), col('DATE_CODE')].find((i) => i >= 0) ?? -1;
  const iStatus = col('EMPLOYMENT_STATUS_NAME');
  const iMeasure = col('MEASURE_NAME');
  const iMeasures = col('MEASURES_NAME');
  const rows = table.rows.slice(headerRow + 1).filter((r) => r.some((c) => c !== ''));
  const statuses = iStatus >= 0 ? [...new Set(rows.map((r) => r[iStatus] ?? ''))] : [];
  const status = statusFilter(statuses);
  const notes: string[] = status.note ? [status.note] : [];
  const observations: Observation[] = [];
  let unknown = 0;
  for (const r of rows) {
    if (!status.keep(iStatus >= 0 ? r[iStatus] : undefined)) continue;
    if (iMeasure >= 0 && !/^count$/i.test(r[iMeasure] ?? '')) continue; // percentages are not counts
    if (iMeasures >= 0 && !/^value$/i.test(r[iMeasures] ?? '')) continue;
    const label = r[iIndustry!] ?? '';
    const industry = industryKey(label);
    const year = Number(/\d{4}/.exec(iDate >= 0 ? (r[iDate] ?? '') : '')?.[0]);
    if (!industry || !Number.isInteger(year)) {
      unknown++;
      continue;
    }
    const cell = r[iValue!] ?? '';
    const value = parseNumber(cell);
    observations.push({
      areaCode: r[iCode!] || undefined,
      areaName: (iGeoName! >= 0 ? r[iGeoName!] : undefined) || r[iCode!] || '',
      industry,
      industryLabel: label,
      year,
      value,
      ...(value === null ? { marker: cell || 'blank' } : {}),
    });
  }
  if (unknown > 0)
    notes.push(`${unknown} ${unknown === 1 ? 'row' : 'rows'} left out: no year, or an industry Causeway cannot place.`);
  return {
    name: table.name,
    layout: 'nomis-tidy',
    measure: 'jobs',
    publisher: PUBLISHER,
    release: 'Nomis API download (the file does not give its download date)',
    table: 'Nomis API tidy CSV',
    observations,
    notes,
  };
}

/** A preamble line such as "Date :","2021" -> ["Date", "2021"]. */
function preamble(row: string[]): [string, string] | undefined {
  const filled = row.filter((c) => c !== '');
  const m = /^(.+?)\s*:$/.exec(filled[0] ?? '');
  return m && filled.length <= 2 ? [m[1]!.trim(), filled[1] ?? ''] : undefined;
}

/** True when a file looks like a Nomis query-builder download (its preamble names Nomis or ONS). */
export function isNomisQuery(rows: string[][]): boolean {
  const head = rows.slice(0, 12).map((r) => r.join(' '));
  return head.some((l) => /nomis|crown copyright/i.test(l)) && rows.slice(0, 20).some((r) => preamble(r) !== undefined);
}

/** "E08000035 : Leeds" -> code and name; "Leeds" -> name only. */
function area(text: string, mnemonic?: string): { areaCode?: string; areaName: string } {
  const m = /^([A-Z]\d{8}|TL[A-Z0-9]{1,3}|UK[A-Z0-9]{1,3}) : (.+)$/.exec(text);
  if (m) return { areaCode: m[1], areaName: m[2]! };
  const code = mnemonic && /^[A-Z]\d{8}$|^TL[A-Z0-9]{1,3}$/.test(mnemonic) ? mnemonic : undefined;
  return { ...(code ? { areaCode: code } : {}), areaName: text };
}

export function readNomisQuery(table: RawTable): ImportedTable {
  const observations: Observation[] = [];
  const notes: string[] = [];
  const context = new Map<string, string>();
  let title = '';
  let release = 'query-builder download (the file does not give its download date)';
  let skippedBlocks = 0;
  const rows = table.rows;
  // Employment (employees and working owners) when the file has it; Employees only when it has not.
  const statuses = rows.flatMap((r) => {
    const p = preamble(r);
    return p && /^employment status$/i.test(p[0]) ? [p[1]] : [];
  });
  const wanted = statuses.some((s) => EMPLOYMENT.test(s)) ? EMPLOYMENT : EMPLOYEES;
  if (statuses.length > 0 && wanted === EMPLOYEES && statuses.some((s) => EMPLOYEES.test(s)))
    notes.push('The file has employees only (no "Employment" status, which adds working owners): jobs are employees.');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const filled = row.filter((c) => c !== '');
    if (filled.length === 0) continue;
    const pre = preamble(row);
    if (pre) {
      context.set(pre[0].toLowerCase(), pre[1]);
      continue;
    }
    if (filled.length === 1) {
      const when = /from Nomis on ([^\]]+)\]/i.exec(filled[0]!);
      if (when) release = `downloaded from Nomis on ${when[1]}`;
      else if (!title && !/^[*!#]/.test(filled[0]!)) title = filled[0]!;
      continue;
    }
    // A table header: the rows after it run until a blank row or a row of fewer cells (a footnote).
    const header = row;
    const mnemonicCol = header.findIndex((c) => /^mnemonic$/i.test(c));
    const dataCols = header.map((_, k) => k).filter((k) => k > 0 && k !== mnemonicCol && header[k] !== '');
    const colYears = dataCols.every((k) => /^\d{4}$/.test(header[k]!));
    const colIndustries = !colYears && dataCols.every((k) => industryKey(header[k]!) !== undefined);
    const status = context.get('employment status');
    const measure = context.get('measure') ?? context.get('measures');
    const skip =
      (status !== undefined && !wanted.test(status)) || (measure !== undefined && !/count|value/i.test(measure));
    let k = i + 1;
    for (; k < rows.length; k++) {
      const r = rows[k]!;
      if (r.filter((c) => c !== '').length < 2) break;
      if (skip) continue;
      const rowLabel = r[0] ?? '';
      for (const c of dataCols) {
        const cell = r[c] ?? '';
        const value = parseNumber(cell);
        const year = Number(colYears ? header[c] : /\d{4}/.exec(context.get('date') ?? '')?.[0]);
        const industryLabel = colIndustries ? header[c]! : colYears ? (context.get('industry') ?? rowLabel) : rowLabel;
        const areaText =
          colIndustries || (colYears && context.has('industry'))
            ? rowLabel
            : colYears
              ? (context.get('area') ?? context.get('geography') ?? '')
              : header[c]!;
        const industry = industryKey(industryLabel);
        if (!industry || !Number.isInteger(year)) continue;
        observations.push({
          ...area(areaText, colIndustries || colYears ? r[mnemonicCol] : undefined),
          industry,
          industryLabel,
          year,
          value,
          ...(value === null ? { marker: cell || 'blank' } : {}),
        });
      }
    }
    if (skip) skippedBlocks++;
    i = k - 1;
  }
  if (skippedBlocks > 0)
    notes.push(
      `${skippedBlocks} ${skippedBlocks === 1 ? 'block' : 'blocks'} left out: not the Employment counts (another status or measure).`,
    );
  return {
    name: table.name,
    layout: 'nomis-query',
    measure: 'jobs',
    publisher: PUBLISHER,
    release,
    table: title || 'Nomis query',
    observations,
    notes,
  };
}
