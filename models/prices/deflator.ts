/**
 * The GDP deflator D(year) that converts cash to real prices and rebases a file (docs/method.md
 * section 13), one series joined from the two embedded releases (gdpDeflatorData.ts):
 *
 * - Outturn, 1948 to 2024: ONS YBGB (GDP at market prices, implied deflator, calendar years,
 *   release of 30 June 2025). HM Treasury's calendar-year deflator is this ONS series (MNF2/YBGB);
 *   its newest calendar-year release here (June 2023) stops its outturn at 2022 and forecast 2023
 *   at +2.9% and 2024 at +1.9%, where ONS now measures +6.9% and +4.0%. Using the older figures
 *   would understate prices since 2022 by about 6%, so the newer ONS outturn is used for every year
 *   it covers.
 * - 2025 to 2027: HM Treasury's June 2023 forecast percentage changes (OBR, March 2023), compounded
 *   year by year onto the 2024 ONS level. HMT publishes these years as percentage changes only; they
 *   are the only HMT calendar-year forecasts available, and they predate the 2023-24 outturn.
 * - After 2027: 2.0% a year (the method's assumption beyond the last forecast year).
 *
 * Every place that uses D says so with DEFLATOR_NOTE.
 */
import { HMT_JUNE_2023, ONS_YBGB } from './gdpDeflatorData.ts';

/** Long-run growth of the deflator after the last forecast year (docs/method.md section 13). */
export const LONG_RUN_GROWTH = 0.02;

const OUTTURN_LAST_YEAR = ONS_YBGB.firstYear + ONS_YBGB.index.length - 1;
const FORECAST_LAST_YEAR = HMT_JUNE_2023.forecastFirstYear + HMT_JUNE_2023.forecastPercentChange.length - 1;

/** The first year D is defined for. */
export const DEFLATOR_FIRST_YEAR = ONS_YBGB.firstYear;

/** What D is made of, in one sentence for notes, tables and the app. */
export const DEFLATOR_NOTE =
  `GDP deflator: ONS YBGB outturn to ${OUTTURN_LAST_YEAR} (release of 30 June 2025, newer than HM Treasury's June 2023 calendar-year series, whose outturn stops at 2022), ` +
  `then HM Treasury's June 2023 forecast changes (OBR, March 2023) for ${OUTTURN_LAST_YEAR + 1}-${FORECAST_LAST_YEAR} compounded onto it, ` +
  `then an assumed ${(LONG_RUN_GROWTH * 100).toFixed(1)}% a year after ${FORECAST_LAST_YEAR}.`;

/** How a year's deflator value was obtained. */
export type DeflatorBasis = 'outturn' | 'forecast' | 'assumed';

/** The joined series, built once: index 2022 = 100 from DEFLATOR_FIRST_YEAR to FORECAST_LAST_YEAR. */
const SERIES: readonly number[] = (() => {
  const out: number[] = [...ONS_YBGB.index];
  let level = out.at(-1)!;
  for (let year = OUTTURN_LAST_YEAR + 1; year <= FORECAST_LAST_YEAR; year++) {
    level *= 1 + HMT_JUNE_2023.forecastPercentChange[year - HMT_JUNE_2023.forecastFirstYear]! / 100;
    out.push(level);
  }
  return out;
})();

/** Whether D(year) is outturn, an HMT forecast or the 2.0% assumption. */
export function deflatorBasis(year: number): DeflatorBasis {
  if (year <= OUTTURN_LAST_YEAR) return 'outturn';
  return year <= FORECAST_LAST_YEAR ? 'forecast' : 'assumed';
}

/**
 * D(year), index 2022 = 100; null before DEFLATOR_FIRST_YEAR or for a year that is not whole.
 * Years after the last forecast year grow at LONG_RUN_GROWTH a year, compounded from its level.
 */
export function gdpDeflator(year: number): number | null {
  if (!Number.isInteger(year) || year < DEFLATOR_FIRST_YEAR) return null;
  if (year <= FORECAST_LAST_YEAR) return SERIES[year - DEFLATOR_FIRST_YEAR]!;
  let level = SERIES.at(-1)!;
  for (let y = FORECAST_LAST_YEAR + 1; y <= year; y++) level *= 1 + LONG_RUN_GROWTH;
  return level;
}

/** D(to) / D(from): what a money value of `from` prices is multiplied by to be in `to` prices. */
export function priceRatio(from: number, to: number): number | null {
  const a = gdpDeflator(from);
  const b = gdpDeflator(to);
  return a === null || b === null ? null : b / a;
}

/**
 * D(baseYear) / D(year) for each year: cash(y) times this is real(y) in base-year prices. NaN for a
 * year outside the series (compile checks refuse such files first).
 */
export function deflatorFactors(baseYear: number, years: readonly number[]): number[] {
  return years.map((y) => priceRatio(y, baseYear) ?? NaN);
}

/** The series as rows, for tables and the app: year, D, basis. */
export function deflatorRows(from: number, to: number): { year: number; index: number; basis: DeflatorBasis }[] {
  const rows: { year: number; index: number; basis: DeflatorBasis }[] = [];
  for (let year = Math.max(from, DEFLATOR_FIRST_YEAR); year <= to; year++)
    rows.push({ year, index: gdpDeflator(year)!, basis: deflatorBasis(year) });
  return rows;
}

/** HM Treasury's June 2023 calendar-year series as levels, its forecast changes compounded from 2022. */
export function hmtJune2023Levels(): { year: number; index: number; basis: 'outturn' | 'forecast' }[] {
  const rows: { year: number; index: number; basis: 'outturn' | 'forecast' }[] = HMT_JUNE_2023.index.map(
    (index, k) => ({ year: HMT_JUNE_2023.firstYear + k, index, basis: 'outturn' }),
  );
  let level = rows.at(-1)!.index;
  HMT_JUNE_2023.forecastPercentChange.forEach((pct, k) => {
    level *= 1 + pct / 100;
    rows.push({ year: HMT_JUNE_2023.forecastFirstYear + k, index: level, basis: 'forecast' });
  });
  return rows;
}
