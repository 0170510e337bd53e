import { compileScenario, type CompileOptions } from '../engine/compileScenario.ts';
import type { Result, ScenarioDocument } from '../types.ts';
import { evaluateCases, switchingTarget, type SensitivityMetric } from './tornado.ts';

export interface SwitchingValue {
  parameter: string;
  metric: SensitivityMetric;
  /** NPV = 0 or BCR = 1 (local or UK social). */
  target: number;
  /**
   * The parameter value at which the metric reaches the target, or null when it does not within the
   * range (no crossing, or a jump across the target: see `jump`).
   */
  value: number | null;
  /**
   * Set when the metric steps across the target instead of passing through it (an input used as a
   * whole number, such as a benefit life that persist() rounds): no value gives the target exactly.
   * `from` and `to` are the input values on either side (whole numbers when the input acts as one),
   * `metricFrom` and `metricTo` the metric there.
   */
  jump?: SwitchingJump;
  low: number;
  high: number;
}

export interface SwitchingJump {
  from: number;
  to: number;
  metricFrom: number;
  metricTo: number;
}

const GRID = 65;
const ROUNDS = 4;

/** How near the target the metric must be at the value found for it to be a crossing, not a step. */
const TOLERANCE = 1e-6;

/**
 * The value of one parameter, within its range, at which NPV = 0 (or BCR = 1), others at their
 * values. Each round evaluates a grid of 65 values as lanes of one run and narrows to the first
 * bracket where the metric crosses the target; four rounds narrow the range by 64^4. If the metric
 * at the value found is still not at the target, it stepped over it (a jump), which is reported as
 * the values either side rather than as a point no input value gives.
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
  let sides: [number, number] = [0, 0];
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
    sides = [a, b];
    from = grid[bracket - 1]!;
    to = grid[bracket]!;
  }
  if (found === null) return done(null);
  // A crossing has the metric at the target where it was found; a step has it still on one side.
  const [a, b] = sides;
  const near = (x: number | null, y: number) =>
    x !== null && Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  const [lo, hi] = [Math.floor(from), Math.ceil(to)];
  const whole = lo < hi && lo >= parameter.low && hi <= parameter.high;
  const [atFound, atLo, atHi] = evaluateCases(
    compiled.value,
    [found, ...(whole ? [lo, hi] : [])].map((v) => new Map([[index, v]])),
    metric,
  );
  if (near(atFound ?? null, target)) return done(found);
  // The input acts as a whole number when the metric is flat out to the whole numbers either side.
  const flat = whole && near(atLo ?? null, a) && near(atHi ?? null, b);
  return done(null, { from: flat ? lo : from, to: flat ? hi : to, metricFrom: a, metricTo: b });

  function done(value: number | null, jump?: SwitchingJump): Result<SwitchingValue> {
    return {
      ok: true,
      value: {
        parameter: parameterId,
        metric,
        target,
        value,
        ...(jump ? { jump } : {}),
        low: parameter!.low!,
        high: parameter!.high!,
      },
      diagnostics: [],
    };
  }
}
