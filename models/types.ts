/**
 * Domain types of a Causeway scenario document (schemaVersion 1) and of the engine's results.
 *
 * The document type mirrors the file (shared/docs/contracts.md section 1): the validated JSON is the
 * document, so unknown fields that a newer release or another tool wrote survive load and save.
 * Units follow method.md: money in GBP million (£m) at `prices.baseYear` prices, jobs as a count,
 * productivity in GBP per job, rates as fractions per year.
 */

export const SCENARIO_FORMAT = 'causeway.scenario';
export const CURRENT_SCHEMA_VERSION = 1;

export const STAGES = ['input', 'activity', 'output', 'outcome', 'impact'] as const;
export type Stage = (typeof STAGES)[number];

export const ROLES = ['cost', 'gva', 'jobs'] as const;
export type Role = (typeof ROLES)[number];

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'weak', 'none'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

export const DISTRIBUTIONS = ['triangular', 'uniform', 'normal', 'lognormal', 'pert'] as const;
export type DistributionKind = (typeof DISTRIBUTIONS)[number];

/** Extra fields the app does not know; kept verbatim on save. */
export type Extra = { [key: string]: unknown };

export interface Meta extends Extra {
  title: string;
  description?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Counts saves: each save writes revision + 1. */
  revision?: number;
}

export interface Area extends Extra {
  code: string;
  name: string;
  level?: string;
}

export interface Horizon extends Extra {
  startYear: number;
  endYear: number;
}

export interface Prices extends Extra {
  baseYear: number;
  currency: string;
}

export interface SectorBaseline extends Extra {
  id: string;
  name: string;
  sic?: string;
  dataYear: number;
  /** £m in the data year, real prices of prices.baseYear. */
  gva: number;
  /** Jobs in the data year (a count). */
  jobs: number;
  /** Real growth a year, as a fraction. */
  gvaGrowth: number;
  jobsGrowth: number;
  source?: string;
}

export interface Parameter extends Extra {
  value: number;
  low?: number;
  high?: number;
  distribution?: DistributionKind;
  unit?: string;
  label?: string;
  source?: string;
}

export interface Additionality extends Extra {
  deadweight: number;
  leakage: number;
  displacement: number;
  substitution: number;
  multiplier: number;
}

export interface Intervention extends Extra {
  id: string;
  name: string;
  description?: string;
  additionality: Additionality;
}

export interface LogicNode extends Extra {
  id: string;
  stage: Stage;
  label: string;
  intervention?: string;
  expr?: string;
  unit?: string;
  role?: Role;
  sector?: string;
  evidence?: Evidence;
  notes?: string;
}

export interface Link extends Extra {
  id: string;
  from: string;
  to: string;
  rationale?: string;
  evidence?: Evidence;
}

/** Canvas positions by node id; cosmetic, filled tolerantly. */
export type Layout = Record<string, { x: number; y: number }>;

export interface LogicModel extends Extra {
  nodes: LogicNode[];
  links: Link[];
  layout?: Layout;
}

/** An override with its own range replaces the parameter's range and distribution too. */
export interface OverrideSpec extends Extra {
  value: number;
  low?: number;
  high?: number;
  distribution?: DistributionKind;
}
export type ParameterOverride = number | OverrideSpec;

export interface Scenario extends Extra {
  id: string;
  name: string;
  description?: string;
  interventions: string[];
  overrides?: Record<string, ParameterOverride>;
}

export interface AppraisalSettings extends Extra {
  /** Fraction added to costs, e.g. 0.1. */
  optimismBias: number;
  /** A flat rate replacing the Green Book schedule, when present. */
  discountRate?: number;
}

/** One saved revision: enough to rebuild the document as it was at that save. */
export interface RevisionRecord extends Extra {
  revision: number;
  savedAt: string;
  note?: string;
  milestone?: string;
  /** RFC 6902 operations that turn the next revision's content into this one's. */
  reversePatch?: unknown[];
}

export interface History extends Extra {
  revisions: RevisionRecord[];
}

export interface ScenarioDocument extends Extra {
  format: typeof SCENARIO_FORMAT;
  schemaVersion: number;
  meta: Meta;
  area: Area;
  horizon: Horizon;
  prices: Prices;
  baseline: { sectors: SectorBaseline[] } & Extra;
  parameters: Record<string, Parameter>;
  interventions: Intervention[];
  logicModel: LogicModel;
  scenarios: Scenario[];
  appraisal: AppraisalSettings;
  history?: History;
}

/** A problem found in a file, a formula or a run: data, shown where it is. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `formula.unknown-name`, `graph.cycle`. */
  code: string;
  /** Where: a JSON path into the document such as `logicModel.nodes[3].expr` ('' for the whole file). */
  path: string;
  /** A plain sentence that says what is wrong, where, and what to do. */
  message: string;
}

/** Outcome of an operation that can fail on user input: never throws to its caller. */
export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export interface SeriesGvaJobs {
  gva: number[];
  jobs: number[];
}
export interface SeriesWithProductivity extends SeriesGvaJobs {
  /** GBP per job. */
  productivity: number[];
}

export interface SectorProjection {
  baseline: SeriesWithProductivity;
  projected: SeriesWithProductivity;
  grossImpact: SeriesGvaJobs;
  netImpact: SeriesGvaJobs;
}

export interface InterventionProjection {
  grossImpact: SeriesGvaJobs;
  netImpact: SeriesGvaJobs;
  /** £m a year with optimism bias. */
  cost: number[];
}

export type VfmBand = 'poor' | 'low' | 'medium' | 'high' | 'very high';

export interface AppraisalResult {
  discountFactors: number[];
  pvBenefits: number;
  pvCosts: number;
  npv: number;
  bcr: number | null;
  /** GBP per net additional job (not £m); null when there are no net jobs. */
  costPerNetJob: number | null;
  /** null when the BCR is undefined (no costs). */
  vfm: VfmBand | null;
}

/** The deterministic projection of one scenario: the shape of `causeway run --json`. */
export interface Projection {
  scenario: string;
  years: number[];
  total: {
    baseline: SeriesWithProductivity;
    projected: SeriesWithProductivity;
    grossImpact: SeriesGvaJobs;
    netImpact: SeriesGvaJobs;
    cost: number[];
  };
  sectors: Record<string, SectorProjection>;
  interventions: Record<string, InterventionProjection>;
  nodes: Record<string, number[]>;
  appraisal: AppraisalResult;
}

export interface Percentiles {
  p5: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  p95: number[];
}
export interface ScalarPercentiles {
  mean: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
}

export interface UncertaintyResult {
  samples: number;
  seed: number;
  total: {
    projected: { gva: Percentiles; jobs: Percentiles; productivity: Percentiles };
    netImpact: { gva: Percentiles; jobs: Percentiles };
  };
  appraisal: {
    npv: ScalarPercentiles;
    /** Over the draws where the BCR is defined; null when none is. */
    bcr: ScalarPercentiles | null;
    costPerNetJob: ScalarPercentiles | null;
  };
}
