/**
 * B0's Monte Carlo written by hand as Float64Array loops over draws: what the engine's interpreter
 * would be if it had no interpretation overhead. It does exactly the engine's work, in the engine's
 * order, so `engine time / this time` measures the cost of interpreting and nothing else:
 * - the same seeded stream (createRandom), drawn draw by draw and, within a draw, parameter by
 *   parameter in the order the compiled scenario lists them (order of first use in the formulas:
 *   budget, p, q, firms, uplift, gva_per_job; only p, q and uplift have ranges, so only they draw);
 * - every node of the model each year, including cum_extra, which no output reads;
 * - the same yearly totals, per-draw appraisal (Green Book factors, optimism bias, peak net jobs,
 *   job-years),
 *   the same five cell-major series and the same percentiles by selection (the engine's own
 *   percentilesBySelection; NaNs are dropped with a plain loop, as hand-written code would).
 * Arithmetic is written in the formulas' left-to-right order, so results agree to the last bit.
 */
import type { Percentiles, ScalarPercentiles, UncertaintyResult } from '../../models/index.ts';
import { PERCENTILES, createRandom, percentilesBySelection } from '../../models/index.ts';
import { B0_END, B0_START, B0_VALUES } from '../scenarios/b0.ts';

export function runB0Handwritten(samples: number, seed: number): UncertaintyResult {
  const v = B0_VALUES;
  const n = samples;
  const years = B0_END - B0_START + 1;
  const random = createRandom(seed);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  const uplift = new Float64Array(n);
  // Uniform sampler: low + (high - low) * u, as models/uncertainty/distributions.ts.
  for (let l = 0; l < n; l++) {
    p[l] = v.p.low + (v.p.high - v.p.low) * random.next();
    q[l] = v.q.low + (v.q.high - v.q.low) * random.next();
    uplift[l] = v.uplift.low + (v.uplift.high - v.uplift.low) * random.next();
  }

  const cells = () => Array.from({ length: years }, () => new Float64Array(n));
  const series = { gva: cells(), jobs: cells(), productivity: cells(), netGva: cells(), netJobs: cells() };
  const adopters = new Float64Array(n);
  const extraGva = new Float64Array(n);
  const cumExtra = new Float64Array(n);
  const pvb = new Float64Array(n);
  const pvc = new Float64Array(n);
  const costSum = new Float64Array(n);
  const peakJobs = new Float64Array(n).fill(-Infinity);
  const jobYears = new Float64Array(n);
  const firms = v.firms;
  let df = 1;
  for (let y = 0; y < years; y++) {
    // Green Book 3.5% for the first 30 years, compounded by division as appraisal/discount.ts does.
    if (y > 0) df /= 1 + 0.035;
    const baseGva = v.sector.gva * Math.pow(1 + v.sector.growth, y);
    const baseJobs = v.sector.jobs * Math.pow(1 + v.sector.growth, y);
    const cost = 0 + (1 + v.optimismBias) * (y < v.budgetYears ? v.budget : 0);
    const gvaRow = series.gva[y]!;
    const jobsRow = series.jobs[y]!;
    const prodRow = series.productivity[y]!;
    const netGvaRow = series.netGva[y]!;
    const netJobsRow = series.netJobs[y]!;
    for (let l = 0; l < n; l++) {
      // cum_extra reads last year's extra_gva, so it is updated before extra_gva is overwritten.
      cumExtra[l] = y === 0 ? 0 : cumExtra[l]! + extraGva[l]!;
      const a = adopters[l]!;
      const next = y < 1 ? 0 : a + (p[l]! + (q[l]! * a) / firms) * (firms - a);
      adopters[l] = next;
      const gross = (baseGva * uplift[l]! * next) / firms;
      extraGva[l] = gross;
      const jobs = (gross * 1e6) / v.gvaPerJob;
      // Net factor 1 (no additionality adjustments), summed from 0 as the engine's totals are.
      const netGva = 0 + 1 * gross;
      const netJobs = 0 + 1 * jobs;
      const gva = baseGva + netGva;
      const totalJobs = baseJobs + netJobs;
      gvaRow[l] = gva;
      jobsRow[l] = totalJobs;
      prodRow[l] = (gva * 1e6) / totalJobs;
      netGvaRow[l] = netGva;
      netJobsRow[l] = netJobs;
      pvb[l] = pvb[l]! + netGva * df;
      pvc[l] = pvc[l]! + cost * df;
      costSum[l] = costSum[l]! + cost;
      if (netJobs > peakJobs[l]!) peakJobs[l] = netJobs;
      jobYears[l] = jobYears[l]! + netJobs;
    }
  }
  const npv = new Float64Array(n);
  const bcr = new Float64Array(n);
  const costPerNetJob = new Float64Array(n);
  const costPerNetJobYear = new Float64Array(n);
  for (let l = 0; l < n; l++) {
    costPerNetJobYear[l] = jobYears[l]! > 0 ? (costSum[l]! * 1e6) / jobYears[l]! : NaN;
    npv[l] = pvb[l]! - pvc[l]!;
    bcr[l] = pvc[l] === 0 ? NaN : pvb[l]! / pvc[l]!;
    costPerNetJob[l] = peakJobs[l]! > 0 ? (costSum[l]! * 1e6) / peakJobs[l]! : NaN;
  }

  const band = (rows: Float64Array[]): Percentiles => {
    const r = rows.map((cell) => percentilesBySelection(definedValues(cell), PERCENTILES));
    return {
      p5: r.map((x) => x[0]!),
      p10: r.map((x) => x[1]!),
      p50: r.map((x) => x[2]!),
      p90: r.map((x) => x[3]!),
      p95: r.map((x) => x[4]!),
    };
  };
  return {
    samples: n,
    seed,
    total: {
      projected: { gva: band(series.gva), jobs: band(series.jobs), productivity: band(series.productivity) },
      netImpact: { gva: band(series.netGva), jobs: band(series.netJobs) },
    },
    appraisal: {
      npv: summarise(npv)!,
      bcr: summarise(bcr),
      costPerNetJob: summarise(costPerNetJob),
      // B0 states no national factors: UK social value is not assessed, so there are no percentiles.
      socialNpv: null,
      socialBcr: null,
      costPerNetJobYear: summarise(costPerNetJobYear),
    },
  };
}

/** A copy without the NaNs (undefined draws), in a plain loop: selection reorders its input. */
function definedValues(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x === x) out[k++] = x;
  }
  return k === values.length ? out : out.subarray(0, k);
}

function summarise(values: Float64Array): ScalarPercentiles | null {
  const defined = definedValues(values);
  if (defined.length === 0) return null;
  let sum = 0;
  for (const x of defined) sum += x;
  const [p5, p10, p50, p90, p95] = percentilesBySelection(defined, PERCENTILES) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { mean: sum / defined.length, p5, p10, p50, p90, p95 };
}
