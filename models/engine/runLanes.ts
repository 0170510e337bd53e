import {
  appraiseYear,
  createLaneAppraiser,
  finishLaneAppraisal,
  type LaneAppraisal,
} from '../appraisal/laneAppraisal.ts';
import { accumulateYear, createYearTotals, type YearTotals } from './accumulate.ts';
import type { CompiledScenario } from './compileScenario.ts';
import { runYears, type Machine } from './machine.ts';

export interface RunLanesOptions {
  /** Also accumulate the gross and per-intervention breakdowns (the projection reports them). */
  detail?: boolean;
  /** Sees each year's totals (and machine.mem) before the next year overwrites them. */
  onYear?: (yearIndex: number, totals: YearTotals) => void;
}

/** What a compiled scenario can assess at all: benefits (a GVA impact is on) and UK social value. */
export function assessedIn(compiled: CompiledScenario) {
  return { benefits: compiled.roles.gva.length > 0, social: compiled.social.notAssessed.length === 0 };
}

/**
 * Run every year of the horizon over all of the machine's lanes (parameters, including the appraisal
 * inputs, already filled in), total each year and appraise each lane. The deterministic projection
 * is this on one lane; Monte Carlo, the tornado and switching values are this on many.
 */
export function runLanes(machine: Machine, options: RunLanesOptions = {}): LaneAppraisal {
  const { compiled, lanes } = machine;
  const totals = createYearTotals(machine, options.detail ?? false);
  const appraiser = createLaneAppraiser(lanes);
  runYears(machine, (y) => {
    accumulateYear(machine, totals, y);
    appraiseYear(appraiser, compiled.discountFactors[y]!, totals);
    options.onYear?.(y, totals);
  });
  return finishLaneAppraisal(appraiser, assessedIn(compiled));
}
