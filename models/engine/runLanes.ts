import {
  appraiseYear,
  createLaneAppraiser,
  finishLaneAppraisal,
  type LaneAppraisal,
} from '../appraisal/laneAppraisal.ts';
import { accumulateYear, createYearTotals, type YearTotals } from './accumulate.ts';
import { runYears, type Machine } from './machine.ts';

export interface RunLanesOptions {
  /** Also accumulate the gross and per-intervention breakdowns (the projection reports them). */
  detail?: boolean;
  /** Sees each year's totals (and machine.mem) before the next year overwrites them. */
  onYear?: (yearIndex: number, totals: YearTotals) => void;
}

/**
 * Run every year of the horizon over all of the machine's lanes (parameters already filled in),
 * total each year and appraise each lane. The deterministic projection is this on one lane; Monte
 * Carlo, the tornado and switching values are this on many.
 */
export function runLanes(machine: Machine, options: RunLanesOptions = {}): LaneAppraisal {
  const { compiled, lanes } = machine;
  const totals = createYearTotals(compiled, lanes, options.detail ?? false);
  const appraiser = createLaneAppraiser(lanes);
  runYears(machine, (y) => {
    accumulateYear(machine, totals);
    appraiseYear(appraiser, compiled.discountFactors[y]!, totals.netGva, totals.netJobs, totals.cost);
    options.onYear?.(y, totals);
  });
  return finishLaneAppraisal(appraiser);
}
