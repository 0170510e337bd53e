import type { YearTotals } from '../engine/accumulate.ts';
import { compileScenario, type CompileOptions, type CompiledScenario } from '../engine/compileScenario.ts';
import { createMachine, parameterOffset } from '../engine/machine.ts';
import { runLanes } from '../engine/runLanes.ts';
import type {
  Diagnostic,
  Percentiles,
  Result,
  ScalarPercentiles,
  ScenarioDocument,
  UncertaintyResult,
} from '../types.ts';
import { createSampler, type Sampler } from './distributions.ts';
import { PERCENTILES, percentilesBySelection } from './percentiles.ts';
import { createRandom, type Random } from './random.ts';
import { checkFiniteUncertainty } from '../check/finiteResults.ts';

export interface MonteCarloOptions extends CompileOptions {
  samples: number;
  seed: number;
  /** Draws run together in one pass of the interpreter; results do not depend on it. */
  batchSize?: number;
}

/** A Monte Carlo run that advances in batches, so a worker can report progress and stop between them. */
export interface MonteCarloRun {
  readonly total: number;
  readonly done: number;
  /** Run up to `maxDraws` more draws; returns how many are done in all. */
  step(maxDraws: number): number;
  /** Percentiles of everything drawn so far (all draws once done === total). */
  result(): UncertaintyResult;
}

/** Results are kept per draw (5 yearly series), so memory bounds the draws: at most 25 million values, 200 MB. */
const MAX_STORED_VALUES = 25_000_000;
type TotalSeries = 'gva' | 'jobs' | 'productivity' | 'netGva' | 'netJobs';

/** Prepare a seeded Monte Carlo run of one scenario (docs/method.md section 7). */
export function createMonteCarloRun(
  doc: ScenarioDocument,
  scenarioId: string | undefined,
  options: MonteCarloOptions,
): Result<MonteCarloRun> {
  const compiled = compileScenario(doc, scenarioId, options);
  if (!compiled.ok) return compiled;
  const maxSamples = Math.floor(MAX_STORED_VALUES / (5 * compiled.value.years.length));
  if (!Number.isInteger(options.samples) || options.samples < 2 || options.samples > maxSamples) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'uncertainty.samples',
          path: '',
          message: `The number of Monte Carlo draws must be a whole number from 2 to ${maxSamples.toLocaleString('en-GB')} for a ${compiled.value.years.length}-year horizon, not ${options.samples.toLocaleString('en-GB')}.`,
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = [...compiled.diagnostics];
  const samplers = compiled.value.parameters.map((p) => {
    const made = createSampler(p, p.path ?? `parameters.${p.id}`);
    diagnostics.push(...made.diagnostics);
    return made.sampler;
  });
  if (diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: [...diagnostics.filter((d) => d.severity === 'error'), ...compiled.diagnostics] };
  return { ok: true, value: new Run(compiled.value, samplers, options), diagnostics };
}

/** Run all draws at once (the CLI's `run --samples N --seed S`). */
export function runMonteCarlo(
  doc: ScenarioDocument,
  scenarioId: string | undefined,
  options: MonteCarloOptions,
): Result<UncertaintyResult> {
  const run = createMonteCarloRun(doc, scenarioId, options);
  if (!run.ok) return run;
  run.value.step(options.samples);
  const result = run.value.result();
  const { startYear, endYear } = doc.horizon;
  const years = Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, k) => startYear + k);
  const overflow = checkFiniteUncertainty(result, years, scenarioId ?? doc.scenarios[0]?.id ?? '');
  if (overflow.length > 0) return { ok: false, diagnostics: [...run.diagnostics, ...overflow] };
  return { ok: true, value: result, diagnostics: run.diagnostics };
}

class Run implements MonteCarloRun {
  readonly total: number;
  done = 0;
  private readonly random: Random;
  private readonly batch: number;
  /** Cell-major results: series[name][year] holds one value per draw. */
  private readonly series: Record<TotalSeries, Float64Array[]>;
  private readonly npv: Float64Array;
  private readonly bcr: Float64Array;
  private readonly costPerNetJob: Float64Array;
  private readonly costPerNetJobYear: Float64Array;
  private readonly socialNpv: Float64Array;
  private readonly socialBcr: Float64Array;
  private readonly baselineGva: number[];
  private readonly baselineJobs: number[];

