/**
 * How a trace writes a value: traces mix £m, counts of firms, shares and coefficients of 0.03, so a
 * fixed number of decimals would show 0.0 for a coefficient or 11,098.0000 for a baseline. Values keep
 * about four significant figures, with thousands separators and a true minus sign (models/format).
 */
import { formatNumber } from '../format/index.ts';

export function formatTraceValue(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '–';
  if (x === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const digits = Math.min(8, Math.max(0, 3 - magnitude));
  const text = formatNumber(x, digits);
  // Trailing zeros after the point say nothing here ("0.0500" -> "0.05").
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A contribution with its sign: "+1.25", "−0.3", "0". */
export function formatContribution(x: number | null): string {
  if (x === null) return 'not split';
  const text = formatTraceValue(x);
  return x > 0 && text !== '0' ? `+${text}` : text;
}

/** Additionality factors that are shares of an effect (the multiplier is a ratio, not a share). */
const SHARE_FACTORS = new Set(['deadweight', 'leakage', 'displacement', 'substitution']);

/**
 * An entry's value or reference value as people read it: a switch is on or off, a share such as
 * deadweight is a percentage ("25%", as in Assumptions), anything else a number (its unit follows).
 */
export function formatEntryValue(entry: { kind: string; id: string }, x: number): string {
  if (entry.kind === 'switch') return x ? 'on' : 'off';
  if (entry.kind === 'additionality' && SHARE_FACTORS.has(entry.id.slice(entry.id.lastIndexOf('.') + 1)))
    return `${formatTraceValue(x * 100)}%`;
  return formatTraceValue(x);
}
