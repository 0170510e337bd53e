/**
 * Pure edits of the appraisal's uncertain inputs (docs/method.md sections 10-11): an intervention's
 * additionality factors and national factors with their ranges, a scenario's overrides of factors and
 * of optimism bias, and the file's optimism bias. Each returns a new document (the input is not
 * changed) or the same one when there is nothing to change. Values are checked where the document is
 * (models/file/rangedValues.ts), so an edit never refuses a number: a bad one shows as a problem.
 */
import { ADDITIONALITY_FACTORS } from '../file/shape.ts';
import type { AdditionalityFactor } from '../scenario/inheritance.ts';
import type { NationalFactors, RangedNumber, Scenario, ScenarioDocument } from '../types.ts';

/** A value with the range given: a plain number when neither bound is given, else a ranged value. */
export function withRange(v: RangedNumber, range: { low?: number; high?: number }): RangedNumber {
  const value = typeof v === 'number' ? v : v.value;
  const distribution = typeof v === 'number' ? undefined : v.distribution;
  if (range.low === undefined && range.high === undefined) return value;
  return {
    value,
    ...(range.low === undefined ? {} : { low: range.low }),
    ...(range.high === undefined ? {} : { high: range.high }),
    ...(distribution ? { distribution } : {}),
  };
}

/** The same value with a new central value, keeping its range. */
export function withValue(v: RangedNumber, value: number): RangedNumber {
  return typeof v === 'number' ? value : { ...v, value };
}

function mapIntervention(
  doc: ScenarioDocument,
  interventionId: string,
  change: (i: ScenarioDocument['interventions'][number]) => ScenarioDocument['interventions'][number],
): ScenarioDocument {
  const index = doc.interventions.findIndex((i) => i.id === interventionId);
  if (index < 0) return doc;
  const interventions = doc.interventions.slice();
  interventions[index] = change(interventions[index]!);
  return { ...doc, interventions };
}

function mapScenario(doc: ScenarioDocument, scenarioId: string, change: (s: Scenario) => Scenario): ScenarioDocument {
  const index = doc.scenarios.findIndex((s) => s.id === scenarioId);
  if (index < 0) return doc;
  const scenarios = doc.scenarios.slice();
  scenarios[index] = change(scenarios[index]!);
  return { ...doc, scenarios };
}

/** Sets an intervention's own factor, a number or a ranged value. */
export function setInterventionFactor(
  doc: ScenarioDocument,
  interventionId: string,
  factor: AdditionalityFactor,
  value: RangedNumber,
): ScenarioDocument {
  return mapIntervention(doc, interventionId, (i) => ({
    ...i,
    additionality: { ...i.additionality, [factor]: value },
  }));
}

/**
 * Sets (or, with `undefined`, removes so that it is inherited again) a scenario's override of one
 * intervention's factor; an intervention left with no overrides is dropped from the scenario's list.
 * An entry that is already there keeps its place, so a saved file changes only where the value did.
 * The one such edit: models/edit/scenarioValues.ts checks its input and then writes through this.
 */
export function setScenarioFactor(
  doc: ScenarioDocument,
  scenarioId: string,
  interventionId: string,
  factor: AdditionalityFactor,
  value: RangedNumber | undefined,
): ScenarioDocument {
  return mapScenario(doc, scenarioId, (s) => {
    const all = { ...(s.additionality ?? {}) };
    const own = { ...(all[interventionId] ?? {}) };
    if (value === undefined) delete own[factor];
    else own[factor] = value;
    if (ADDITIONALITY_FACTORS.some((f) => own[f] !== undefined)) all[interventionId] = own;
    else delete all[interventionId];
    const next: Scenario = { ...s, additionality: all };
    if (Object.keys(all).length === 0) delete next.additionality;
    return next;
  });
}

/** Sets an intervention's national factors, or removes them (its UK social value is then not assessed). */
export function setNationalFactors(
  doc: ScenarioDocument,
  interventionId: string,
  national: NationalFactors | undefined,
): ScenarioDocument {
  return mapIntervention(doc, interventionId, (i) => {
    const next = { ...i };
    if (national === undefined) delete next.national;
    else next.national = national;
    return next;
  });
}

/** Sets the file's optimism bias, a number or a ranged value. */
export function setOptimismBias(doc: ScenarioDocument, value: RangedNumber): ScenarioDocument {
  return { ...doc, appraisal: { ...doc.appraisal, optimismBias: value } };
}

/** Sets (or removes, to inherit again) a scenario's own optimism bias. */
export function setScenarioOptimismBias(
  doc: ScenarioDocument,
  scenarioId: string,
  value: RangedNumber | undefined,
): ScenarioDocument {
  return mapScenario(doc, scenarioId, (s) => {
    const appraisal = { ...(s.appraisal ?? {}) };
    if (value === undefined) delete appraisal.optimismBias;
    else appraisal.optimismBias = value;
    const next: Scenario = { ...s, appraisal };
    if (Object.keys(appraisal).length === 0) delete next.appraisal;
    return next;
  });
}
