import type { Intervention, Link, LogicNode, Parameter, Scenario } from '../types.ts';

export type TemplateId = 'digital-adoption' | 'reshoring';

/** What a template adds to a document, before clash checks and merging. */
export interface ChainSpec {
  intervention: Intervention;
  parameters: Record<string, Parameter>;
  /** In causal order, input first: the order also lays the nodes out on the canvas. */
  nodes: LogicNode[];
  links: Link[];
  scenario?: Scenario;
}

/** Options common to every template. */
export interface TemplateOptions {
  /** Baseline sector id the impacts land in (must be in doc.baseline.sectors), e.g. "ck". */
  sector: string;
  /** Prefix of every parameter and node id (formula names), e.g. "dig"; default per template. */
  prefix?: string;
  /** Intervention id; default the template id, or `${templateId}-${prefix}` with a non-default prefix. */
  interventionId?: string;
  /** Intervention display name. */
  name?: string;
  /** Programme budget, £m a year (default 2). */
  annualBudget?: number;
  /** Programme length in years (default 5). */
  years?: number;
  /** First programme year as an offset from the horizon's start (t), default 0. */
  startOffset?: number;
  /** Also add a scenario that switches the intervention on (default true). */
  addScenario?: boolean;
  /**
   * Reshoring only: the area's imports of the sector's products, £m a year, with its source. Needed
   * for sectors other than ck (machinery), where the library has no import figure.
   */
  imports?: { value: number; low?: number; high?: number; source: string };
}

export interface TemplateInfo {
  id: TemplateId;
  name: string;
  description: string;
  defaultPrefix: string;
}
