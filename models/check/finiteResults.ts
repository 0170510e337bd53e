/**
 * Results must be numbers. Inputs near the largest double (a GVA of 1.7e308, a multiplier or an
 * optimism bias of 1e308) make sums and products overflow to infinity, which JSON writes as null
 * and the appraisal turns into "BCR 0, poor". The engine checks each node's value as it runs; this
 * checks everything derived from them (baselines, totals, productivity, costs, the appraisal and
 * the Monte Carlo percentiles) once the projection is assembled, naming the figure and the year.
 * A figure that is null by definition (a BCR without costs) is not a problem.
 */
import { error } from '../diagnostics.ts';
import type { Diagnostic, Projection, UncertaintyResult } from '../types.ts';

/** At most this many figures are named; the rest are counted. */
const MAX_NAMED = 5;

const MEASURES: Record<string, string> = { gva: 'GVA', jobs: 'jobs', productivity: 'productivity', cost: 'cost' };
const SERIES: Record<string, string> = {
  baseline: 'baseline',
  projected: 'projected',
  grossImpact: 'gross impact on',
  netImpact: 'net impact on',
};
const APPRAISAL: Record<string, string> = {
  discountFactors: 'discount factor',
  pvBenefits: 'present value of benefits',
  pvCosts: 'present value of costs',
  npv: 'NPV',
  bcr: 'BCR',
  costPerNetJob: 'cost per net additional job',
  mean: 'mean',
};

/** "The baseline GVA", "Sector ck's projected productivity", "The NPV's p95". */
function describe(path: readonly string[]): string {
  const [group, id] = path;
  const rest = group === 'sectors' || group === 'interventions' || group === 'nodes' ? path.slice(2) : path.slice(1);
  const owner =
    group === 'sectors'
      ? `Sector ${id}'s `
      : group === 'interventions'
        ? `Intervention ${id}'s `
        : group === 'nodes'
          ? `Node ${id}'s value`
          : 'The ';
  const words = rest
    .filter((s) => s !== 'total' && s !== 'appraisal')
    .map((s) => MEASURES[s] ?? SERIES[s] ?? APPRAISAL[s] ?? s);
  const text = `${owner}${words.join(' ')}`.trim();
  return text === 'The' ? 'A result' : text;
}

interface Found {
  path: string[];
  index: number | null;
  value: number;
}

function collect(value: unknown, path: string[], out: Found[], limit: number): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return 0;
    if (out.length < limit) out.push({ path, index: null, value });
    return 1;
  }
  if (Array.isArray(value)) {
    let count = 0;
    value.forEach((v, i) => {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        if (out.length < limit) out.push({ path, index: i, value: v });
        count++;
      }
    });
    return count;
  }
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  for (const [key, v] of Object.entries(value)) count += collect(v, [...path, key], out, limit);
  return count;
}

function report(found: Found[], total: number, years: readonly number[], scenario: string, tail: string): Diagnostic[] {
  const out = found.map((f) => {
    const where =
      f.index === null ? '' : years[f.index] !== undefined ? ` in ${years[f.index]}` : ` at position ${f.index}`;
    const dotted = f.path.join('.');
    const what = Number.isNaN(f.value) ? 'is undefined (NaN)' : 'overflows to infinity';
    return error(
      'run.non-finite-result',
      '',
      `${describe(f.path)} (${dotted}) ${what}${where} in scenario "${scenario}"${tail}: an input is beyond what Causeway can compute with (numbers up to about 1.8e308, less once added up or multiplied); check the largest values, factors and rates in the file.`,
    );
  });
  if (total > found.length)
    out.push(
      error(
        'run.non-finite-result',
        '',
        `And ${(total - found.length).toLocaleString('en-GB')} more figures overflow or are undefined in scenario "${scenario}".`,
      ),
    );
  return out;
}

/** Every figure of a projection that is not a finite number (null figures are allowed). */
export function checkFiniteResults(projection: Projection): Diagnostic[] {
  const found: Found[] = [];
  const { scenario: _id, years, ...figures } = projection;
  const total = collect(figures, [], found, MAX_NAMED);
  return total === 0 ? [] : report(found, total, years, projection.scenario, '');
}

/** The same for Monte Carlo percentiles, over `years` of scenario `scenario`. */
export function checkFiniteUncertainty(
  result: UncertaintyResult,
  years: readonly number[],
  scenario: string,
): Diagnostic[] {
  const found: Found[] = [];
  const { samples: _samples, seed: _seed, ...figures } = result;
  const total = collect(figures, [], found, MAX_NAMED);
  return total === 0
    ? []
    : report(found, total, years, scenario, ` (Monte Carlo, ${result.samples.toLocaleString('en-GB')} draws)`);
}
