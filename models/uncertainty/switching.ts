import { compileScenario, type CompileOptions } from '../engine/compileScenario.ts';
import type { Result, ScenarioDocument } from '../types.ts';
import { evaluateCases, switchingTarget, type SensitivityMetric } from './tornado.ts';

export interface SwitchingValue {
  parameter: string;
  metric: SensitivityMetric;
  /** NPV = 0 or BCR = 1 (local or UK social). */
  target: number;
  /** The parameter value at which the metric reaches the target, or null when it does not within the range. */
  value: number | null;
  low: number;
  high: number;
}

const GRID = 65;
const ROUNDS = 4;

/**
 * The value of one parameter, within its range, at which NPV = 0 (or BCR = 1), others at their
 * values. Each round evaluates a grid of 65 values as lanes of one run and narrows to the first
 * bracket where the metric crosses the target; four rounds narrow the range by 64^4.
 */
export function findSwitchingValue(
  doc: ScenarioDocument,
  scenarioId: string | undefined,
  parameterId: string,
  options: CompileOptions & { metric?: SensitivityMetric } = {},
): Result<SwitchingValue> {
  const metric = options.metric ?? 'npv';
  const target = switchingTarget(metric);
  const compiled = compileScenario(doc, scenarioId, options);
  if (!compiled.ok) return compiled;
  const index = compiled.value.parameters.findIndex((p) => p.id === parameterId);
  const parameter = compiled.value.parameters[index];
  if (!parameter || parameter.low === undefined || parameter.high === undefined || !(parameter.low < parameter.high)) {
    const why = !parameter ? 'is not used by this scenario' : 'has no range (low and high)';
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'switching.parameter',
          path: `parameters.${parameterId}`,
          message: `Cannot find a switching value for "${parameterId}": it ${why}.`,
        },
      ],
    };
  }
  let from = parameter.low;
  let to = parameter.high;
  let found: number | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const grid = Array.from({ length: GRID }, (_, k) => from + ((to - from) * k) / (GRID - 1));
    const values = evaluateCases(
      compiled.value,
      grid.map((v) => new Map([[index, v]])),
      metric,
    );
    const bracket = values.findIndex(
      (v, k) =>
        k > 0 && v !== null && values[k - 1] !== null && Math.sign(v - target) !== Math.sign(values[k - 1]! - target),
    );
    const exact = values.findIndex((v) => v === target);
    if (exact >= 0 && (bracket < 0 || exact < bracket)) return done(grid[exact]!);
    if (bracket < 0) break;
    const [a, b] = [values[bracket - 1]!, values[bracket]!];
    found = grid[bracket - 1]! + ((target - a) / (b - a)) * (grid[bracket]! - grid[bracket - 1]!);
    from = grid[bracket - 1]!;
    to = grid[bracket]!;
  }
  return done(found);

  function done(value: number | null): Result<SwitchingValue> {
    return {
      ok: true,
      value: { parameter: parameterId, metric, target, value, low: parameter!.low!, high: parameter!.high! },
      diagnostics: [],
    };
  }
}
