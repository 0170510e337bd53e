/**
 * Small helpers for writing SVG as text: escaping, number rounding, and an estimate of text width
 * (there is no DOM to measure with in models/, and the same SVG must come out in the app and the CLI).
 */

/** The font stack every report chart and diagram uses: present on every system, no web fonts. */
export const FONT_FAMILY = 'Arial, Helvetica, sans-serif';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Coordinates to two decimals: smaller files, and the same text on every machine. */
export const r2 = (x: number): string => String(Math.round(x * 100) / 100);

/** Width of `text` in Arial at `size` px, from average glyph widths (a bound for layout, not exact). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) {
    if (/[il.,:;'|!]/.test(c)) em += 0.28;
    else if (/[mwMW@%]/.test(c)) em += 0.85;
    else if (/[A-Z£]/.test(c)) em += 0.66;
    else if (c === ' ') em += 0.28;
    else em += 0.55;
  }
  return em * size;
}

/** Text cut to fit `width` px, with an ellipsis when cut. */
export function fitText(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, size) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** Words wrapped into lines of at most `width` px (a long word stays whole on its own line). */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'bold' | 'normal';
  fill?: string;
  baseline?: 'middle' | 'auto' | 'hanging';
}

/** A <text> element with presentation attributes only (no CSS: it must render outside the app). */
export function svgText(x: number, y: number, text: string, o: TextOptions = {}): string {
  const attrs = [
    `x="${r2(x)}"`,
    `y="${r2(y)}"`,
    `font-family="${FONT_FAMILY}"`,
    `font-size="${o.size ?? 12}"`,
    `fill="${o.fill ?? '#1f2933'}"`,
  ];
  if (o.anchor && o.anchor !== 'start') attrs.push(`text-anchor="${o.anchor}"`);
  if (o.weight === 'bold') attrs.push('font-weight="bold"');
  if (o.baseline && o.baseline !== 'auto') attrs.push(`dominant-baseline="${o.baseline}"`);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** The SVG document around `body`, with a white background so the PNG is not transparent. */
export function svgDocument(width: number, height: number, body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}
