/**
 * Pure edits of a scenario's own values under inheritance (docs/contracts.md section 4): where a value
 * comes from (its own, inherited from which scenario, or the file's), setting it on the scenario while
 * keeping the range it had, resetting it to the inherited value, giving it a range of its own, and
 * changing what the scenario inherits from (refusing a cycle). The scenario tree and the
 * "inherited from X" labels of the assumptions view read and write through these.
 */
import { setScenarioFactor } from '../appraisal/edits.ts';
import { error } from '../diagnostics.ts';
import {
  ADDITIONALITY_FACTORS,
  type DistributionKind,
  type ParameterOverride,
  type RangedNumber,
  type Result,
  type Scenario,
  type ScenarioDocument,
} from '../types.ts';
import { checkInheritance, resolveScenario, type AdditionalityFactor } from '../scenario/inheritance.ts';

/** Where a scenario's value comes from: its own entry, a scenario it inherits from, or the file. */
export type ValueSource = { kind: 'own' } | { kind: 'inherited'; from: string } | { kind: 'file' };

export interface ScenarioRange {
  low: number;
  high: number;
  distribution?: DistributionKind;
}

export interface ParameterOrigin {
  value: number;
  /** The range Monte Carlo draws from for this scenario (the override's own, else the parameter's). */
  range: ScenarioRange | null;
  source: ValueSource;
}

const ok = (value: ScenarioDocument): Result<ScenarioDocument> => ({ ok: true, value, diagnostics: [] });
const fail = (code: Parameters<typeof error>[0], path: string, message: string): Result<ScenarioDocument> => ({
  ok: false,
  diagnostics: [error(code, path, message)],
});

function sourceOf(scenarioId: string, from: string | null): ValueSource {
  if (from === null) return { kind: 'file' };
  return from === scenarioId ? { kind: 'own' } : { kind: 'inherited', from };
}

function findScenario(doc: ScenarioDocument, scenarioId: string): Scenario | undefined {
  return doc.scenarios.find((s) => s.id === scenarioId);
}

const unknownScenario = (doc: ScenarioDocument, scenarioId: string) =>
  fail(
    'edit.unknown-scenario',
    'scenarios',
    `There is no scenario "${scenarioId}"; use one of: ${doc.scenarios.map((s) => s.id).join(', ')}.`,
  );

/** A parameter's value and range in a scenario, and where they come from; null for an unknown id. */
export function parameterOrigin(
  doc: ScenarioDocument,
  scenarioId: string,
  parameterId: string,
): ParameterOrigin | null {
  const scenario = findScenario(doc, scenarioId);
  const parameter = Object.hasOwn(doc.parameters, parameterId) ? doc.parameters[parameterId] : undefined;
  if (!scenario || !parameter) return null;
  const inherited = resolveScenario(doc, scenario).overrides[parameterId];
  const fileRange =
    parameter.low !== undefined && parameter.high !== undefined
      ? {
          low: parameter.low,
          high: parameter.high,
          ...(parameter.distribution ? { distribution: parameter.distribution } : {}),
        }
      : null;
  if (!inherited) return { value: parameter.value, range: fileRange, source: { kind: 'file' } };
  const o = inherited.value;
  const range =
    typeof o === 'number'
      ? fileRange
      : o.low !== undefined && o.high !== undefined
        ? { low: o.low, high: o.high, ...(o.distribution ? { distribution: o.distribution } : {}) }
        : null;
  return { value: typeof o === 'number' ? o : o.value, range, source: sourceOf(scenarioId, inherited.from) };
}

function withOwnOverride(
  doc: ScenarioDocument,
  scenarioId: string,
  parameterId: string,
  override: ParameterOverride | undefined,
): ScenarioDocument {
  return {
    ...doc,
    scenarios: doc.scenarios.map((s) => {
      if (s.id !== scenarioId) return s;
      const { [parameterId]: _old, ...rest } = s.overrides ?? {};
      const overrides = override === undefined ? rest : { ...rest, [parameterId]: override };
      const next: Scenario = { ...s, overrides };
      if (Object.keys(overrides).length === 0) delete next.overrides;
      return next;
    }),
  };
}

