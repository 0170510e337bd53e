/**
 * Number formats users see, in UK English with thousands separators (method.md section 1 units):
 * money in £m with one decimal, jobs as whole numbers, productivity and cost per job in whole pounds.
 * A true minus sign reads better than a hyphen in tables pasted into Word.
 */
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const general = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 6 });

/** A minus sign only when the number shown is not zero at the digits shown ("−£0.0m" reads oddly). */
function sign(x: number, body: string, digits = 0): string {
  return x < 0 && Math.round(Math.abs(x) * 10 ** digits) !== 0 ? `−${body}` : body;
}

/** GBP million: "£1,234.5m". */
export function formatGbpM(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return sign(x, `£${oneDecimal.format(Math.abs(x))}m`, 1);
}

/** A count of jobs: "12,345". */
export function formatJobs(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const rounded = Math.round(x);
  return sign(rounded, whole.format(Math.abs(rounded)));
}

/** GBP (not millions), e.g. productivity per job or cost per net job: "£61,200". */
export function formatGbp(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const rounded = Math.round(x);
  return sign(rounded, `£${whole.format(Math.abs(rounded))}`);
}

export function formatRatio(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return sign(x, twoDecimals.format(Math.abs(x)), 2);
}

export function formatPercent(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return `${oneDecimal.format(x * 100)}%`;
}

/** A parameter value as typed: no forced rounding, but no float noise either. */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return general.format(x);
}

/** Compact axis labels: "£1.2bn", "£850m", "12k". */
export function formatAxisGbpM(x: number): string {
  if (Math.abs(x) >= 1000) return `£${(x / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })}bn`;
  return `£${x.toLocaleString('en-GB', { maximumFractionDigits: 1 })}m`;
}
export function formatAxisCount(x: number): string {
  if (Math.abs(x) >= 1_000_000) return `${(x / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 2 })}m`;
  if (Math.abs(x) >= 10_000) return `${(x / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })}k`;
  return x.toLocaleString('en-GB', { maximumFractionDigits: 0 });
}
export function formatAxisGbp(x: number): string {
  return `£${(x / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })}k`;
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export const STAGE_LABELS: Record<string, string> = { input: 'Inputs', activity: 'Activities', output: 'Outputs', outcome: 'Outcomes', impact: 'Impacts' };
export const STAGE_SINGULAR: Record<string, string> = { input: 'Input', activity: 'Activity', output: 'Output', outcome: 'Outcome', impact: 'Impact' };
export const VFM_LABELS: Record<string, string> = { poor: 'Poor', low: 'Low', medium: 'Medium', high: 'High', 'very high': 'Very high' };
