/**
 * The units a reported figure can have (docs/method.md section 1): each knows how to write a number for
 * people (through models/format, so the app and the CLI agree), what to put after a heading, and
 * whether its money is in base-year prices, so that every header can state the price base.
 */
import { formatGbp, formatGbpMillions, formatNumber, formatPercent } from '../format/index.ts';

export type UnitId =
  | 'gbpMillions'
  | 'gbp'
  | 'gbpPerJob'
  | 'gbpPerJobYear'
  | 'jobs'
  | 'jobYears'
  | 'ratio'
  | 'percent'
  | 'factor'
  | 'value'
  | 'year'
  | 'text';

export interface Unit {
  /** What follows a heading in brackets: "£m", "£ per job"; '' for a year or a piece of text. */
  symbol: string;
  /** Money in real prices of the file's price base year: headers say "2019 prices". */
  priced: boolean;
  /**
   * Shown in brackets after on-screen headings too: a column of "£12.3m" beside columns of whole
   * pounds needs it; jobs, ratios and pounds read clearly from the label and the figures.
   */
  onScreen: boolean;
  /** The figure as people read it, to `digits` decimals; '–' when there is none. */
  format(x: number | null, digits: number): string;
}

const plain = (x: number | null, digits: number) => formatNumber(x, digits);

/** Up to `digits` decimals without trailing zeros, thousands separated: 0.03 -> "0.03", 15000 -> "15,000". */
function formatValue(x: number | null, digits: number): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const text = formatNumber(x, digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

export const UNITS: Record<UnitId, Unit> = {
  gbpMillions: { symbol: '£m', priced: true, onScreen: true, format: (x, d) => formatGbpMillions(x, d) },
  gbp: { symbol: '£', priced: true, onScreen: false, format: (x, d) => formatGbp(x, d) },
  gbpPerJob: { symbol: '£ per job', priced: true, onScreen: false, format: (x, d) => formatGbp(x, d) },
  gbpPerJobYear: { symbol: '£ per job-year', priced: true, onScreen: false, format: (x, d) => formatGbp(x, d) },
  jobs: { symbol: 'jobs', priced: false, onScreen: false, format: plain },
  // A job held for one year; the heading says "job-years", so figures need no unit on screen.
  jobYears: { symbol: 'job-years', priced: false, onScreen: false, format: plain },
  ratio: { symbol: 'ratio', priced: false, onScreen: false, format: plain },
  // A fraction (0.035) written as a percentage ("3.5%"): growth rates, additionality factors.
  percent: { symbol: '%', priced: false, onScreen: false, format: (x, d) => formatPercent(x, d) },
  // A plain multiplier such as a discount factor: no unit after the heading.
  factor: { symbol: '', priced: false, onScreen: false, format: plain },
  // A parameter's value in its own unit (named in another column): up to `digits` decimals, no padding.
  value: { symbol: '', priced: false, onScreen: false, format: (x, d) => formatValue(x, d) },
  // Years are labels, not quantities: no thousands separator ("2030", not "2,030").
  year: { symbol: '', priced: false, onScreen: false, format: (x) => (x === null ? '–' : String(x)) },
  text: { symbol: '', priced: false, onScreen: false, format: (x) => (x === null ? '–' : String(x)) },
};

/** "£m, 2019 prices", "jobs", or '' for units that need nothing after the heading. */
export function unitNote(unit: UnitId, priceBase: number): string {
  const { symbol, priced } = UNITS[unit];
  if (!symbol) return '';
  return priced ? `${symbol}, ${priceBase} prices` : symbol;
}
