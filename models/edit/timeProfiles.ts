/**
 * Time profiles for a box's formula, so that programme timing needs no hand-written conditional:
 * a ramp up to a level, a level between two years, or a value typed for each year (a budget by
 * year). Each profile is written as an ordinary formula (docs/method.md section 3: `ramp`, `step`,
 * `year`), so the file stays plain and any other tool reads it; `readProfile` recognises the
 * formulas written here, so the inspector can show the profile again for editing.
 */

/** A level reached by a linear ramp: 0 until `from`, rising over `years` years, `level` after. */
export interface RampProfile {
  kind: 'ramp';
  /** Calendar year the ramp starts from (the value is still 0 that year). */
  from: number;
  years: number;
  /** A number or a parameter name. */
  level: string;
}

/** A level from one year to another (inclusive), 0 outside; no end year means for ever after. */
export interface StepProfile {
  kind: 'step';
  from: number;
  until: number | null;
  level: string;
}

/** A value for each listed year, 0 in other years: a budget by year. */
export interface YearTableProfile {
  kind: 'by-year';
  values: { year: number; value: number }[];
}

export type TimeProfile = RampProfile | StepProfile | YearTableProfile;

/** A number written without float noise ("0.1", not "0.10000000000000001"). */
function number(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** A level as written in a formula: a number, or a name kept as it is. */
function level(text: string): string {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? number(n) : trimmed;
}

/** The formula for a profile, with `t` counted from the horizon's first year `startYear`. */
export function profileFormula(profile: TimeProfile, startYear: number): string {
  switch (profile.kind) {
    case 'ramp':
      return `${level(profile.level)} * ramp(t, ${profile.from - startYear}, ${number(profile.years)})`;
    case 'step': {
      const from = profile.from - startYear;
      if (profile.until === null) return `${level(profile.level)} * step(t, ${from})`;
      return `${level(profile.level)} * (step(t, ${from}) - step(t, ${profile.until - startYear + 1}))`;
    }
    case 'by-year': {
      const terms = [...profile.values]
        .filter((v) => Number.isFinite(v.value) && v.value !== 0)
        .sort((a, b) => a.year - b.year)
        .map((v) => `${number(v.value)} * (year == ${v.year})`);
      return terms.length ? terms.join(' + ') : '0';
    }
  }
}

const NAME_OR_NUMBER = String.raw`([A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?(?:e-?\d+)?)`;
const INTEGER = String.raw`(-?\d+)`;
const RAMP = new RegExp(String.raw`^${NAME_OR_NUMBER} \* ramp\(t, ${INTEGER}, (\d+(?:\.\d+)?)\)$`);
const STEP_FOREVER = new RegExp(String.raw`^${NAME_OR_NUMBER} \* step\(t, ${INTEGER}\)$`);
const STEP_WINDOW = new RegExp(String.raw`^${NAME_OR_NUMBER} \* \(step\(t, ${INTEGER}\) - step\(t, ${INTEGER}\)\)$`);
const YEAR_TERM = /^(-?\d+(?:\.\d+)?(?:e-?\d+)?) \* \(year == (\d{4})\)$/;

/** The profile a formula written by `profileFormula` describes, or null for any other formula. */
export function readProfile(expr: string, startYear: number): TimeProfile | null {
  const text = expr.trim();
  let m = RAMP.exec(text);
  if (m) return { kind: 'ramp', level: m[1]!, from: Number(m[2]) + startYear, years: Number(m[3]) };
  m = STEP_FOREVER.exec(text);
  if (m) return { kind: 'step', level: m[1]!, from: Number(m[2]) + startYear, until: null };
  m = STEP_WINDOW.exec(text);
  if (m) return { kind: 'step', level: m[1]!, from: Number(m[2]) + startYear, until: Number(m[3]) + startYear - 1 };
  if (text === '0') return { kind: 'by-year', values: [] };
  const terms = text.split(' + ').map((term) => YEAR_TERM.exec(term));
  if (terms.every((t) => t !== null))
    return { kind: 'by-year', values: terms.map((t) => ({ year: Number(t![2]), value: Number(t![1]) })) };
  return null;
}