  constructor(
    private readonly compiled: CompiledScenario,
    private readonly samplers: (Sampler | null)[],
    private readonly options: MonteCarloOptions,
  ) {
    this.total = options.samples;
    this.random = createRandom(options.seed);
    // Keep a batch's memory near 16 MB whatever the model's size.
    this.batch = Math.max(
      1,
      Math.min(options.batchSize ?? 4096, Math.floor(2_000_000 / Math.max(1, compiled.slotCount)), this.total),
    );
    const years = compiled.years.length;
    const cells = () => Array.from({ length: years }, () => new Float64Array(this.total));
    this.series = { gva: cells(), jobs: cells(), productivity: cells(), netGva: cells(), netJobs: cells() };
    this.npv = new Float64Array(this.total);
    this.bcr = new Float64Array(this.total);
    this.costPerNetJob = new Float64Array(this.total);
    this.costPerNetJobYear = new Float64Array(this.total);
    this.socialNpv = new Float64Array(this.total);
    this.socialBcr = new Float64Array(this.total);
    const sumSectors = (rows: number[][]) => compiled.years.map((_, y) => rows.reduce((acc, row) => acc + row[y]!, 0));
    this.baselineGva = sumSectors(compiled.baseGva);
    this.baselineJobs = sumSectors(compiled.baseJobs);
  }

  step(maxDraws: number): number {
    const target = Math.min(this.total, this.done + Math.max(0, Math.floor(maxDraws)));
    while (this.done < target) this.runBatch(Math.min(this.batch, target - this.done));
    return this.done;
  }

  private runBatch(lanes: number): void {
    const machine = createMachine(this.compiled, lanes);
    const offsets = this.compiled.parameters.map((_, p) => parameterOffset(machine, p));
    // Draw by draw, parameter by parameter: the stream, and so the results, do not depend on batching.
    const { parameters } = this.compiled;
    for (let l = 0; l < lanes; l++) {
      for (let i = 0; i < parameters.length; i++) {
        const sampler = this.samplers[i];
        machine.mem[offsets[i]! + l] = sampler ? sampler(this.random) : parameters[i]!.value;
      }
    }
    const first = this.done;
    const onYear = (y: number, totals: YearTotals) => {
      for (let l = 0; l < lanes; l++) {
        const gva = this.baselineGva[y]! + totals.netGva[l]!;
        const jobs = this.baselineJobs[y]! + totals.netJobs[l]!;
        this.series.gva[y]![first + l] = gva;
        this.series.jobs[y]![first + l] = jobs;
        this.series.productivity[y]![first + l] = (gva * 1e6) / jobs;
        this.series.netGva[y]![first + l] = totals.netGva[l]!;
        this.series.netJobs[y]![first + l] = totals.netJobs[l]!;
      }
    };
    const appraisal = runLanes(machine, { onYear });
    this.npv.set(appraisal.npv, first);
    this.bcr.set(appraisal.bcr, first);
    this.costPerNetJob.set(appraisal.costPerNetJob, first);
    this.costPerNetJobYear.set(appraisal.costPerNetJobYear, first);
    this.socialNpv.set(appraisal.socialNpv, first);
    this.socialBcr.set(appraisal.socialBcr, first);
    this.done += lanes;
  }

  result(): UncertaintyResult {
    const n = this.done;
    const band = (cells: Float64Array[]): Percentiles => {
      const rows = cells.map((cell) => percentilesBySelection(withoutNaN(cell, n), PERCENTILES));
      return {
        p5: rows.map((r) => r[0]!),
        p10: rows.map((r) => r[1]!),
        p50: rows.map((r) => r[2]!),
        p90: rows.map((r) => r[3]!),
        p95: rows.map((r) => r[4]!),
      };
    };
    return {
      samples: n,
      seed: this.options.seed,
      total: {
        projected: {
          gva: band(this.series.gva),
          jobs: band(this.series.jobs),
          productivity: band(this.series.productivity),
        },
        netImpact: { gva: band(this.series.netGva), jobs: band(this.series.netJobs) },
      },
      appraisal: {
        npv: summarise(this.npv.subarray(0, n))!,
        bcr: summarise(this.bcr.subarray(0, n)),
        costPerNetJob: summarise(this.costPerNetJob.subarray(0, n)),
        // NaN in every draw when UK social value is not assessed: null, never a distribution of zeros.
        socialNpv: summarise(this.socialNpv.subarray(0, n)),
        socialBcr: summarise(this.socialBcr.subarray(0, n)),
        costPerNetJobYear: summarise(this.costPerNetJobYear.subarray(0, n)),
      },
    };
  }
}

/** Mean and percentiles over the draws where the metric is defined; null when it never is. */
function summarise(values: Float64Array): ScalarPercentiles | null {
  const defined = withoutNaN(values, values.length);
  if (defined.length === 0) return null;
  let sum = 0;
  for (const v of defined) sum += v;
  const [p5, p10, p50, p90, p95] = percentilesBySelection(defined, PERCENTILES) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { mean: sum / defined.length, p5, p10, p50, p90, p95 };
}

/**
 * A copy of the first `n` values without NaN (undefined BCRs, failed draws). A plain loop: the
 * callback of Float64Array.filter boxes every value, which cost more than the whole simulation.
 */
function withoutNaN(values: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === v) out[k++] = v;
  }
  return k === n ? out : out.slice(0, k);
}
