/**
 * The documented limits of a scenario file (README "Limits", and the JSON Schema where a limit is
 * a count): one table, checked right after parsing, before the shape check, the semantic checks
 * or the engine, because those cost time in proportion to these counts. Each is generous for real
 * work, about ten times the 2,000-box benchmark model with years of history, and each refusal is a
 * sentence naming the limit and the file's own figure.
 *
 * Two limits live where they are checked, because their sentence needs what only that stage knows:
 * the horizon (MAX_HORIZON_YEARS, shape.ts, checked with the ranges) and the Monte Carlo draws
 * (models/uncertainty: 25 million stored values, so the draws allowed depend on the horizon).
 */
import type { Diagnostic } from '../types.ts';
import { error } from '../diagnostics.ts';
import { isRecord } from './paths.ts';

export const LIMITS = {
  /** File size in bytes (UTF-8). */
  fileBytes: 50 * 1024 * 1024,
  nodes: 20_000,
  links: 50_000,
  parameters: 20_000,
  sectors: 1_000,
  interventions: 1_000,
  scenarios: 200,
  /** Overrides in one scenario. */
  overrides: 20_000,
  /** Saved revisions kept in the file's history. */
  revisions: 10_000,
  /** Characters in one formula. */
  formulaChars: 10_000,
  /** Characters in all formulas together. */
  totalFormulaChars: 2_000_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** What each limit counts, for sentences: "20,000 parameters". */
const NOUNS: Record<Exclude<LimitName, 'fileBytes' | 'formulaChars'>, string> = {
  nodes: 'boxes (logic model nodes)',
  links: 'links',
  parameters: 'parameters',
  sectors: 'baseline sectors',
  interventions: 'interventions',
  scenarios: 'scenarios',
  overrides: 'overrides in one scenario',
  revisions: 'saved revisions in its history',
  totalFormulaChars: 'formula characters in all',
};

const n = (x: number) => x.toLocaleString('en-GB');

function over(limit: keyof typeof NOUNS, path: string, count: number): Diagnostic {
  return error(
    'limits.exceeded',
    path,
    `The file has ${n(count)} ${NOUNS[limit]}, over Causeway's limit of ${n(LIMITS[limit])}, so it was not read further; check that it is the right file and not damaged, or split the model into several files.`,
  );
}

/** The size sentence, for readers that know the size before reading (bytes) or after (characters). */
export function tooLargeMessage(bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `The file is about ${mb} MB, over the ${n(LIMITS.fileBytes / (1024 * 1024))} MB limit for a scenario file; check that this is the right file.`;
}

const lengthOf = (v: unknown) => (Array.isArray(v) ? v.length : isRecord(v) ? Object.keys(v).length : 0);

/**
 * The limits the parsed (and migrated) JSON breaks, before anything costly runs on it. Reads only
 * what it counts, tolerating any shape: the shape check comes after and says what is malformed.
 */
export function checkLimits(json: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const model = isRecord(json['logicModel']) ? json['logicModel'] : {};
  const baseline = isRecord(json['baseline']) ? json['baseline'] : {};
  const history = isRecord(json['history']) ? json['history'] : {};
  const counts: Array<[keyof typeof NOUNS, string, unknown]> = [
    ['nodes', 'logicModel.nodes', model['nodes']],
    ['nodes', 'logicModel.layout', model['layout']],
    ['links', 'logicModel.links', model['links']],
    ['parameters', 'parameters', json['parameters']],
    ['sectors', 'baseline.sectors', baseline['sectors']],
    ['interventions', 'interventions', json['interventions']],
    ['scenarios', 'scenarios', json['scenarios']],
    ['revisions', 'history.revisions', history['revisions']],
  ];
  for (const [limit, path, value] of counts) {
    const count = lengthOf(value);
    if (count > LIMITS[limit]) out.push(over(limit, path, count));
  }
  if (Array.isArray(json['scenarios']))
    json['scenarios'].forEach((s, i) => {
      const count = isRecord(s) ? lengthOf(s['overrides']) : 0;
      if (count > LIMITS.overrides) out.push(over('overrides', `scenarios[${i}].overrides`, count));
    });
  if (Array.isArray(model['nodes']) && out.length === 0) {
    let total = 0;
    for (const node of model['nodes'])
      if (isRecord(node) && typeof node['expr'] === 'string') total += node['expr'].length;
    if (total > LIMITS.totalFormulaChars) out.push(over('totalFormulaChars', 'logicModel.nodes', total));
  }
  return out;
}
