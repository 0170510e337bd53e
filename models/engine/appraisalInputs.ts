/**
 * The appraisal's own uncertain inputs (docs/method.md sections 10-11): each switched-on intervention's
 * additionality factors and national factors, and optimism bias. They join the scenario's parameters
 * under dotted names that no formula can use (`additionality.<interventionId>.<factor>`,
 * `national.<interventionId>.displacement|labourSupply`, `appraisal.optimismBias`), so Monte Carlo
 * draws them, the tornado and switching values move them and `--set` changes them by the same
 * machinery as formula parameters: each has a slot with one value per lane, and accumulate.ts turns
 * the lane values into net factors, national weights and the cost mark-up.
 */
import { ADDITIONALITY_FACTORS, type Diagnostic, type RangedNumber, type ScenarioDocument } from '../types.ts';
import { error } from '../diagnostics.ts';
import { FACTOR_LIMITS, LEGAL_RANGE, type Limit } from '../file/rangedValues.ts';
import type { AdditionalityFactor, Inherited, ResolvedScenario } from '../scenario/inheritance.ts';
import type { ResolvedParameter } from './compileScenario.ts';

export const OPTIMISM_BIAS_ID = 'appraisal.optimismBias';
export const NATIONAL_FIELDS = ['displacement', 'labourSupply'] as const;
export type NationalField = (typeof NATIONAL_FIELDS)[number];

export const additionalityId = (interventionId: string, factor: AdditionalityFactor) =>
  `additionality.${interventionId}.${factor}`;
export const nationalId = (interventionId: string, field: NationalField) => `national.${interventionId}.${field}`;

const FACTOR_LABELS: Record<AdditionalityFactor | NationalField, string> = {
  deadweight: 'Deadweight',
  leakage: 'Leakage',
  displacement: 'Displacement',
  substitution: 'Substitution',
  multiplier: 'Multiplier',
  labourSupply: 'Labour-supply share',
};

/** What a `--set` name may be: a formula parameter, or one of the dotted appraisal names. */
export type AppraisalName =
  | { kind: 'additionality'; intervention: string; factor: AdditionalityFactor }
  | { kind: 'national'; intervention: string; field: NationalField }
  | { kind: 'optimismBias' };

/** Reads a dotted appraisal name, or null when `id` is not one (it may then be a formula parameter). */
export function parseAppraisalName(id: string): AppraisalName | null {
  if (id === OPTIMISM_BIAS_ID) return { kind: 'optimismBias' };
  const parts = id.split('.');
  if (parts.length !== 3) return null;
  const [group, intervention, last] = parts as [string, string, string];
  if (group === 'additionality' && (ADDITIONALITY_FACTORS as readonly string[]).includes(last))
    return { kind: 'additionality', intervention, factor: last as AdditionalityFactor };
  if (group === 'national' && (NATIONAL_FIELDS as readonly string[]).includes(last))
    return { kind: 'national', intervention, field: last as NationalField };
  return null;
}

/**
 * A ranged value as a parameter: its value, range and distribution, where it lives in the file, and
 * its legal range (Monte Carlo keeps draws inside it).
 */
function asParameter(
  id: string,
  label: string,
  v: RangedNumber,
  path: string,
  unit: string,
  limit: Limit,
): ResolvedParameter {
  if (typeof v === 'number') return { id, value: v, distribution: 'triangular', label, unit, path };
  return {
    id,
    value: v.value,
    low: v.low,
    high: v.high,
    distribution: v.distribution ?? 'triangular',
    label,
    unit,
    path,
    limits: LEGAL_RANGE[limit],
  };
}

/** The JSON path of an inherited value: in the scenario that states it, or in the file's own place. */
function pathOf(doc: ScenarioDocument, from: string | null, inScenario: string, inFile: string): string {
  if (from === null) return inFile;
  return `scenarios[${doc.scenarios.findIndex((s) => s.id === from)}].${inScenario}`;
}

/** One switched-on intervention's appraisal inputs, by their ids in the parameter list. */
export interface InterventionInputIds {
  id: string;
  factors: Record<AdditionalityFactor, string>;
  /** Absent: no national factors, so its UK social value is not assessed. */
  national: Record<NationalField, string> | null;
}

