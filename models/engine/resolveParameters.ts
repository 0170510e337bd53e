/**
 * Each parameter's value, range and distribution as one scenario sees it (docs/method.md section 7),
 * with the appraisal's own inputs (additionality, national factors, optimism bias) alongside under
 * their dotted names (appraisalInputs.ts), and `--set` values applied last.
 */
import type { Diagnostic, DistributionKind, ScenarioDocument } from '../types.ts';
import type { ResolvedScenario } from '../scenario/inheritance.ts';
import {
  appraisalParameters,
  checkAppraisalSet,
  parseAppraisalName,
  type InterventionInputIds,
} from './appraisalInputs.ts';

/** A parameter as one scenario sees it: overrides and command-line settings applied. */
export interface ResolvedParameter {
  id: string;
  value: number;
  low?: number;
  high?: number;
  distribution: DistributionKind;
  label?: string;
  unit?: string;
  /** Where the value lives in the file when it is not `parameters.<id>` (appraisal inputs). */
  path?: string;
  /**
   * The legal range of an appraisal input (a fraction 0 to 1, a multiplier or optimism bias 0 or
   * more): Monte Carlo truncates its distribution to it (docs/method.md section 7). Formula
   * parameters have none.
   */
  limits?: { min: number; max: number };
}

export interface ResolvedParameters {
  /** Formula parameters and appraisal inputs by id. */
  byId: Map<string, ResolvedParameter>;
  /** The appraisal inputs' ids, in their fixed order. */
  appraisalIds: string[];
  interventions: InterventionInputIds[];
}

/**
 * A number override replaces a parameter's value only; an object override brings its own range and
 * distribution. A `--set` replaces the value and keeps the range.
 */
export function resolveParameters(
  doc: ScenarioDocument,
  view: ResolvedScenario,
  scenarioIndex: number,
  active: ReadonlySet<string>,
  set: Record<string, number>,
  problems: Diagnostic[],
): ResolvedParameters {
  const out = new Map<string, ResolvedParameter>();
  for (const [id, p] of Object.entries(doc.parameters ?? {})) {
    out.set(id, {
      id,
      value: p.value,
      low: p.low,
      high: p.high,
      distribution: p.distribution ?? 'triangular',
      label: p.label,
      unit: p.unit,
    });
  }
  const { scenario } = view;
  for (const [id, { value: override, from }] of Object.entries(view.overrides)) {
    const base = out.get(id);
    if (!base) {
      const owner = from ?? scenario.id;
      const ownerIndex = doc.scenarios.findIndex((s) => s.id === owner);
      problems.push({
        severity: 'error',
        code: 'ref.dangling',
        path: `scenarios[${ownerIndex < 0 ? scenarioIndex : ownerIndex}].overrides.${id}`,
        message:
          owner === scenario.id
            ? `Scenario "${scenario.id}" overrides parameter "${id}", which does not exist.`
            : `Scenario "${scenario.id}" inherits from "${owner}" an override of parameter "${id}", which does not exist.`,
      });
      continue;
    }
    if (typeof override === 'number') out.set(id, { ...base, value: override });
    else
      out.set(id, {
        ...base,
        value: override.value,
        low: override.low,
        high: override.high,
        distribution: override.distribution ?? 'triangular',
      });
  }
  const appraisal = appraisalParameters(doc, view, active);
  for (const p of appraisal.parameters) out.set(p.id, p);
  for (const [id, value] of Object.entries(set)) applySet(doc, out, id, value, problems);
  return { byId: out, appraisalIds: appraisal.parameters.map((p) => p.id), interventions: appraisal.interventions };
}

function applySet(
  doc: ScenarioDocument,
  out: Map<string, ResolvedParameter>,
  id: string,
  value: number,
  problems: Diagnostic[],
): void {
  if (!Number.isFinite(value)) {
    problems.push({
      severity: 'error',
      code: 'set.not-a-number',
      path: `parameters.${id}`,
      message: `Cannot set "${id}": the value must be a finite number.`,
    });
    return;
  }
  const appraisalName = parseAppraisalName(id);
  if (appraisalName) {
    const problem = checkAppraisalSet(doc, id, appraisalName, value);
    if (problem) problems.push(problem);
    else {
      // An intervention the scenario leaves off has no inputs here: setting its factor changes nothing.
      const base = out.get(id);
      if (base) out.set(id, { ...base, value });
    }
    return;
  }
  const base = Object.hasOwn(doc.parameters ?? {}, id) ? out.get(id) : undefined;
  if (!base) {
    const known = Object.keys(doc.parameters ?? {}).join(', ');
    problems.push({
      severity: 'error',
      code: 'set.unknown-parameter',
      path: `parameters.${id}`,
      message: `Cannot set "${id}": the file has no such parameter (it has ${known || 'none'}). Additionality, national factors and optimism bias are set as additionality.<intervention>.<factor>, national.<intervention>.displacement or .labourSupply, and appraisal.optimismBias.`,
    });
    return;
  }
  out.set(id, { ...base, value });
}
