/**
 * Range checks (docs/method.md sections 1, 4, 6, 7): additionality factors, multiplier, appraisal rates,
 * horizon, sector baselines and parameter ranges. A value that is legal but unusual (a multiplier
 * below 1, a value outside its own range) is a warning; one the engine cannot use is an error.
 */
import type { Diagnostic, DistributionKind, ScenarioDocument } from '../types.ts';
import { error, warning } from '../diagnostics.ts';
import { formatPath } from './paths.ts';
import { MAX_HORIZON_YEARS } from './shape.ts';
import { checkRangedValues } from './rangedValues.ts';
import { parameterName, scenarioName } from '../format/names.ts';

interface RangeSpec {
  value: number;
  low?: number;
  high?: number;
  distribution?: DistributionKind;
}

/** Checks one parameter (or override object) range; `name` says whose it is in messages. */
export function checkRange(spec: RangeSpec, path: readonly PropertyKey[], name: string, out: Diagnostic[]): void {
  const at = (field?: string) => formatPath(field === undefined ? path : [...path, field]);
  const { value, low, high, distribution } = spec;
  if ((low === undefined) !== (high === undefined)) {
    const missing = low === undefined ? 'low' : 'high';
    out.push(
      error(
        'range.parameter-incomplete',
        at(missing),
        `${name} has ${missing === 'low' ? 'a high' : 'a low'} value but no ${missing}; give both low and high, or neither.`,
      ),
    );
    return;
  }
  if (low === undefined || high === undefined) {
    if (distribution !== undefined) {
      out.push(
        warning(
          'parameter.distribution-unused',
          at('distribution'),
          `${name} has distribution "${distribution}" but no low and high, so it is treated as a constant; add a range or remove the distribution.`,
        ),
      );
    }
    return;
  }
  if (low > high) {
    out.push(
      error(
        'range.parameter-bounds',
        at('low'),
        `${name} has low ${low} above high ${high}; swap them or correct the range.`,
      ),
    );
    return;
  }
  if (value < low || value > high) {
    out.push(
      warning(
        'range.parameter-value',
        at('value'),
        `${name} has value ${value} outside its range ${low} to ${high}; check the value or widen the range.`,
      ),
    );
  }
  if (distribution === 'lognormal' && low <= 0) {
    out.push(
      error(
        'range.lognormal',
        at('low'),
        `${name} has a lognormal distribution but low ${low}; a lognormal needs low above 0, so raise low or choose another distribution.`,
      ),
    );
  }
}

/** All range checks on a well-shaped document. */
export function checkRanges(doc: ScenarioDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { startYear, endYear } = doc.horizon;
  if (endYear < startYear) {
    out.push(
      error(
        'range.horizon',
        'horizon.endYear',
        `The horizon ends in ${endYear}, before it starts in ${startYear}; set endYear to ${startYear} or later.`,
      ),
    );
  } else if (endYear - startYear + 1 > MAX_HORIZON_YEARS) {
    out.push(
      error(
        'range.horizon-span',
        'horizon.endYear',
        `The horizon ${startYear} to ${endYear} covers ${endYear - startYear + 1} years, more than the ${MAX_HORIZON_YEARS} allowed; shorten it.`,
      ),
    );
  }
  if (doc.prices.currency !== 'GBP') {
    out.push(
      warning(
        'prices.currency',
        'prices.currency',
        `The currency is "${doc.prices.currency}", but Causeway reports money in GBP (£m); set it to "GBP" and check the figures.`,
      ),
    );
  }
  if (doc.meta.revision !== undefined && doc.meta.revision < 0) {
    out.push(
      error(
        'range.revision',
        'meta.revision',
        `The revision number ${doc.meta.revision} is negative; it counts saves, so set it to 0 or more.`,
      ),
    );
  }
  doc.baseline.sectors.forEach((s, k) => {
    const path = `baseline.sectors[${k}]`;
    if (!(s.jobs > 0))
      out.push(
        error(
          'range.sector-jobs',
          `${path}.jobs`,
          `Sector "${s.id}" has ${s.jobs} jobs; it needs more than 0 jobs (productivity divides by jobs), so correct the figure or remove the sector.`,
        ),
      );
    if (s.dataYear > startYear) {
      out.push(
        warning(
          'range.data-year',
          `${path}.dataYear`,
          `Sector "${s.id}" has figures for ${s.dataYear}, after the horizon starts in ${startYear}, so its baseline for ${startYear}${s.dataYear - 1 > startYear ? ` to ${Math.min(s.dataYear - 1, endYear)}` : ''} is projected backwards from ${s.dataYear} at its growth rates rather than taken from data; start the horizon in ${s.dataYear} or later, or use figures for ${startYear} or earlier.`,
        ),
      );
    }
    if (!(s.gva >= 0))
      out.push(
        error(
          'range.sector-gva',
          `${path}.gva`,
          `Sector "${s.id}" has GVA ${s.gva} £m; GVA cannot be negative, so correct the figure.`,
        ),
      );
    for (const field of ['gvaGrowth', 'jobsGrowth'] as const) {
      if (!(s[field] > -1))
        out.push(
          error(
            'range.growth',
            `${path}.${field}`,
            `Sector "${s.id}" has ${field} ${s[field]}; a yearly growth rate must be above -1 (a fraction, so -0.02 is a 2% fall).`,
          ),
        );
    }
  });
  for (const [id, p] of Object.entries(doc.parameters)) {
    checkRange(p, ['parameters', id], `Parameter ${parameterName(id, p)}`, out);
  }
  doc.scenarios.forEach((sc, k) => {
    for (const [id, o] of Object.entries(sc.overrides ?? {})) {
      const path = ['scenarios', k, 'overrides', id];
      const name = `The override of parameter ${parameterName(id, doc.parameters[id])} in scenario ${scenarioName(sc)}`;
      if (typeof o !== 'number') {
        checkRange(o, path, name, out);
        continue;
      }
      const p = doc.parameters[id];
      if (p?.low !== undefined && p.high !== undefined && p.low <= p.high && (o < p.low || o > p.high)) {
        out.push(
          warning(
            'range.parameter-value',
            formatPath(path),
            `${name} is ${o}, outside the parameter's range ${p.low} to ${p.high}; check the value or give the override its own range.`,
          ),
        );
      }
    }
  });
  const { discountRate, presentValueYear } = doc.appraisal;
  if (presentValueYear !== undefined && presentValueYear > startYear) {
    out.push(
      error(
        'range.present-value-year',
        'appraisal.presentValueYear',
        `Values are discounted to ${presentValueYear}, after the horizon starts in ${startYear}; the present-value year must be ${startYear} or earlier.`,
      ),
    );
  }
  if (discountRate !== undefined && !(discountRate >= 0 && discountRate < 1)) {
    out.push(
      error(
        'range.discount-rate',
        'appraisal.discountRate',
        `The discount rate is ${discountRate}; it must be a fraction from 0 up to (not including) 1, e.g. 0.035, or be removed to use the Green Book schedule.`,
      ),
    );
  }
  out.push(...checkRangedValues(doc));
  return out;
}