/**
 * The appraisal inputs of a scenario as parameters, in a fixed order (interventions in file order,
 * factors in file order, national factors, then optimism bias), keyed by id.
 */
export function appraisalParameters(
  doc: ScenarioDocument,
  view: ResolvedScenario,
  active: ReadonlySet<string>,
): { parameters: ResolvedParameter[]; interventions: InterventionInputIds[]; optimismBias: string } {
  const parameters: ResolvedParameter[] = [];
  const interventions: InterventionInputIds[] = [];
  doc.interventions.forEach((iv, k) => {
    if (!active.has(iv.id)) return;
    const name = iv.name || iv.id;
    const factors = {} as Record<AdditionalityFactor, string>;
    for (const f of ADDITIONALITY_FACTORS) {
      const inherited: Inherited<RangedNumber> = view.additionality[iv.id]![f];
      const id = additionalityId(iv.id, f);
      const path = pathOf(doc, inherited.from, `additionality.${iv.id}.${f}`, `interventions[${k}].additionality.${f}`);
      parameters.push(
        asParameter(
          id,
          `${FACTOR_LABELS[f]} (${name})`,
          inherited.value,
          path,
          f === 'multiplier' ? 'x' : 'fraction',
          FACTOR_LIMITS[f],
        ),
      );
      factors[f] = id;
    }
    let national: InterventionInputIds['national'] = null;
    if (iv.national) {
      national = { displacement: nationalId(iv.id, 'displacement'), labourSupply: nationalId(iv.id, 'labourSupply') };
      for (const field of NATIONAL_FIELDS) {
        const label = `${field === 'displacement' ? 'National displacement' : FACTOR_LABELS[field]} (${name})`;
        parameters.push(
          asParameter(
            national[field],
            label,
            iv.national[field],
            `interventions[${k}].national.${field}`,
            'fraction',
            'fraction',
          ),
        );
      }
    }
    interventions.push({ id: iv.id, factors, national });
  });
  const bias = view.optimismBias;
  parameters.push(
    asParameter(
      OPTIMISM_BIAS_ID,
      'Optimism bias',
      bias.value,
      pathOf(doc, bias.from, 'appraisal.optimismBias', 'appraisal.optimismBias'),
      'fraction',
      'optimism-bias',
    ),
  );
  return { parameters, interventions, optimismBias: OPTIMISM_BIAS_ID };
}

/**
 * Checks a `--set` of a dotted appraisal name: the intervention exists and the value is in the
 * range the factor allows. Returns a diagnostic, or null when the value may be used.
 */
export function checkAppraisalSet(
  doc: ScenarioDocument,
  id: string,
  name: AppraisalName,
  value: number,
): Diagnostic | null {
  if (name.kind !== 'optimismBias' && !doc.interventions.some((i) => i.id === name.intervention)) {
    const known = doc.interventions.map((i) => `"${i.id}"`).join(', ') || 'none';
    return error(
      'set.unknown-parameter',
      'interventions',
      `Cannot set "${id}": the file has no intervention "${name.intervention}" (it has ${known}).`,
    );
  }
  if (name.kind === 'national' && !doc.interventions.find((i) => i.id === name.intervention)!.national) {
    return error(
      'set.unknown-parameter',
      'interventions',
      `Cannot set "${id}": intervention "${name.intervention}" has no national factors to change; add "national": { "displacement", "labourSupply" } to it first.`,
    );
  }
  const multiplier = name.kind === 'additionality' && name.factor === 'multiplier';
  const ok = multiplier ? value > 0 : name.kind === 'optimismBias' ? value >= 0 : value >= 0 && value <= 1;
  if (ok) return null;
  const rule = multiplier
    ? 'a multiplier above 0'
    : name.kind === 'optimismBias'
      ? 'a fraction of 0 or more'
      : 'a fraction from 0 to 1';
  return error('set.out-of-range', id, `Cannot set "${id}" to ${value}: it must be ${rule}.`);
}