function checkParameter(doc: ScenarioDocument, scenarioId: string, parameterId: string): Result<ParameterOrigin> {
  if (!findScenario(doc, scenarioId)) return unknownScenario(doc, scenarioId) as Result<never>;
  const origin = parameterOrigin(doc, scenarioId, parameterId);
  if (!origin)
    return fail(
      'edit.unknown-parameter',
      `parameters.${parameterId}`,
      `There is no parameter "${parameterId}"; check the spelling against the file's parameters.`,
    ) as Result<never>;
  return { ok: true, value: origin, diagnostics: [] };
}

/**
 * Sets a parameter's value on the scenario itself. An override's range that applied before (its own
 * or an inherited one) is kept with the new value, so setting a value never widens or drops the
 * uncertainty Monte Carlo draws.
 */
export function setScenarioValue(
  doc: ScenarioDocument,
  scenarioId: string,
  parameterId: string,
  value: number,
): Result<ScenarioDocument> {
  const checked = checkParameter(doc, scenarioId, parameterId);
  if (!checked.ok) return checked;
  if (!Number.isFinite(value))
    return fail(
      'edit.not-a-number',
      `parameters.${parameterId}`,
      `The value for "${parameterId}" must be a finite number.`,
    );
  const scenario = findScenario(doc, scenarioId)!;
  const effective = resolveScenario(doc, scenario).overrides[parameterId]?.value;
  const next: ParameterOverride =
    effective !== undefined && typeof effective === 'object' ? { ...effective, value } : value;
  return ok(withOwnOverride(doc, scenarioId, parameterId, next));
}

/** Drops the scenario's own override of a parameter, so it takes the inherited (or the file's) value again. */
export function resetScenarioValue(doc: ScenarioDocument, scenarioId: string, parameterId: string): ScenarioDocument {
  return withOwnOverride(doc, scenarioId, parameterId, undefined);
}

/**
 * Gives the parameter a range of its own in this scenario, around the value it has there (issue 14: an
 * override that leaves the shared range needs its own). With `range` null the scenario's own entry
 * keeps only the value, so the parameter's own range applies again.
 */
export function setScenarioRange(
  doc: ScenarioDocument,
  scenarioId: string,
  parameterId: string,
  range: ScenarioRange | null,
): Result<ScenarioDocument> {
  const checked = checkParameter(doc, scenarioId, parameterId);
  if (!checked.ok) return checked;
  const { value } = checked.value;
  if (range === null) return ok(withOwnOverride(doc, scenarioId, parameterId, value));
  const path = `scenarios[${doc.scenarios.findIndex((s) => s.id === scenarioId)}].overrides.${parameterId}`;
  if (!Number.isFinite(range.low) || !Number.isFinite(range.high))
    return fail('edit.not-a-number', path, `The range for "${parameterId}" needs finite numbers for low and high.`);
  if (range.low > value || value > range.high)
    return fail(
      'edit.range',
      path,
      `The range ${range.low} to ${range.high} for "${parameterId}" must include its value in this scenario (${value}).`,
    );
  const override: ParameterOverride = { value, low: range.low, high: range.high };
  if (range.distribution) override.distribution = range.distribution;
  return ok(withOwnOverride(doc, scenarioId, parameterId, override));
}

/** An additionality factor's value in a scenario and where it comes from (the intervention's own: 'file'). */
export function additionalityOrigin(
  doc: ScenarioDocument,
  scenarioId: string,
  interventionId: string,
  factor: AdditionalityFactor,
): { value: RangedNumber; source: ValueSource } | null {
  const scenario = findScenario(doc, scenarioId);
  if (!scenario) return null;
  const resolved = resolveScenario(doc, scenario).additionality[interventionId]?.[factor];
  return resolved ? { value: resolved.value, source: sourceOf(scenarioId, resolved.from) } : null;
}

