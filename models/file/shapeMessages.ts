/**
 * Turns zod issues into diagnostics a planning officer can act on: the path, the node or parameter id
 * the field belongs to, what was found and what to write instead. Zod's own messages ("Invalid input:
 * expected number, received string") are for programmers.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../types.ts';
import { error } from '../diagnostics.ts';
import { describeValue, formatPath, isRecord, valueAt } from './paths.ts';

type Issue = z.core.$ZodIssue;

/** Lists whose items are named by their `id` in messages. */
const ENTITY_LISTS: ReadonlyArray<[string, string]> = [
  ['baseline.sectors', 'sector'],
  ['interventions', 'intervention'],
  ['logicModel.nodes', 'node'],
  ['logicModel.links', 'link'],
  ['scenarios', 'scenario'],
  ['history.revisions', 'revision'],
];

/** What a field holds, said in the message when it is missing or of the wrong type. */
const FIELD_HINTS: Record<string, string> = {
  title: 'a short title for the file',
  startYear: 'the first projected year, e.g. 2026',
  endYear: 'the last projected year, e.g. 2040',
  baseYear: 'the year whose prices money is expressed in, e.g. 2021',
  currency: 'the currency, "GBP"',
  code: 'the area code, e.g. "TLD3"',
  dataYear: 'the year the sector figures are for, e.g. 2021',
  gva: 'GVA in the data year, in £m',
  jobs: 'jobs in the data year, a count',
  gvaGrowth: 'the real GVA growth a year, as a fraction such as 0.012',
  jobsGrowth: 'the jobs growth a year, as a fraction such as 0.005',
  value: 'the central value',
  deadweight: 'a fraction from 0 to 1',
  leakage: 'a fraction from 0 to 1',
  displacement: 'a fraction from 0 to 1',
  substitution: 'a fraction from 0 to 1',
  multiplier: 'the composite multiplier, e.g. 1.5',
  additionality: 'an object with deadweight, leakage, displacement, substitution and multiplier',
  stage: 'one of input, activity, output, outcome, impact',
  from: 'the id of the node the link starts at',
  to: 'the id of the node the link ends at',
  interventions: 'a list of intervention ids, empty for business as usual',
  optimismBias: 'a fraction added to costs, e.g. 0.1',
  sectors: 'a list of baseline sectors',
  nodes: 'a list of logic-model nodes',
  links: 'a list of links between nodes',
  scenarios: 'a list of scenarios',
  parameters: 'an object of parameters by id (it may be empty)',
  revisions: 'a list of saved revisions',
};

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text in double quotes',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** Names the entity a path falls in, e.g. `node "uplift"` or `parameter "p_support"`. */
function entityOf(json: unknown, path: readonly PropertyKey[]): { name: string; depth: number } | null {
  const dotted = path.filter((s) => typeof s === 'string').join('.');
  if (path[0] === 'parameters' && typeof path[1] === 'string') return { name: `parameter "${path[1]}"`, depth: 2 };
  if (path[0] === 'scenarios' && path[2] === 'overrides' && typeof path[3] === 'string') {
    const owner = entityOf(json, path.slice(0, 2));
    return { name: `the override of parameter "${path[3]}" in ${owner?.name ?? 'a scenario'}`, depth: 4 };
  }
  for (const [list, kind] of ENTITY_LISTS) {
    const listPath = list.split('.');
    const depth = listPath.length;
    if (dotted.startsWith(list) && typeof path[depth] === 'number' && listPath.every((s, k) => path[k] === s)) {
      const item = valueAt(json, path.slice(0, depth + 1));
      const id = isRecord(item) && typeof item['id'] === 'string' ? item['id'] : null;
      const name = id !== null ? `${kind} "${id}"` : `the ${kind} at ${formatPath(path.slice(0, depth + 1))}`;
      return { name, depth: depth + 1 };
    }
  }
  return null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Converts zod issues for `json` into diagnostics with plain messages. */
export function shapeDiagnostics(
  issues: readonly Issue[],
  json: unknown,
  prefix: readonly PropertyKey[] = [],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const raw = valueAt(json, path);
      // Pick the branch that matched the value's kind (a number, or an object) and report its problems.
      const branch = issue.errors.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch !== undefined && isRecord(raw)) {
        out.push(...shapeDiagnostics(branch, json, path));
        continue;
      }
      out.push(
        error(
          'shape.type',
          formatPath(path),
          `${subject(json, path)} should be a number or an object with a "value", but is ${describeValue(raw)}.`,
        ),
      );
      continue;
    }
    out.push(oneIssue(issue, json, path));
  }
  return out;
}

function subject(json: unknown, path: readonly PropertyKey[]): string {
  const entity = entityOf(json, path);
  const rest = formatPath(path.slice(entity?.depth ?? 0));
  if (entity === null) return path.length === 0 ? 'the file' : `the field ${formatPath(path)}`;
  return rest === '' ? capitalise(entity.name) : `the ${rest} of ${entity.name}`;
}

function oneIssue(issue: Issue, json: unknown, path: readonly PropertyKey[]): Diagnostic {
  const where = formatPath(path);
  const raw = valueAt(json, path);
  const field = path[path.length - 1];
  const hint = typeof field === 'string' ? FIELD_HINTS[field] : undefined;
  const hintText = hint === undefined ? '' : ` (${hint})`;
  const subj = subject(json, path);
  if (issue.code === 'invalid_type') {
    if (raw === undefined) {
      const entity = entityOf(json, path);
      const rest = formatPath(path.slice(entity?.depth ?? 0));
      const lead = entity === null ? `The file has no "${where}"` : `${capitalise(entity.name)} has no "${rest}"`;
      return error(
        'shape.missing',
        where,
        `${lead}${hintText}; add it, because Causeway never assumes a value for it.`,
      );
    }
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    if (issue.expected === 'int' && typeof raw === 'number' && Number.isFinite(raw)) {
      return error(
        'shape.integer',
        where,
        `${capitalise(subj)} should be a whole number but is ${raw}; correct it${hintText}.`,
      );
    }
    if (typeof raw === 'number' && !Number.isFinite(raw)) {
      return error(
        'shape.number',
        where,
        `${capitalise(subj)} is not a finite number (it overflows); write an ordinary number${hintText}.`,
      );
    }
    const unquote =
      typeof raw === 'string' &&
      (issue.expected === 'number' || issue.expected === 'int') &&
      raw.trim() !== '' &&
      Number.isFinite(Number(raw))
        ? '; write it without quotes'
        : '';
    return error(
      'shape.type',
      where,
      `${capitalise(subj)} should be ${expected} but is ${describeValue(raw)}${unquote}${unquote === '' ? hintText : ''}.`,
    );
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => String(v)).join(', ');
    return error(
      'shape.enum',
      where,
      `${capitalise(subj)} is ${describeValue(raw)}, which is not allowed; use one of: ${allowed}.`,
    );
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof raw === 'number') {
    // On load only whole numbers have bounds: zod's safe-integer range, which no year or count nears.
    return error(
      'shape.integer',
      where,
      `${capitalise(subj)} is ${raw}, far too ${issue.code === 'too_big' ? 'large' : 'small'} for a whole number here; correct it${hintText}.`,
    );
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_key') {
    return error('shape.invalid', where, `${capitalise(subj)} is not valid (${issue.message}).`);
  }
  return error('shape.invalid', where, `${capitalise(subj)} is not valid: ${issue.message}.`);
}
