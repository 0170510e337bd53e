/**
 * The shape of a schemaVersion 1 file, as zod 4 schemas. One definition serves two purposes: runtime
 * validation on load (loose objects, so unknown fields survive) and the published JSON Schema.
 *
 * `buildScenarioSchema(false)` checks types, required fields and enums only; ranges, id patterns and
 * references are semantic checks (references.ts) so that a well-shaped file with a bad value still
 * opens, with the problem shown in place. `buildScenarioSchema(true)` adds those ranges and patterns
 * for the JSON Schema, so other tools see the same rules the app enforces.
 */
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, DISTRIBUTIONS, EVIDENCE_LEVELS, ROLES, SCENARIO_FORMAT, STAGES } from '../types.ts';

/** Parameter and node ids: they are names in formulas. */
export const FORMULA_ID = /^[a-z][a-z0-9_]*$/;
/** Sector, intervention, link and scenario ids may also use '-'. */
export const OTHER_ID = /^[a-z][a-z0-9_-]*$/;
/** Longest horizon accepted, in years (inclusive count). */
export const MAX_HORIZON_YEARS = 100;

/** Builds the file-shape schema; `strict` adds the semantic ranges and patterns (for JSON Schema). */
export function buildScenarioSchema(strict: boolean) {
  const formulaId = strict ? z.string().regex(FORMULA_ID) : z.string();
  const otherId = strict ? z.string().regex(OTHER_ID) : z.string();
  const fraction = (what: string) =>
    (strict ? z.number().min(0).max(1) : z.number()).describe(`${what}, a fraction from 0 to 1`);
  const text = () => z.string();
  const evidence = z.enum(EVIDENCE_LEVELS).describe('Strength of evidence; absent means none');
  const distribution = z
    .enum(DISTRIBUTIONS)
    .describe('Uncertainty distribution over low..high; triangular when absent');
  const growth = (what: string) =>
    (strict ? z.number().gt(-1) : z.number()).describe(`Real ${what} growth a year, as a fraction`);

  const meta = z.looseObject({
    title: text(),
    description: text().optional(),
    createdAt: text().optional().describe('ISO-8601 time of creation'),
    updatedAt: text().optional().describe('ISO-8601 time of the last save'),
    revision: (strict ? z.int().min(0) : z.int()).optional().describe('Counts saves'),
  });
  const area = z.looseObject({ code: text(), name: text(), level: text().optional() });
  const horizon = z.looseObject({
    startYear: z.int().describe('First projected year (t = 0)'),
    endYear: z.int().describe('Last projected year, inclusive'),
  });
  const prices = z.looseObject({
    baseYear: z.int().describe('Money is in real prices of this year'),
    currency: text(),
  });
  const sector = z.looseObject({
    id: otherId,
    name: text(),
    sic: text().optional(),
    dataYear: z.int().describe('Year the gva and jobs figures are for'),
    gva: (strict ? z.number().min(0) : z.number()).describe('GVA in the data year, £m'),
    jobs: (strict ? z.number().gt(0) : z.number()).describe('Jobs in the data year, a count'),
    gvaGrowth: growth('GVA'),
    jobsGrowth: growth('jobs'),
    source: text().optional(),
  });
  const rangeFields = {
    low: z.number().optional(),
    high: z.number().optional(),
    distribution: distribution.optional(),
  };
  const parameter = z.looseObject({
    value: z.number(),
    ...rangeFields,
    unit: text().optional(),
    label: text().optional(),
    source: text().optional(),
  });
  const additionality = z.looseObject({
    deadweight: fraction('Deadweight'),
    leakage: fraction('Leakage'),
    displacement: fraction('Displacement'),
    substitution: fraction('Substitution'),
    multiplier: (strict ? z.number().gt(0) : z.number()).describe('Composite multiplier, > 0 (usually >= 1)'),
  });
  const intervention = z.looseObject({ id: otherId, name: text(), description: text().optional(), additionality });
  const node = z.looseObject({
    id: formulaId,
    stage: z.enum(STAGES),
    label: text(),
    intervention: text().optional(),
    expr: text().optional().describe('Formula, mathjs syntax (method.md section 3)'),
    unit: text().optional(),
    role: z.enum(ROLES).optional().describe('cost: £m a year; gva: £m a year; jobs: a count'),
    sector: text().optional(),
    evidence: evidence.optional(),
    notes: text().optional(),
  });
  const link = z.looseObject({
    id: otherId,
    from: text(),
    to: text(),
    rationale: text().optional(),
    evidence: evidence.optional(),
  });
  const position = z.looseObject({ x: z.number(), y: z.number() });
  const logicModel = z.looseObject({
    nodes: z.array(node),
    links: z.array(link),
    // Positions are cosmetic: on load a bad one is dropped with a warning rather than refusing the file.
    layout: (strict ? z.record(z.string(), position) : z.record(z.string(), z.unknown())).optional(),
  });
  const override = z.union([z.number(), z.looseObject({ value: z.number(), ...rangeFields })]);
  const scenario = z.looseObject({
    id: otherId,
    name: text(),
    description: text().optional(),
    interventions: z.array(text()).describe('Ids of the interventions switched on; empty for business as usual'),
    overrides: z.record(formulaId, override).optional(),
  });
  const appraisal = z.looseObject({
    optimismBias: (strict ? z.number().min(0) : z.number()).describe('Fraction added to costs'),
    discountRate: (strict ? z.number().min(0).lt(1) : z.number())
      .optional()
      .describe('Flat rate replacing the Green Book schedule'),
  });
  const revision = z.looseObject({
    revision: z.int(),
    savedAt: text(),
    note: text().optional(),
    milestone: text().optional(),
    reversePatch: z.array(z.unknown()).optional(),
  });
  return z.looseObject({
    format: z.literal(SCENARIO_FORMAT),
    // On load any integer passes here: the envelope has already refused newer ones and migrated older ones.
    schemaVersion: strict ? z.literal(CURRENT_SCHEMA_VERSION) : z.int(),
    meta,
    area,
    horizon,
    prices,
    baseline: z.looseObject({ sectors: z.array(sector) }),
    parameters: z.record(formulaId, parameter),
    interventions: z.array(intervention),
    logicModel,
    scenarios: z.array(scenario),
    appraisal,
    history: z.looseObject({ revisions: z.array(revision) }).optional(),
  });
}

/** The load-time schema (types, required fields, enums). */
export const scenarioShape = buildScenarioSchema(false);
