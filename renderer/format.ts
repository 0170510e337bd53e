/**
 * Number formats users see, in UK English with thousands separators (docs/method.md section 1 units):
 * money in £m with one decimal, jobs as whole numbers, productivity and cost per job in whole pounds.
 * A true minus sign reads better than a hyphen in tables pasted into Word.
 */
import { formatGbpMillions } from './engine.ts';

// Money, jobs, ratios and percentages are formatted by the core, so the app and the CLI agree.
export { formatGbp, formatJobs, formatPercent, formatRatio } from './engine.ts';
/** GBP million: "£1,234.5m". */
export const formatGbpM = (x: number | null | undefined): string => formatGbpMillions(x);

const general = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 6 });

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
  return d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export const STAGE_LABELS: Record<string, string> = {
  input: 'Inputs',
  activity: 'Activities',
  output: 'Outputs',
  outcome: 'Outcomes',
  impact: 'Impacts',
};
export const STAGE_SINGULAR: Record<string, string> = {
  input: 'Input',
  activity: 'Activity',
  output: 'Output',
  outcome: 'Outcome',
  impact: 'Impact',
};
