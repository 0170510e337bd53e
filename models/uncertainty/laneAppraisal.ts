import { benefitCostRatio, costPerNetJob } from '../appraisal/appraise.ts';
import type { CompiledScenario } from '../engine/compileScenario.ts';
import { accumulateTotals, createLaneTotals, runYears, type Machine } from '../engine/machine.ts';

/** Per-lane appraisal of one run: NPV (£m), BCR and cost per net job (GBP); NaN where undefined. */
export interface LaneAppraisal {
  npv: Float64Array;
  bcr: Float64Array;
  costPerNetJob: Float64Array;
}

/**
 * Run all years over the machine's lanes (parameters already filled) and appraise each lane with
 * the same rules as appraise() (method.md section 6). `onYear` sees the year's lane totals.
 */
export function runAndAppraise(
  machine: Machine,
  onYear?: (y: number, totals: ReturnType<typeof createLaneTotals>) => void,
): LaneAppraisal {
  const { lanes } = machine;
  const compiled: CompiledScenario = machine.compiled;
  const totals = createLaneTotals(lanes);
  const pvb = new Float64Array(lanes);
  const pvc = new Float64Array(lanes);
  const costSum = new Float64Array(lanes);
  const peakJobs = new Float64Array(lanes).fill(-Infinity);
  runYears(machine, (y) => {
    accumulateTotals(machine, totals);
    const df = compiled.discountFactors[y]!;
    for (let l = 0; l < lanes; l++) {
      pvb[l] = pvb[l]! + totals.netGva[l]! * df;
      pvc[l] = pvc[l]! + totals.cost[l]! * df;
      costSum[l] = costSum[l]! + totals.cost[l]!;
      if (totals.netJobs[l]! > peakJobs[l]!) peakJobs[l] = totals.netJobs[l]!;
    }
    onYear?.(y, totals);
  });
  const result: LaneAppraisal = {
    npv: new Float64Array(lanes),
    bcr: new Float64Array(lanes),
    costPerNetJob: new Float64Array(lanes),
  };
  for (let l = 0; l < lanes; l++) {
    result.npv[l] = pvb[l]! - pvc[l]!;
    // The same rules as appraise(); NaN stands for "not defined" in a Float64Array.
    result.bcr[l] = benefitCostRatio(pvb[l]!, pvc[l]!) ?? NaN;
    result.costPerNetJob[l] = costPerNetJob(costSum[l]!, peakJobs[l]!) ?? NaN;
  }
  return result;
}
