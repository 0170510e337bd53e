/**
 * The shape of a schemaVersion 2 file (docs/contracts.md sections 1 and 4), as zod 4 schemas: the one definition of the document. It
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
export const CURRENT_SCHEMA_VERSION = 2;

export const STAGES = ['input', 'activity', 'output', 'outcome', 'impact'] as const;
export const ROLES = ['cost', 'privateCost', 'gva', 'jobs'] as const;
/** What kind of benefit a gva node is (docs/method.md section 11). */
export const BENEFIT_KINDS = ['productivity', 'output'] as const;
/** Whether a cost node's values are real (prices.baseYear) or cash (nominal) (docs/method.md section 13). */
export const PRICE_BASES = ['real', 'cash'] as const;
/** How a sector's baseline is carried forward from its data year (docs/method.md section 14). */
export const PROJECTION_METHODS = ['trend', 'national', 'series'] as const;
/** The additionality factors of an intervention, in the order files write them. */
export const ADDITIONALITY_FACTORS = ['deadweight', 'leakage', 'displacement', 'substitution', 'multiplier'] as const;
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
  const yearValues = (what: string) =>
    z.record(z.string().regex(/^\d{4}$/), z.number()).describe(`${what} by calendar year ("2030": value)`);
  const projection = z.discriminatedUnion('method', [
    z.looseObject({ method: z.literal('trend'), source: text().optional() }).describe("The sector's own growth rates"),
    z
      .looseObject({
        method: z.literal('national'),
        gvaGrowth: growth('GB industry GVA'),
        jobsGrowth: growth('GB industry jobs'),
        source: text().optional(),
      })
      .describe('The Great Britain growth rates of the same industry over the same window'),
    z
      .looseObject({
        method: z.literal('series'),
        gva: yearValues('GVA, £m'),
        jobs: yearValues('Jobs'),
        source: text().optional(),
      })
      .describe('Values supplied by the user; years between them interpolated geometrically'),
  ]);
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
    dataYearNote: text()
      .optional()
      .describe('Why the data year is a fair level when it is a known outlier (2020, 2021; docs/method.md section 14)'),
    projection: projection.optional().describe('How the baseline is carried forward; absent: its own trend, as in v1'),
  });
  /** How a combined authority's results are split between its councils (docs/method.md section 14). */
  const councilAllocation = z
    .looseObject({
      rule: z.literal('gva-share').describe("Gross impacts split by each council's share of the sector's GVA"),
      year: z.int().describe('Year of the GVA the shares come from'),
      source: text().optional(),
      councils: z.array(
        z.looseObject({
          code: text(),
          name: text(),
          shares: z.record(z.string(), fraction('Share of the sector')).describe('Share of each sector by sector id'),
        }),
      ),
    })
    .describe('Results by council: the stated, editable rule that splits gross impacts between councils');
  const rangeFields = {
    low: z.number().optional(),
    high: z.number().optional(),
    distribution: distribution.optional(),
  };
  /**
   * A number, or the same with its uncertainty: { value, low, high, distribution } with the meaning
   * of a parameter's range (docs/method.md sections 7 and 10).
   */
  const ranged = (inner: z.ZodNumber) =>
    z.union([
      inner,
      z.looseObject({
        value: inner,
        low: inner.optional(),
        high: inner.optional(),
        distribution: distribution.optional(),
      }),
    ]);
  const illustrative = () =>
    z
      .boolean()
      .optional()
      .describe('True for a default set for illustration, not from evidence: replace it with your own');
  const parameter = z.looseObject({
    value: z.number(),
    ...rangeFields,
    unit: text().optional(),
    label: text().optional(),
    source: text().optional(),
    illustrative: illustrative(),
  });
  const multiplier = () =>
    (strict ? z.number().gt(0) : z.number()).describe('Composite multiplier, > 0 (usually >= 1)');
  const additionality = z.looseObject({
    deadweight: ranged(fraction('Deadweight')),
    leakage: ranged(fraction('Leakage')),
    displacement: ranged(fraction('Displacement')),
    substitution: ranged(fraction('Substitution')),
    multiplier: ranged(multiplier()),
  });
  /** A scenario's additionality overrides for one intervention: any factor, merged over its own. */
  const additionalityOverride = z.looseObject({
    deadweight: ranged(fraction('Deadweight')).optional(),
    leakage: ranged(fraction('Leakage')).optional(),
    displacement: ranged(fraction('Displacement')).optional(),
    substitution: ranged(fraction('Substitution')).optional(),
    multiplier: ranged(multiplier()).optional(),
  });
  const national = z
    .looseObject({
      displacement: ranged(fraction('Share of the net local effect displaced from elsewhere in the UK')),
      labourSupply: ranged(
        fraction('Share of net additional jobs filled by people who would otherwise not be in work'),
      ),
      source: text().optional().describe('The evidence for these national factors'),
      illustrative: illustrative(),
    })
    .describe('National factors for UK social value (docs/method.md section 11); absent: not assessed');
  const intervention = z.looseObject({
    id: otherId,
    name: text(),
    description: text().optional(),
    additionality,
    additionalityNote: text().optional().describe('Where the additionality figures come from'),
    national: national.optional(),
  });
  const indicator = z.looseObject({
    id: otherId,
    name: text(),
    unit: text(),
    baseline: z.number().optional(),
    baselineYear: z.int().optional(),
    target: z.number().optional(),
    targetYear: z.int().optional(),
    actuals: yearValues('Observed values').optional(),
    source: text().optional(),
  });
  const node = z.looseObject({
    id: formulaId,
    stage: z.enum(STAGES),
    label: text(),
    intervention: text().optional(),
    expr: text().optional().describe('Formula, mathjs syntax (docs/method.md section 3)'),
    unit: text().optional(),
    role: z
      .enum(ROLES)
      .optional()
      .describe('cost: public cost, £m a year; privateCost: private cost, £m a year; gva: £m a year; jobs: a count'),
    sector: text().optional(),
    benefit: z
      .enum(BENEFIT_KINDS)
      .optional()
      .describe('On gva nodes: productivity (same workers) or output (new jobs)'),
    prices: z.enum(PRICE_BASES).optional().describe('On cost nodes: cash values are deflated to real prices'),
    evidence: evidence.optional(),
    notes: text().optional(),
    indicators: z.array(indicator).optional().describe('Monitoring indicators for this box'),
  });
  const link = z.looseObject({
    id: otherId,
    from: text(),
    to: text(),
    rationale: text().optional(),
    evidence: evidence.optional(),
  });
  const position = z.looseObject({ x: z.number(), y: z.number() });
  // The logic model's context and its sense checks (What Works Centre for Local Economic Growth,
  // "Using logic models": step 1 context and need, step 4 evaluation; models/check/senseChecks*).
  const costBenchmark = z.looseObject({
    node: text().describe('The output box whose public cost per unit is compared with the benchmark'),
    gbpPerUnit: (strict ? z.number().gt(0) : z.number()).describe(
      'Public cost per unit of that output in comparable programmes, GBP in prices.baseYear prices',
    ),
    tolerance: (strict ? z.number().min(0) : z.number())
      .optional()
      .describe('How far the model may differ before a note, a fraction of the benchmark (0.5 = 50%); absent: 0.5'),
    source: text().optional().describe('Where the benchmark comes from'),
  });
  const context = z.looseObject({
    need: text().optional().describe('The problem or need the intervention answers, with its evidence'),
    evaluationPlan: text()
      .optional()
      .describe('How the outcomes and impacts will be measured and the intervention evaluated'),
    costPerOutput: z.array(costBenchmark).optional().describe('Stated benchmarks of public cost per unit of output'),
  });
  const dismissal = z.looseObject({
    check: text().describe('The sense check dismissed, e.g. "logic.no-indicator"'),
    subject: text().describe('What it was about: a box, link or intervention id ("" for the whole file)'),
    reason: text().describe('Why the note does not apply here'),
  });
  const logicModel = z.looseObject({
    nodes: z.array(node),
    links: z.array(link),
    // Positions are cosmetic: the loader drops a bad one with a warning before this check sees it.
    layout: z.record(z.string(), position).optional(),
    context: context.optional().describe('The need the logic model answers and how it will be evaluated'),
    checks: z
      .looseObject({ dismissed: z.array(dismissal) })
      .optional()
      .describe('Logic-model sense checks dismissed, each with its reason'),
  });
  const optimismBias = () => (strict ? z.number().min(0) : z.number()).describe('Fraction added to costs');
  const override = z.union([z.number(), z.looseObject({ value: z.number(), ...rangeFields })]);
  const scenario = z.looseObject({
    id: otherId,
    name: text(),
    description: text().optional(),
    basedOn: otherId.optional().describe('The scenario this one inherits from (docs/contracts.md section 4)'),
    alsoInheritsFrom: z.array(otherId).optional().describe('Packages inherited from, in lookup order'),
    interventions: z
      .array(text())
      .optional()
      .describe('Ids of the interventions switched on (empty for business as usual); absent: inherited'),
    overrides: z.record(formulaId, override).optional(),
    additionality: z
      .record(otherId, additionalityOverride)
      .optional()
      .describe('Additionality overrides by intervention id, merged over its own factors'),
    appraisal: z.looseObject({ optimismBias: ranged(optimismBias()).optional() }).optional(),
  });
  const appraisal = z.looseObject({
    optimismBias: ranged(optimismBias()),
    presentValueYear: z
      .int()
      .optional()
      .describe('Year values are discounted to (<= horizon.startYear); absent: the start year'),
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
    contentHash: text()
      .optional()
      .describe("Tree SHA-256 of this revision's content, 'tree-sha256:<hex>' (docs/contracts.md section 1)"),
    changedOutside: z
      .literal(true)
      .optional()
      .describe(
        'This revision is the file as Causeway found it, changed outside Causeway after the revision before it was saved; what that change altered is unknown, so older revisions cannot be rebuilt',
      ),
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
      councils: councilAllocation.optional(),
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
