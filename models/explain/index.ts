/**
 * "Why this number?": traces a box's or a net total's value in one year back through formulas,
 * additionality and baselines to parameters, with each input's contribution to the change from the
 * reference (docs/contracts.md section 5, docs/method.md section 16).
 */
export { attribute, MAX_SHAPLEY_INPUTS, type Attribution, type AttributionRule } from './attribute.ts';
export { businessAsUsual, explainContext, type ExplainContext, type Reference } from './context.ts';
export {
  explainEntry,
  isExpandable,
  type Explained,
  type ExplainEntry,
  type ExplainKind,
  type Measure as ExplainMeasure,
} from './explain.ts';
export { formatContribution, formatEntryValue, formatTraceValue } from './formatValue.ts';
export { entrySeries, totalSeries } from './series.ts';
export {
  explain,
  explainRoot,
  expandTree,
  type ExplainOptions,
  type ExplainTarget,
  type Explanation,
} from './trace.ts';