/**
 * Sets one additionality factor on the scenario itself (docs/method.md section 10). A number typed
 * over a ranged factor (own or inherited) keeps the range, as on the intervention itself.
 */
export function setScenarioAdditionality(
  doc: ScenarioDocument,
  scenarioId: string,
  interventionId: string,
  factor: AdditionalityFactor,
  value: RangedNumber,
): Result<ScenarioDocument> {
  if (!findScenario(doc, scenarioId)) return unknownScenario(doc, scenarioId);
  const origin = additionalityOrigin(doc, scenarioId, interventionId, factor);
  if (!origin || !ADDITIONALITY_FACTORS.includes(factor))
    return fail(
      'edit.unknown-intervention',
      'interventions',
      `There is no intervention "${interventionId}" with a factor "${factor}"; use one of: ${doc.interventions.map((i) => i.id).join(', ')}.`,
    );
  const central = typeof value === 'number' ? value : value.value;
  if (!Number.isFinite(central))
    return fail('edit.not-a-number', `scenarios`, `The ${factor} for "${interventionId}" must be a finite number.`);
  const next = typeof value === 'number' && typeof origin.value === 'object' ? { ...origin.value, value } : value;
  return ok(setScenarioFactor(doc, scenarioId, interventionId, factor, next));
}

/** Drops the scenario's own value of a factor, so the inherited (or the intervention's) applies again. */
export function resetScenarioAdditionality(
  doc: ScenarioDocument,
  scenarioId: string,
  interventionId: string,
  factor: AdditionalityFactor,
): ScenarioDocument {
  return setScenarioFactor(doc, scenarioId, interventionId, factor, undefined);
}

/** Sets the scenario's own list of interventions, or (with `undefined`) makes it inherit the list again. */
export function setScenarioInterventions(
  doc: ScenarioDocument,
  scenarioId: string,
  interventions: readonly string[] | undefined,
): ScenarioDocument {
  return {
    ...doc,
    scenarios: doc.scenarios.map((s) => {
      if (s.id !== scenarioId) return s;
      const next: Scenario = { ...s };
      if (interventions === undefined) delete next.interventions;
      else next.interventions = doc.interventions.map((i) => i.id).filter((id) => interventions.includes(id));
      return next;
    }),
  };
}

/**
 * Changes what a scenario inherits from: its parent (`basedOn`, null for none) and its packages
 * (`alsoInheritsFrom`, in lookup order). Refuses an unknown scenario or a change that would make
 * scenarios inherit from each other in a circle, naming them.
 */
export function setScenarioParents(
  doc: ScenarioDocument,
  scenarioId: string,
  parents: { basedOn?: string | null; alsoInheritsFrom?: readonly string[] },
): Result<ScenarioDocument> {
  if (!findScenario(doc, scenarioId)) return unknownScenario(doc, scenarioId);
  const named = [...(parents.basedOn ? [parents.basedOn] : []), ...(parents.alsoInheritsFrom ?? [])];
  const unknown = named.find((id) => !findScenario(doc, id));
  if (unknown !== undefined) return unknownScenario(doc, unknown);
  const next: ScenarioDocument = {
    ...doc,
    scenarios: doc.scenarios.map((s) => {
      if (s.id !== scenarioId) return s;
      const out: Scenario = { ...s };
      if (parents.basedOn !== undefined) {
        if (parents.basedOn === null) delete out.basedOn;
        else out.basedOn = parents.basedOn;
      }
      if (parents.alsoInheritsFrom !== undefined) {
        if (parents.alsoInheritsFrom.length === 0) delete out.alsoInheritsFrom;
        else out.alsoInheritsFrom = [...parents.alsoInheritsFrom];
      }
      return out;
    }),
  };
  const problems = checkInheritance(next).filter((d) => d.severity === 'error');
  return problems.length > 0 ? { ok: false, diagnostics: problems } : ok(next);
}
