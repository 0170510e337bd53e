/**
 * The shape of a schemaVersion 1 file, as zod 4 schemas: the one definition of the document. It
 * serves runtime validation on load (loose objects, so unknown fields survive), the published JSON
 * Schema, the document types (models/document.ts derives them) and the key order of saved files
 * (serialise.ts walks these objects). A field added here is typed, checked, published and saved in
 * its place.
 *
 * `buildScenarioSchema(false)` checks types, required fields and enums only; ranges, id patterns and
 * references are semantic checks (references.ts) so that a well-shaped file with a bad value still
 * opens, with the problem shown in place. `buildScenarioSchema(true)` adds those ranges and patterns
 * for the JSON Schema, so other tools see the same rules the app enforces.
 */
import { z } from 'zod';

export const SCENARIO_FORMAT = 'causeway.scenario';
export const CURRENT_SCHEMA_VERSION = 1;

export const STAGES = ['input', 'activity', 'output', 'outcome', 'impact'] as const;
export const ROLES = ['cost', 'gva', 'jobs'] as const;
export const EVIDENCE_LEVELS = ['strong', 'moderate', 'weak', 'none'] as const;
export const DISTRIBUTIONS = ['triangular', 'uniform', 'normal', 'lognormal', 'pert'] as const;

/**
 * Key order in saved files for values whose content the shape leaves open (the RFC 6902 operations
 * of a revision's reversePatch). A registry of its own, so the published JSON Schema is unchanged.
 */
export const savedKeyOrder = z.registry<{ keys: readonly string[] }>();

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
    // Notes the app writes after the fields above (they sorted there as unknown fields before).
    caveats: z.array(text()).optional().describe('What a reader must bear in mind (the examples list them)'),
    example: z.boolean().optional().describe('True in the example files that ship with Causeway'),
    sources: z.array(text()).optional().describe('Where the figures come from'),
    workshop: z
      .looseObject({
        parameters: z
          .array(formulaId)
          .optional()
          .describe('Parameter ids shown as sliders in workshop mode, in order (the facilitator chooses)'),
      })
      .optional()
      .describe('Settings of workshop mode'),
  });
  const area = z.looseObject({ code: text(), name: text(), level: text().optional() });
  const horizon = z.looseObject({
    startYear: z.int().describe('First projected year (t = 0)'),
    endYear: z.int().describe('Last projected year, inclusive'),
  });
  const prices = z.looseObject({
    baseYear: z.int().describe('Money is in real prices of this year'),
    currency: text(),
    basis: text().optional().describe('How the prices are measured, e.g. chained volume measures'),
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
  const intervention = z.looseObject({
    id: otherId,
    name: text(),
    description: text().optional(),
    additionality,
    additionalityNote: text().optional().describe('Where the additionality figures come from'),
  });
  const node = z.looseObject({
    id: formulaId,
    stage: z.enum(STAGES),
    label: text(),
    intervention: text().optional(),
    expr: text().optional().describe('Formula, mathjs syntax (docs/method.md section 3)'),
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
    // Positions are cosmetic: the loader drops a bad one with a warning before this check sees it.
    layout: z.record(z.string(), position).optional(),
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
    optimismBiasNote: text().optional().describe('Where the optimism bias comes from'),
  });
  const patchOperation = z.unknown().register(savedKeyOrder, { keys: ['op', 'path', 'from', 'value'] });
  const revision = z.looseObject({
    revision: z.int(),
    savedAt: text(),
    note: text().optional(),
    milestone: text().optional(),
    // RFC 6902 operations that turn the next revision's content into this one's (models/history).
    reversePatch: z.array(patchOperation).optional(),
  });
  return z.looseObject({
    format: z.literal(SCENARIO_FORMAT),
    // On load any integer passes here: the envelope has already refused newer ones and migrated older ones.
    schemaVersion: strict ? z.literal(CURRENT_SCHEMA_VERSION) : z.int(),
    meta,
    area,
    horizon,
    prices,
    baseline: z.looseObject({
      sectors: z.array(sector),
      library: text().optional().describe('The baseline library vintage the sectors came from'),
      notes: z.array(text()).optional().describe("Notes on the library's figures"),
    }),
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
