/**
 * An entry's values over the whole horizon in the scenario explained, for the trace panel's
 * sparklines: a box's yearly values (read as the trace reads them), an intervention's net or gross
 * impact, a baseline; null for constants (parameters, factors) and switches.
 */
import { baselineValue, nodeValue, type ExplainContext } from './context.ts';
import type { ExplainEntry } from './explain.ts';

export function entrySeries(
  ctx: ExplainContext,
  entry: Pick<ExplainEntry, 'kind' | 'id' | 'measure'>,
): number[] | null {
  const years = ctx.years.map((_, y) => y);
  const side = ctx.scenario;
  switch (entry.kind) {
    case 'node':
      return years.map((y) => nodeValue(side, entry.id, y));
    case 'intervention':
    case 'gross': {
      const iv = side.projection.interventions[entry.id];
      if (!iv) return years.map(() => 0);
      const series = entry.kind === 'intervention' ? iv.netImpact : iv.grossImpact;
      return series[entry.measure ?? 'gva'];
    }
    case 'baseline': {
      const match = /^base_(gva|jobs|prod)\("(.*)"\)$/.exec(entry.id);
      if (!match) return null;
      return years.map((y) => baselineValue(side, match[1] as 'gva' | 'jobs' | 'prod', match[2]!, y));
    }
    default:
      return null;
  }
}

/** A net total's values over the horizon in the scenario explained. */
export function totalSeries(ctx: ExplainContext, measure: 'gva' | 'jobs'): number[] {
  return ctx.scenario.projection.total.netImpact[measure];
}
