// fast-check arbitraries for well-shaped scenario documents with unknown fields at every level.
import fc from 'fast-check';
import {
  CURRENT_SCHEMA_VERSION,
  DISTRIBUTIONS,
  EVIDENCE_LEVELS,
  ROLES,
  STAGES,
  type ScenarioDocument,
} from '../../../models/index.ts';

/** Finite numbers without -0 (JSON writes -0 as 0, so it cannot round-trip). */
export const num = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
  .map((v) => (Object.is(v, -0) ? 0 : v));
const int = fc.integer({ min: 1900, max: 2100 });
const text = fc.string({ unit: 'binary', maxLength: 12 });
export const formulaId = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const otherId = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/);
/** Unknown keys never collide with known ones (the only known key starting with "x" is "x" itself, and none start with a digit); some are integer-like. */
const unknownKey = fc.stringMatching(/^(x[A-Za-z0-9_ -]{1,5}|[0-9]{1,3})$/);

/** Arbitrary JSON, shallow enough to stay under the nesting cap. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constant(null),
    fc.boolean(),
    num,
    text,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(unknownKey, tie('v'), { maxKeys: 3 }),
  ),
})).v;

const extras = fc.dictionary(unknownKey, jsonValue, { maxKeys: 2 });

/** Adds unknown fields to an object, sometimes before the known ones, sometimes after. */
function open<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc
    .tuple(arb, extras, fc.boolean())
    .map(([known, extra, first]) => (first ? { ...extra, ...known } : { ...known, ...extra }));
}

function rec<T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: (keyof T)[]) {
  return open(fc.record(model, { requiredKeys: required as never[] }));
}

const range = { value: num, low: num, high: num, distribution: fc.constantFrom(...DISTRIBUTIONS) };
const evidence = fc.constantFrom(...EVIDENCE_LEVELS);

export const scenarioDocument: fc.Arbitrary<ScenarioDocument> = open(
  fc.record(
    {
      format: fc.constant('causeway.scenario' as const),
      schemaVersion: fc.constant(CURRENT_SCHEMA_VERSION),
      meta: rec({ title: text, description: text, createdAt: text, updatedAt: text, revision: fc.nat() }, ['title']),
      area: rec({ code: text, name: text, level: text }, ['code', 'name']),
      horizon: rec({ startYear: int, endYear: int }, ['startYear', 'endYear']),
      prices: rec({ baseYear: int, currency: text }, ['baseYear', 'currency']),
      baseline: open(
        fc.record({
          sectors: fc.array(
            rec(
              {
                id: otherId,
                name: text,
                sic: text,
                dataYear: int,
                gva: num,
                jobs: num,
                gvaGrowth: num,
                jobsGrowth: num,
                source: text,
              },
              ['id', 'name', 'dataYear', 'gva', 'jobs', 'gvaGrowth', 'jobsGrowth'],
            ),
            { maxLength: 3 },
          ),
        }),
      ),
      parameters: fc.dictionary(formulaId, rec({ ...range, unit: text, label: text, source: text }, ['value']), {
        maxKeys: 4,
      }),
      interventions: fc.array(
        rec(
          {
            id: otherId,
            name: text,
            description: text,
            additionality: rec(
              { deadweight: num, leakage: num, displacement: num, substitution: num, multiplier: num },
              ['deadweight', 'leakage', 'displacement', 'substitution', 'multiplier'],
            ),
          },
          ['id', 'name', 'additionality'],
        ),
        { maxLength: 2 },
      ),
      logicModel: rec(
        {
          nodes: fc.array(
            rec(
              {
                id: formulaId,
                stage: fc.constantFrom(...STAGES),
                label: text,
                intervention: otherId,
                expr: text,
                unit: text,
                role: fc.constantFrom(...ROLES),
                sector: otherId,
                evidence,
                notes: text,
              },
              ['id', 'stage', 'label'],
            ),
            { maxLength: 4 },
          ),
          links: fc.array(
            rec({ id: otherId, from: formulaId, to: formulaId, rationale: text, evidence }, ['id', 'from', 'to']),
            { maxLength: 3 },
          ),
          layout: fc.dictionary(formulaId, rec({ x: num, y: num }, ['x', 'y']), { maxKeys: 3 }),
        },
        ['nodes', 'links'],
      ),
      scenarios: fc.array(
        rec(
          {
            id: otherId,
            name: text,
            description: text,
            interventions: fc.array(otherId, { maxLength: 2 }),
            overrides: fc.dictionary(formulaId, fc.oneof(num, rec(range, ['value'])), { maxKeys: 2 }),
          },
          ['id', 'name', 'interventions'],
        ),
        { maxLength: 3 },
      ),
      appraisal: rec({ optimismBias: num, discountRate: num }, ['optimismBias']),
      history: rec(
        {
          revisions: fc.array(
            rec(
              {
                revision: fc.nat(),
                savedAt: text,
                note: text,
                milestone: text,
                reversePatch: fc.array(jsonValue, { maxLength: 2 }),
              },
              ['revision', 'savedAt'],
            ),
            { maxLength: 2 },
          ),
        },
        ['revisions'],
      ),
    },
    {
      requiredKeys: [
        'format',
        'schemaVersion',
        'meta',
        'area',
        'horizon',
        'prices',
        'baseline',
        'parameters',
        'interventions',
        'logicModel',
        'scenarios',
        'appraisal',
      ],
    },
  ),
) as fc.Arbitrary<ScenarioDocument>;
