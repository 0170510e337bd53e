/**
 * How Causeway writes numbers for people (UK English, docs/method.md section 1 units): £m with one
 * decimal and thousands separators, jobs as whole numbers, productivity and cost per job in whole
 * pounds. One definition for the app and the CLI, so a figure reads the same in both. A true minus
 * sign (U+2212) reads better than a hyphen in tables pasted into Word.
 */

const FORMATTERS = new Map<number, Intl.NumberFormat>();
function fixed(digits: number): Intl.NumberFormat {
  let formatter = FORMATTERS.get(digits);
  if (!formatter)
    FORMATTERS.set(
      digits,
      (formatter = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return formatter;
}

const missing = (x: number | null | undefined): x is null | undefined =>
  x === null || x === undefined || !Number.isFinite(x);

/** A minus sign only when the number shown is not zero at the digits shown ("−£0.0m" reads oddly). */
function signed(x: number, body: string, digits: number): string {
  return x < 0 && Math.round(Math.abs(x) * 10 ** digits) !== 0 ? `\u2212${body}` : body;
}

/** A number with thousands separators and fixed decimals: 12345.678 -> "12,345.7". */
export function formatNumber(x: number | null | undefined, digits = 1): string {
  if (missing(x)) return '–';
  return signed(x, fixed(digits).format(Math.abs(x)), digits);
}

/** Money in £ million: 1234.56 -> "£1,234.6m", -5 -> "−£5.0m". */
export function formatGbpMillions(x: number | null | undefined, digits = 1): string {
  if (missing(x)) return '–';
  return signed(x, `£${fixed(digits).format(Math.abs(x))}m`, digits);
}

/** Pounds, whole by default, for productivity or cost per job: 61234.4 -> "£61,234". */
export function formatGbp(x: number | null | undefined, digits = 0): string {
  if (missing(x)) return '–';
  return signed(x, `£${fixed(digits).format(Math.abs(x))}`, digits);
}

/** A count of jobs, rounded to whole jobs: 1234.6 -> "1,235". */
export function formatJobs(x: number | null | undefined): string {
  return formatNumber(x, 0);
}

/** A ratio such as a BCR: 2.345 -> "2.35". */
export function formatRatio(x: number | null | undefined): string {
  return formatNumber(x, 2);
}

/** A fraction as a percentage: 0.035 -> "3.5%". */
export function formatPercent(x: number | null | undefined, digits = 1): string {
  if (missing(x)) return '–';
  return `${formatNumber(x * 100, digits)}%`;
}
