/**
 * How Causeway writes numbers for people (UK English): £m with thousands separators, job counts,
 * GBP per job. One definition, used by the CLI tables and the app, so a figure reads the same in both.
 */

const grouped = (digits: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const FORMATS = [0, 1, 2, 3].map(grouped);

/** A plain number with thousands separators, e.g. 12345.678 -> "12,345.7". Negative with a minus sign. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const formatter = FORMATS[digits] ?? grouped(digits);
  // Avoid "-0.0" for tiny negatives.
  const text = formatter.format(value);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Money in £ million, e.g. 1234.56 -> "£1,234.6m", -5 -> "-£5.0m". */
export function formatGbpMillions(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(Math.abs(value), digits);
  const negative = value < 0 && text !== formatNumber(0, digits);
  return `${negative ? '-' : ''}£${text}m`;
}

/** Whole pounds, e.g. productivity or cost per job: 61234.4 -> "£61,234". */
export function formatGbp(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(Math.abs(value), 0);
  return `${value < 0 && text !== '0' ? '-' : ''}£${text}`;
}

/** A count of jobs, rounded to whole jobs: 1234.6 -> "1,235". */
export function formatJobs(value: number | null | undefined): string {
  return formatNumber(value, 0);
}

/** A ratio such as a BCR: 2.345 -> "2.35". */
export function formatRatio(value: number | null | undefined): string {
  return formatNumber(value, 2);
}

/** A fraction as a percentage: 0.035 -> "3.5%". */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${formatNumber(value * 100, digits)}%`;
}
