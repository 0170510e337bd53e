/**
 * The types of a Causeway scenario document (schemaVersion 1), derived from the zod shape in
 * file/shape.ts, so the shape is defined once. Units follow docs/method.md: money in GBP million (£m) at
 * `prices.baseYear` prices, jobs as a count, productivity in GBP per job, rates as fractions a year.
 *
 * The validated JSON is the document, so unknown fields that a newer release or another tool wrote
 * survive load and save (the objects are zod loose objects). The types list the known fields only:
 * a misspelt field (`node.lable`, `doc.apprasial`, `updateNode(d, id, { lable })`) does not compile.
 * Code that must reach unknown fields says so with a cast to a record.
 */
import type { z } from 'zod';
import type {
  BENEFIT_KINDS,
  DISTRIBUTIONS,
  EVIDENCE_LEVELS,
  PRICE_BASES,
  PROJECTION_METHODS,
  ROLES,
  STAGES,
  scenarioShape,
} from './file/shape.ts';

export {
  ADDITIONALITY_FACTORS,
  BENEFIT_KINDS,
  CURRENT_SCHEMA_VERSION,
  DISTRIBUTIONS,
  PRICE_BASES,
  PROJECTION_METHODS,
  EVIDENCE_LEVELS,
  ROLES,
  SCENARIO_FORMAT,
  STAGES,
} from './file/shape.ts';

/**
 * A zod loose object's output without its `[key: string]: unknown` (kept fields only), recursively.
 * Records (parameters, overrides, layout) have no known keys and keep their index signature.
 */
type KnownFields<T> = T extends readonly (infer Item)[]
  ? KnownFields<Item>[]
  : T extends object
    ? [NamedKeys<T>] extends [never]
      ? { [key: string]: KnownFields<T[string & keyof T]> }
      : { [K in keyof T as string extends K ? never : K]: KnownFields<T[K]> }
    : T;
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: true };

export type ScenarioDocument = KnownFields<z.output<typeof scenarioShape>>;

export type Stage = (typeof STAGES)[number];
export type Role = (typeof ROLES)[number];
export type Evidence = (typeof EVIDENCE_LEVELS)[number];
export type DistributionKind = (typeof DISTRIBUTIONS)[number];
export type BenefitKind = (typeof BENEFIT_KINDS)[number];
export type PriceBasis = (typeof PRICE_BASES)[number];
export type ProjectionMethod = (typeof PROJECTION_METHODS)[number];

export type Meta = ScenarioDocument['meta'];
export type Area = ScenarioDocument['area'];
export type Horizon = ScenarioDocument['horizon'];
export type Prices = ScenarioDocument['prices'];
export type SectorBaseline = ScenarioDocument['baseline']['sectors'][number];
export type Parameter = ScenarioDocument['parameters'][string];
export type Intervention = ScenarioDocument['interventions'][number];
export type Additionality = Intervention['additionality'];
/** A number, or the same number with its range and distribution (docs/method.md section 10). */
export type RangedNumber = Additionality['deadweight'];
export type NationalFactors = NonNullable<Intervention['national']>;
/** How a sector's baseline is carried forward (docs/method.md section 14). */
export type BaselineProjection = NonNullable<SectorBaseline['projection']>;
/** How results are split between a combined authority's councils (docs/method.md section 14). */
export type CouncilAllocation = NonNullable<ScenarioDocument['baseline']['councils']>;
export type Indicator = NonNullable<LogicNode['indicators']>[number];
export type LogicModel = ScenarioDocument['logicModel'];
export type LogicNode = LogicModel['nodes'][number];
export type Link = LogicModel['links'][number];
/** The need a logic model answers, its evaluation plan and cost benchmarks (sense checks read them). */
export type LogicContext = NonNullable<LogicModel['context']>;
export type CostBenchmark = NonNullable<LogicContext['costPerOutput']>[number];
/** A sense check dismissed for one subject, with the reason. */
export type CheckDismissal = NonNullable<LogicModel['checks']>['dismissed'][number];
/** Canvas positions by node id; cosmetic, filled tolerantly. */
export type Layout = NonNullable<LogicModel['layout']>;
export type Scenario = ScenarioDocument['scenarios'][number];
/** A number replaces the parameter's value only; an object brings its own range and distribution. */
export type ParameterOverride = NonNullable<Scenario['overrides']>[string];
export type OverrideSpec = Exclude<ParameterOverride, number>;
export type AppraisalSettings = ScenarioDocument['appraisal'];
export type History = NonNullable<ScenarioDocument['history']>;
/** One saved revision: enough to rebuild the document as it was at that save. */
export type RevisionRecord = History['revisions'][number];

/**
 * The same object, typed so that fields the shape does not know can be read and written (by
 * bracket, e.g. `withUnknownFields(doc.meta)['x-tool']`). Such fields survive load and save.
 */
export function withUnknownFields<T extends object>(value: T): T & { [key: string]: unknown } {
  return value as T & { [key: string]: unknown };
}
