/**
 * Pure edit operations on assumptions: parameters, scenario overrides, additionality, baseline
 * sectors and the scenario list. Shared by the renderer's store and the CLI (`causeway set`).
 */
import type {
  Additionality,
  Diagnostic,
  Parameter,
  ParameterOverride,
  Result,
  Scenario,
  ScenarioDocument,
  SectorBaseline,
} from '../types.ts';
import { resolveScenario } from '../scenario/inheritance.ts';
import { isValidNameId } from './nodes.ts';

/** The value an override sets, whichever of its two shapes it has. */
export function overrideValue(override: ParameterOverride | undefined): number | undefined {
  if (override === undefined) return undefined;
  return typeof override === 'number' ? override : override.value;
}

/**
 * Sets a parameter's value: in the scenario's overrides when `scenarioId` is given (keeping an
 * override's own range if it has one), otherwise the parameter's own value. Fails, with a diagnostic
 * that names what to fix, on an unknown parameter or scenario or a non-finite number.
 */
export function setParameterValue(
  doc: ScenarioDocument,
  parameterId: string,
  value: number,
  scenarioId?: string,
): Result<ScenarioDocument> {
  const problems: Diagnostic[] = [];
  if (!Object.prototype.hasOwnProperty.call(doc.parameters, parameterId)) {
    problems.push({
      severity: 'error',
      code: 'edit.unknown-parameter',
      path: `parameters.${parameterId}`,
      message: `There is no parameter "${parameterId}"; check the spelling against the file's parameters.`,
    });
  }
  if (!Number.isFinite(value)) {
    problems.push({
      severity: 'error',
      code: 'edit.not-a-number',
      path: `parameters.${parameterId}`,
      message: `The value for "${parameterId}" must be a finite number.`,
    });
  }
  const scenarioIndex = scenarioId === undefined ? -1 : doc.scenarios.findIndex((s) => s.id === scenarioId);
  if (scenarioId !== undefined && scenarioIndex < 0) {
    problems.push({
      severity: 'error',
      code: 'edit.unknown-scenario',
      path: 'scenarios',
      message: `There is no scenario "${scenarioId}"; use one of: ${doc.scenarios.map((s) => s.id).join(', ')}.`,
    });
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  if (scenarioId === undefined) {
    return { ok: true, value: updateParameter(doc, parameterId, { value }), diagnostics: [] };
  }
  const scenario = doc.scenarios[scenarioIndex]!;
  const current = scenario.overrides?.[parameterId];
  const next: ParameterOverride = current !== undefined && typeof current === 'object' ? { ...current, value } : value;
  return { ok: true, value: setOverride(doc, scenario.id, parameterId, next), diagnostics: [] };
}

/** Changes fields of a parameter; optional fields set to `undefined` are removed. */
export function updateParameter(doc: ScenarioDocument, id: string, patch: Partial<Parameter>): ScenarioDocument {
  const current = doc.parameters[id];
  if (!current) return doc;
  const next: Parameter = { ...current, ...patch };
  for (const key of Object.keys(patch))
    if ((next as Record<string, unknown>)[key] === undefined) delete (next as Record<string, unknown>)[key];
  return { ...doc, parameters: { ...doc.parameters, [id]: next } };
}

/** Adds a parameter with a valid, unused id; returns the document unchanged otherwise. */
export function addParameter(doc: ScenarioDocument, id: string, parameter: Parameter): ScenarioDocument {
  const taken = new Set([...Object.keys(doc.parameters), ...doc.logicModel.nodes.map((n) => n.id)]);
  if (!isValidNameId(id) || taken.has(id)) return doc;
  return { ...doc, parameters: { ...doc.parameters, [id]: parameter } };
}

/**
 * Removes a parameter, any scenario overrides of it and its workshop slider (formulas that use it
 * will then report).
 */
export function deleteParameter(doc: ScenarioDocument, id: string): ScenarioDocument {
  if (!doc.parameters[id]) return doc;
  const { [id]: _gone, ...parameters } = doc.parameters;
  const scenarios = doc.scenarios.map((s) => (s.overrides && id in s.overrides ? withoutOverride(s, id) : s));
  const sliders = doc.meta.workshop?.parameters;
  const meta =
    sliders && sliders.includes(id)
      ? { ...doc.meta, workshop: { ...doc.meta.workshop, parameters: sliders.filter((p) => p !== id) } }
      : doc.meta;
  return { ...doc, meta, parameters, scenarios };
}

/**
 * Sets the parameters workshop mode shows as sliders, in order (`meta.workshop.parameters`);
 * unknown and repeated ids are dropped. An empty list removes the field, so the workshop goes back
 * to choosing for itself.
 */
export function setWorkshopParameters(doc: ScenarioDocument, ids: readonly string[]): ScenarioDocument {
  const kept = ids.filter((id, k) => Object.prototype.hasOwnProperty.call(doc.parameters, id) && ids.indexOf(id) === k);
  const { workshop: current, ...rest } = doc.meta;
  if (kept.length === 0) return current === undefined ? doc : { ...doc, meta: rest };
  return { ...doc, meta: { ...rest, workshop: { ...current, parameters: kept } } };
}

function withoutOverride(scenario: Scenario, parameterId: string): Scenario {
  const { [parameterId]: _gone, ...overrides } = scenario.overrides ?? {};
  const next: Scenario = { ...scenario, overrides };
  if (Object.keys(overrides).length === 0) delete next.overrides;
  return next;
}

function mapScenario(doc: ScenarioDocument, scenarioId: string, change: (s: Scenario) => Scenario): ScenarioDocument {
  const index = doc.scenarios.findIndex((s) => s.id === scenarioId);
  if (index < 0) return doc;
  const scenarios = doc.scenarios.slice();
  scenarios[index] = change(doc.scenarios[index]!);
  return { ...doc, scenarios };
}

export function setOverride(
  doc: ScenarioDocument,
  scenarioId: string,
  parameterId: string,
  override: ParameterOverride,
): ScenarioDocument {
  return mapScenario(doc, scenarioId, (s) => ({
    ...s,
    overrides: { ...(s.overrides ?? {}), [parameterId]: override },
  }));
}

/** Drops a scenario's override so the parameter's own value applies again. */
export function clearOverride(doc: ScenarioDocument, scenarioId: string, parameterId: string): ScenarioDocument {
  return mapScenario(doc, scenarioId, (s) =>
    s.overrides && parameterId in s.overrides ? withoutOverride(s, parameterId) : s,
  );
}

export function setAdditionality(
  doc: ScenarioDocument,
  interventionId: string,
  patch: Partial<Additionality>,
): ScenarioDocument {
  const index = doc.interventions.findIndex((i) => i.id === interventionId);
  if (index < 0) return doc;
  const interventions = doc.interventions.slice();
  const current = interventions[index]!;
  const additionality = { ...current.additionality };
  for (const [f, v] of Object.entries(patch) as [keyof Additionality, Additionality[keyof Additionality]][]) {
    // A number typed over a ranged factor changes its central value and keeps its range.
    const old = additionality[f];
    additionality[f] = typeof v === 'number' && typeof old === 'object' ? { ...old, value: v } : v;
  }
  interventions[index] = { ...current, additionality };
  return { ...doc, interventions };
}

export function updateIntervention(
  doc: ScenarioDocument,
  interventionId: string,
  patch: { name?: string; description?: string },
): ScenarioDocument {
  const index = doc.interventions.findIndex((i) => i.id === interventionId);
  if (index < 0) return doc;
  const interventions = doc.interventions.slice();
  interventions[index] = { ...interventions[index]!, ...patch };
  return { ...doc, interventions };
}

export function updateSector(
  doc: ScenarioDocument,
  sectorId: string,
  patch: Partial<Omit<SectorBaseline, 'id'>>,
): ScenarioDocument {
  const index = doc.baseline.sectors.findIndex((s) => s.id === sectorId);
  if (index < 0) return doc;
  const sectors = doc.baseline.sectors.slice();
  sectors[index] = { ...sectors[index]!, ...patch };
  return { ...doc, baseline: { ...doc.baseline, sectors } };
}

export function updateScenario(
  doc: ScenarioDocument,
  scenarioId: string,
  patch: { name?: string; description?: string; interventions?: string[] },
): ScenarioDocument {
  return mapScenario(doc, scenarioId, (s) => ({ ...s, ...patch }));
}

/** Switches an intervention on or off in a scenario, keeping the file's intervention order. */
export function toggleScenarioIntervention(
  doc: ScenarioDocument,
  scenarioId: string,
  interventionId: string,
  on: boolean,
): ScenarioDocument {
  return mapScenario(doc, scenarioId, (s) => {
    // Toggling an inherited list makes it the scenario's own (explicit) list.
    const set = new Set(resolveScenario(doc, s).interventions.value);
    if (on) set.add(interventionId);
    else set.delete(interventionId);
    return { ...s, interventions: doc.interventions.map((i) => i.id).filter((id) => set.has(id)) };
  });
}

function uniqueScenarioId(doc: ScenarioDocument, name: string): string {
  const stem =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'scenario';
  const base = /^[a-z]/.test(stem) ? stem : `s-${stem}`;
  const taken = new Set(doc.scenarios.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * Adds a scenario that copies `fromScenarioId` (its interventions and overrides) with extra
 * overrides on top: how workshop mode "keeps" the values on the sliders. Returns the new id.
 */
export function addScenarioFromOverrides(
  doc: ScenarioDocument,
  fromScenarioId: string,
  name: string,
  extraOverrides: Record<string, ParameterOverride> = {},
  description?: string,
): { doc: ScenarioDocument; id: string } {
  const source = doc.scenarios.find((s) => s.id === fromScenarioId);
  const id = uniqueScenarioId(doc, name);
  const overrides = { ...(source?.overrides ?? {}), ...extraOverrides };
  const scenario: Scenario = {
    id,
    name,
    interventions: source ? [...resolveScenario(doc, source).interventions.value] : [],
  };
  if (description) scenario.description = description;
  if (Object.keys(overrides).length > 0) scenario.overrides = overrides;
  return { doc: { ...doc, scenarios: [...doc.scenarios, scenario] }, id };
}

/**
 * Adds a scenario with the interventions given switched on (none: a business-as-usual case) and no
 * overrides; returns the new id, derived from the name.
 */
export function addScenario(
  doc: ScenarioDocument,
  name: string,
  interventions: readonly string[] = [],
): { doc: ScenarioDocument; id: string } {
  const out = addScenarioFromOverrides(doc, '', name);
  const known = doc.interventions.map((i) => i.id).filter((id) => interventions.includes(id));
  return known.length ? { doc: updateScenario(out.doc, out.id, { interventions: known }), id: out.id } : out;
}

/**
 * Copies a scenario under a new name ("Copy of ..."): everything it states itself, inheritance
 * included (basedOn, packages, additionality and optimism bias overrides), so the copy resolves to
 * the same values.
 */
export function duplicateScenario(doc: ScenarioDocument, scenarioId: string): { doc: ScenarioDocument; id: string } {
  const source = doc.scenarios.find((s) => s.id === scenarioId);
  if (!source) return addScenarioFromOverrides(doc, scenarioId, 'Copy of scenario');
  const name = `Copy of ${source.name}`;
  const id = uniqueScenarioId(doc, name);
  return { doc: { ...doc, scenarios: [...doc.scenarios, { ...structuredClone(source), id, name }] }, id };
}

/** Deletes a scenario; the last one cannot go, since a file needs at least one scenario to project. */
export function deleteScenario(doc: ScenarioDocument, scenarioId: string): ScenarioDocument {
  if (doc.scenarios.length <= 1) return doc;
  return { ...doc, scenarios: doc.scenarios.filter((s) => s.id !== scenarioId) };
}

export function setMeta(doc: ScenarioDocument, patch: { title?: string; description?: string }): ScenarioDocument {
  return { ...doc, meta: { ...doc.meta, ...patch } };
}

export function setAppraisal(
  doc: ScenarioDocument,
  patch: { optimismBias?: number; discountRate?: number | undefined },
): ScenarioDocument {
  const appraisal = { ...doc.appraisal, ...patch };
  if (appraisal.discountRate === undefined) delete appraisal.discountRate;
  return { ...doc, appraisal };
}

/**
 * Adds an intervention with the additionality factors given. The caller states them: "no adjustment"
 * (all zero, multiplier 1) is a choice the user sees in the table, never a hidden default.
 */
export function addIntervention(
  doc: ScenarioDocument,
  name: string,
  additionality: Additionality,
): { doc: ScenarioDocument; id: string } {
  const stem =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'intervention';
  const base = /^[a-z]/.test(stem) ? stem : `i-${stem}`;
  const taken = new Set(doc.interventions.map((i) => i.id));
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return {
    doc: { ...doc, interventions: [...doc.interventions, { id, name, additionality: { ...additionality } }] },
    id,
  };
}

/** Removes an intervention from the list and from every scenario; its boxes become shared context. */
export function deleteIntervention(doc: ScenarioDocument, interventionId: string): ScenarioDocument {
  if (!doc.interventions.some((i) => i.id === interventionId)) return doc;
  return {
    ...doc,
    interventions: doc.interventions.filter((i) => i.id !== interventionId),
    scenarios: doc.scenarios.map((s) =>
      s.interventions?.includes(interventionId)
        ? { ...s, interventions: s.interventions.filter((x) => x !== interventionId) }
        : s,
    ),
    logicModel: {
      ...doc.logicModel,
      nodes: doc.logicModel.nodes.map((n) => {
        if (n.intervention !== interventionId) return n;
        const { intervention: _gone, ...rest } = n;
        return rest as typeof n;
      }),
    },
  };
}

/** Adds a baseline sector; returns the document unchanged when the id is taken or empty. */
export function addSector(doc: ScenarioDocument, sector: SectorBaseline): ScenarioDocument {
  if (!sector.id || doc.baseline.sectors.some((s) => s.id === sector.id)) return doc;
  return { ...doc, baseline: { ...doc.baseline, sectors: [...doc.baseline.sectors, sector] } };
}

/** Ids of the nodes that use a sector: as their impact sector or in base_gva/base_jobs/base_prod. */
export function nodesUsingSector(doc: ScenarioDocument, sectorId: string): string[] {
  const quoted = new RegExp(`["']${sectorId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`);
  return doc.logicModel.nodes
    .filter((n) => n.sector === sectorId || (n.expr !== undefined && quoted.test(n.expr)))
    .map((n) => n.id);
}

/** Removes a baseline sector that no node uses; returns the document unchanged otherwise. */
export function removeSector(doc: ScenarioDocument, sectorId: string): ScenarioDocument {
  if (nodesUsingSector(doc, sectorId).length > 0) return doc;
  return { ...doc, baseline: { ...doc.baseline, sectors: doc.baseline.sectors.filter((s) => s.id !== sectorId) } };
}
