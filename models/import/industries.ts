/**
 * Industries as sets of SIC 2007 divisions, so that a label from any download can be matched with a
 * sector: "C (10-33)" and "CK (28)" (ONS regional GVA), "C : Manufacturing" and "28 : Manufacture of
 * machinery and equipment n.e.c." (Nomis), "3 : Manufacturing (C)" (Nomis broad industry groups),
 * "Total" and "All industries". A set is written in one canonical form, e.g. "10-33" or "19-21,26".
 */

/** SIC 2007 sections and their divisions. */
const SECTIONS: Record<string, [number, number]> = {
  A: [1, 3],
  B: [5, 9],
  C: [10, 33],
  D: [35, 35],
  E: [36, 39],
  F: [41, 43],
  G: [45, 47],
  H: [49, 53],
  I: [55, 56],
  J: [58, 63],
  K: [64, 66],
  L: [68, 68],
  M: [69, 75],
  N: [77, 82],
  O: [84, 84],
  P: [85, 85],
  Q: [86, 88],
  R: [90, 93],
  S: [94, 96],
  T: [97, 98],
  U: [99, 99],
};

/** Divisions that exist in SIC 2007 (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89 and 04 are not used). */
const DIVISIONS = new Set(
  Object.values(SECTIONS).flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => lo + k)),
);

/** Canonical text of a set of divisions: sorted runs of consecutive existing divisions, e.g. "10-33". */
export function canonical(divisions: Iterable<number>): string {
  const sorted = [...new Set(divisions)].filter((d) => DIVISIONS.has(d)).sort((a, b) => a - b);
  const runs: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  const next = (d: number) => {
    for (let k = d + 1; k <= 99; k++) if (DIVISIONS.has(k)) return k;
    return 100;
  };
  const close = () => {
    if (start === undefined || prev === undefined) return;
    runs.push(start === prev ? pad(start) : `${pad(start)}-${pad(prev)}`);
  };
  for (const d of sorted) {
    if (prev !== undefined && next(prev) === d) prev = d;
    else {
      close();
      start = d;
      prev = d;
    }
  }
  close();
  return runs.join(',');
}

const pad = (d: number) => String(d).padStart(2, '0');
const range = (lo: number, hi: number) => Array.from({ length: Math.max(0, hi - lo + 1) }, (_, k) => lo + k);

/** Divisions of a SIC text such as "10-33", "28", "1-9", "19-21, 26" or "01-09, 35-99"; undefined if not one. */
export function divisionsOfSic(sic: string): number[] | undefined {
  const parts = sic
    .split(/[,;]| and /)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    const m = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/.exec(p);
    if (m) out.push(...range(Number(m[1]), Number(m[2] ?? m[1])));
    else if (/^[A-U]$/.test(p)) out.push(...range(...SECTIONS[p]!));
    else return undefined;
  }
  return out;
}

/**
 * The divisions an industry label stands for, or undefined when the label is not an industry Causeway
 * can place (imputed rent, a percentage row, free text).
 */
export function divisionsOfLabel(label: string): number[] | undefined {
  const s = label.replace(/\s+/g, ' ').trim();
  if (/^(total|all industries|column total|all)$/i.test(s) || /^total\b/i.test(s)) return range(1, 99);
  // ONS regional GVA: "C (10-33)", "CK (28)", "AB (1-9)", "CI-CL (26-30)"; a bare "33" or "49-51".
  const ons = /^[A-U]{1,2}(?:-[A-U]{1,2})? \(([\d\s,;-]+)\)$/.exec(s);
  if (ons) return divisionsOfSic(ons[1]!);
  if (/^\d{1,2}(-\d{1,2})?$/.test(s)) return divisionsOfSic(s);
  // Nomis: "C : Manufacturing", "28 : Manufacture of ...", "3 : Manufacturing (C)" (broad groups end in sections).
  const nomis = /^([A-Z0-9]{1,5}) : (.+)$/.exec(s);
  if (nomis) {
    const [, code, text] = nomis as unknown as [string, string, string];
    const sections = /\(([A-U](?:\s*(?:,|and|-)\s*[A-U])*)\)$/.exec(text);
    if (/^\d{1,2}$/.test(code) && sections) return sectionsList(sections[1]!);
    if (/^\d{2}$/.test(code)) return [Number(code)];
    if (/^[A-U]$/.test(code)) return range(...SECTIONS[code]!);
  }
  return undefined;
}

/** "B,D and E" or "G-I" -> the divisions of those sections. */
function sectionsList(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/,|and/).map((p) => p.trim())) {
    const m = /^([A-U])(?:\s*-\s*([A-U]))?$/.exec(part);
    if (!m) continue;
    const from = m[1]!.charCodeAt(0);
    const to = (m[2] ?? m[1]!).charCodeAt(0);
    for (let c = from; c <= to; c++) out.push(...range(...SECTIONS[String.fromCharCode(c)]!));
  }
  return out;
}

/** The canonical division set of a label, or undefined. */
export function industryKey(label: string): string | undefined {
  const d = divisionsOfLabel(label);
  return d && d.length > 0 ? canonical(d) : undefined;
}
