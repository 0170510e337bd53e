/**
 * Pure extraction of Type I multipliers and GVA-to-output ratios from the ONS input-output analytical
 * tables (iot2023industry.xlsx). The workbook is a zip of XML; the build script unzips it and hands
 * the XML texts here, so this module needs no Node API and no spreadsheet library.
 */
import { IO_INDUSTRIES_BY_SECTOR, IO_INDUSTRIES_KEPT } from '../sectors.ts';
import type { IoExtract, IoIndustry, IoSectorRatio, LibrarySectorId } from '../types.ts';

export interface IoSheets {
  sharedStrings: string;
  /** sheet XML of "Multipliers" */
  multipliers: string;
  /** sheet XML of "IOT" */
  iot: string;
}

type Cells = Map<string, string>; // "J47" -> text

const decode = (s: string): string =>
  s
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const textOf = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1] ?? '')).join('');

export function readSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1] ?? ''));
}

export function readSheetCells(xml: string, shared: string[]): Cells {
  const cells: Cells = new Map();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, body] = m;
    if (!ref || !body) continue;
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    if (/\bt="s"/.test(attrs ?? '')) cells.set(ref, (shared[Number(v)] ?? '').trim());
    else if (/\bt="inlineStr"/.test(attrs ?? '')) cells.set(ref, textOf(body).trim());
    else if (v !== undefined) cells.set(ref, decode(v));
  }
  return cells;
}

const rowOf = (ref: string): number => Number(/\d+/.exec(ref)?.[0]);
const colOf = (ref: string): string => /[A-Z]+/.exec(ref)?.[0] ?? '';

function expectLabel(cells: Cells, ref: string, label: string, sheet: string): void {
  const got = cells.get(ref);
  if (got !== label)
    throw new Error(`${sheet}!${ref} should read "${label}" but reads "${got}": the workbook layout has changed.`);
}

function num(cells: Cells, ref: string, sheet: string): number {
  const v = Number(cells.get(ref));
  if (!Number.isFinite(v)) throw new Error(`${sheet}!${ref} is not a number`);
  return v;
}

const round = (x: number, dp: number): number => Math.round(x * 10 ** dp) / 10 ** dp;

export function extractIo(sheets: IoSheets): IoExtract {
  const shared = readSharedStrings(sheets.sharedStrings);
  const mult = readSheetCells(sheets.multipliers, shared);
  const iot = readSheetCells(sheets.iot, shared);
  // The layout checks make the build fail loudly if ONS moves a column, rather than read the wrong one.
  expectLabel(mult, 'I6', 'Gross value added', 'Multipliers');
  expectLabel(mult, 'J6', 'Output', 'Multipliers');
  const multRow = new Map<string, number>();
  for (const [ref, v] of mult) if (colOf(ref) === 'A' && rowOf(ref) > 7) multRow.set(v, rowOf(ref));

  let gvaRow = 0;
  let outRow = 0;
  const iotCol = new Map<string, string>();
  for (const [ref, v] of iot) {
    if (colOf(ref) === 'A' && v === 'GVA') gvaRow = rowOf(ref);
    if (colOf(ref) === 'A' && v === 'P1') outRow = rowOf(ref);
    if (rowOf(ref) === 4 && colOf(ref) !== 'B') iotCol.set(v, colOf(ref));
  }
  expectLabel(iot, `B${gvaRow}`, 'Gross value added', 'IOT');
  expectLabel(iot, `B${outRow}`, 'Total output at basic prices', 'IOT');
  const gvaOut = (code: string) => {
    const col = iotCol.get(code);
    if (!col) throw new Error(`IOT sheet has no column for ${code}`);
    return { gva: num(iot, `${col}${gvaRow}`, 'IOT'), output: num(iot, `${col}${outRow}`, 'IOT'), col };
  };

  const industries: IoIndustry[] = IO_INDUSTRIES_KEPT.map((code) => {
    const r = multRow.get(code);
    if (!r) throw new Error(`Multipliers sheet has no row for ${code}`);
    const { gva, output, col } = gvaOut(code);
    return {
      code,
      name: (mult.get(`B${r}`) ?? '').replace(/\s+/g, ' ').trim(),
      outputMultiplier: round(num(mult, `J${r}`, 'Multipliers'), 4),
      gvaMultiplier: round(num(mult, `I${r}`, 'Multipliers'), 4),
      gva: round(gva, 1),
      output: round(output, 1),
      gvaToOutput: round(gva / output, 4),
      cells: {
        outputMultiplier: `Multipliers!J${r}`,
        gvaMultiplier: `Multipliers!I${r}`,
        gva: `IOT!${col}${gvaRow}`,
        output: `IOT!${col}${outRow}`,
      },
    };
  });

  const manufacturing = [...iotCol.keys()].filter((c) => /^C\d/.test(c));
  const groups: [LibrarySectorId, readonly string[]][] = [
    ['c', manufacturing],
    ...(Object.entries(IO_INDUSTRIES_BY_SECTOR) as [LibrarySectorId, readonly string[]][]),
  ];
  const sectorRatios: IoSectorRatio[] = groups.map(([sector, codes]) => {
    let gva = 0;
    let output = 0;
    for (const c of codes) {
      const v = gvaOut(c);
      gva += v.gva;
      output += v.output;
    }
    return {
      sector,
      industries: [...codes],
      gva: round(gva, 1),
      output: round(output, 1),
      gvaToOutput: round(gva / output, 4),
    };
  });

  return {
    source:
      'ONS, UK input-output analytical tables: industry by industry, 2023 edition (iot2023industry.xlsx), data year 2023. ' +
      'Type I multipliers: sheet "Multipliers" (columns I "Gross value added" and J "Output"); GVA and output at basic prices: sheet "IOT" rows "GVA" and "P1". Open Government Licence v3.0.',
    caution:
      'These are national (UK) multipliers: a local economy buys more of its inputs from outside the area, so local multipliers are lower. ' +
      'Use them as an upper bound, or use an additionality multiplier instead, never both for the same effect. Sector multipliers are not aggregated (that needs final-demand weights); GVA-to-output ratios are sums of £m divided.',
    industries,
    sectorRatios,
  };
}
