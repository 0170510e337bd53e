import {
  compileScenario,
  type CompileOptions,
  type CompiledScenario,
  type ResolvedParameter,
} from '../engine/compileScenario.ts';
import { createMachine, parameterOffset } from '../engine/machine.ts';
import { runLanes } from '../engine/runLanes.ts';
import type { Result, ScenarioDocument } from '../types.ts';

/** What the tornado and switching values move: the local NPV or BCR (v1), or the UK social NPV or BCR. */
export type SensitivityMetric = 'npv' | 'bcr' | 'social-npv' | 'social-bcr';

/** The value a metric switches at: NPV = 0, BCR = 1. */
export function switchingTarget(metric: SensitivityMetric): number {
  return metric === 'npv' || metric === 'social-npv' ? 0 : 1;
}

export interface TornadoBar {
  id: string;
  label?: string;
  low: number;
  high: number;
  /** The metric with this parameter at its low (or high) and every other at its value; null if undefined. */
  atLow: number | null;
  atHigh: number | null;
  /** |atHigh - atLow|. */
  swing: number;
}

export interface TornadoResult {
  metric: SensitivityMetric;
  base: number | null;
  parameters: TornadoBar[];
}

/**
 * Evaluate the model once per case, with every case a lane of one run. Each case sets some
 * parameters away from their values; the result is the metric in each lane.
 */
export function evaluateCases(
  compiled: CompiledScenario,
  cases: Map<number, number>[],
  metric: SensitivityMetric,
): (number | null)[] {
  const machine = createMachine(compiled, cases.length);
  compiled.parameters.forEach((p: ResolvedParameter, i) => {
    const offset = parameterOffset(machine, i);
    cases.forEach((changes, l) => (machine.mem[offset + l] = changes.get(i) ?? p.value));
  });
  const appraisal = runLanes(machine);
  const values = {
    npv: appraisal.npv,
    bcr: appraisal.bcr,
    'social-npv': appraisal.socialNpv,
    'social-bcr': appraisal.socialBcr,
  }[metric];
  return Array.from(values, (v) => (Number.isFinite(v) ? v : null));
}

/**
 * One-at-a-time sensitivity (docs/method.md sections 7 and 10): each ranged parameter, additionality
 * factor, national factor and optimism bias at its low and its high, others at their values, ranked
 * by the absolute swing. All cases run as lanes of a single pass.
 */
export function runTornado(
  doc: ScenarioDocument,
  scenarioId: string | undefined,
  options: CompileOptions & { metric?: SensitivityMetric } = {},
): Result<TornadoResult> {
  const metric = options.metric ?? 'npv';
  const compiled = compileScenario(doc, scenarioId, options);
  if (!compiled.ok) return compiled;
  const ranged = compiled.value.parameters
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.low !== undefined && p.high !== undefined && p.low !== p.high);
  const cases = [
    new Map<number, number>(),
    ...ranged.flatMap(({ p, i }) => [new Map([[i, p.low!]]), new Map([[i, p.high!]])]),
  ];
  const values = evaluateCases(compiled.value, cases, metric);
  const bars: TornadoBar[] = ranged.map(({ p }, k) => {
    const atLow = values[1 + 2 * k]!;
    const atHigh = values[2 + 2 * k]!;
    return {
      id: p.id,
      label: p.label,
      low: p.low!,
      high: p.high!,
      atLow,
      atHigh,
      swing: atLow === null || atHigh === null ? 0 : Math.abs(atHigh - atLow),
    };
  });
  bars.sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id));
  return { ok: true, value: { metric, base: values[0]!, parameters: bars }, diagnostics: compiled.diagnostics };
}
