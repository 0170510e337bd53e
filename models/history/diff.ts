/**
 * What changed between two revisions, for the History view: the JSON paths (in the same
 * `logicModel.nodes[3].expr` form diagnostics use) and whether each was added, removed or changed.
 */
import { applyPatch } from 'rfc6902';
import type { Result, ScenarioDocument } from '../types.ts';
import { diffJson } from './patch.ts';
import { reconstructRevision } from './revisions.ts';
import { revisionContent } from './content.ts';

export interface RevisionChange {
  /** Dotted path such as `parameters.p_support.value` or `scenarios[1].overrides`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** For a changed value: what it was in the older revision and is in the newer one. */
  before?: unknown;
  after?: unknown;
}

export interface RevisionDiff {
  from: number;
  to: number;
  changes: RevisionChange[];
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Renders a JSON pointer as a dotted path, using `doc` (the document the pointer applies to) to tell
 * array indices from object keys and to turn the append token `-` into the index it appends at.
 */
export function pointerToPath(pointer: string, doc: unknown): string {
  if (pointer === '') return '';
  const tokens = pointer.split('/').slice(1).map(unescapeToken);
  let out = '';
  let node = doc;
  for (const token of tokens) {
    if (Array.isArray(node) && /^(0|[1-9]\d*|-)$/.test(token)) out += `[${token === '-' ? node.length : token}]`;
    else out += /^[A-Za-z_$][\w$-]*$/.test(token) ? (out ? '.' : '') + token : `[${JSON.stringify(token)}]`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
  }
  return out;
}

function valueAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of pointer.split('/').slice(1).map(unescapeToken)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Lists the changes from `older` to `newer` content (documents without history). */
export function diffContents(older: ScenarioDocument, newer: ScenarioDocument): RevisionChange[] {
  const a = revisionContent(older);
  const b = revisionContent(newer);
  // Operations are sequential (indices shift as they apply), so each path is read against the
  // document as it stands when that operation runs.
  const working = { root: a as unknown };
  return diffJson(a, b).map((op): RevisionChange => {
    const path = pointerToPath(op.path, working.root);
    const before = valueAt(working.root, op.path);
    applyPatch(working, [
      { ...op, path: '/root' + op.path, ...('from' in op ? { from: '/root' + op.from } : {}) } as typeof op,
    ]);
    if (op.op === 'add') return { path, kind: 'added', after: op.value };
    if (op.op === 'remove') return { path, kind: 'removed', before };
    return { path, kind: 'changed', before, after: 'value' in op ? op.value : undefined };
  });
}

/** The changes from revision `a` to revision `b` of a saved document (either may be the current one). */
export function diffRevisions(doc: ScenarioDocument, a: number, b: number): Result<RevisionDiff> {
  const older = reconstructRevision(doc, a);
  if (!older.ok) return older;
  const newer = reconstructRevision(doc, b);
  if (!newer.ok) return newer;
  return { ok: true, value: { from: a, to: b, changes: diffContents(older.value, newer.value) }, diagnostics: [] };
}

// ---------------------------------------------------------------------------------------------
// Changes and paths in the words and units people use (issue 11): "Deadweight of “Digital
// adoption”: 20% → 35%" rather than `interventions[0].additionality.displacement 0.2 -> 0.35`.

/** A change as the History view shows it. */
export interface DescribedChange extends RevisionChange {
  /** What changed, in words: "Parameter “Programme budget a year”", "Box “Firms supported”: formula". */
  where: string;
  /** The values as people read them (percentages for fractions, units after numbers); '—' when absent. */
  beforeText: string;
  afterText: string;
}

/** Fractions the file stores that people read as percentages (docs/method.md section 1). */
const PERCENT_FIELDS = new Set([
  'deadweight',
  'leakage',
  'displacement',
  'substitution',
  'optimismBias',
  'discountRate',
  'gvaGrowth',
  'jobsGrowth',
  'labourSupply',
]);

/** A ranged value's parts: the share it is a part of is named by the field before. */
const RANGE_PARTS: Record<string, string> = { value: 'central value', low: 'low', high: 'high' };

const FIELD_WORDS: Record<string, string> = {
  expr: 'formula',
  label: 'label',
  role: 'role in results',
  sector: 'sector',
  stage: 'stage',
  intervention: 'intervention',
  unit: 'unit',
  evidence: 'evidence',
  notes: 'notes',
  rationale: 'rationale',
  value: 'value',
  low: 'low',
  high: 'high',
  distribution: 'distribution',
  source: 'source',
  name: 'name',
  description: 'description',
  interventions: 'interventions switched on',
  overrides: 'overrides',
  deadweight: 'deadweight',
  leakage: 'leakage',
  displacement: 'displacement',
  substitution: 'substitution',
  multiplier: 'multiplier',
  labourSupply: 'labour supply',
  gva: 'GVA in the data year',
  jobs: 'jobs in the data year',
  gvaGrowth: 'GVA growth',
  jobsGrowth: 'jobs growth',
  dataYear: 'data year',
  optimismBias: 'Optimism bias',
  discountRate: 'Discount rate',
  title: 'Title',
  startYear: 'First projected year',
  endYear: 'Last projected year',
  baseYear: 'Price base year',
};

const words = (field: string) => FIELD_WORDS[field] ?? field;

/** Splits `logicModel.nodes[3].expr` into ['logicModel', 'nodes', 3, 'expr']. */
function pathTokens(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return out;
}

const quoted = (text: string) => `“${text}”`;

/** Where a path points, in words, reading names from `docs` (the first that has the item). */
function describeTokens(tokens: (string | number)[], docs: readonly ScenarioDocument[]): string {
  const [head, second, third, fourth, fifth] = tokens;
  const pick = <T>(read: (d: ScenarioDocument) => T | undefined): T | undefined => {
    for (const d of docs) {
      const v = read(d);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const rest = (from: number) => {
    const field = tokens[from];
    return typeof field === 'string' ? `: ${words(field)}` : '';
  };
  /** " (low)" when the token after the share at `at` is a ranged value's part. */
  const rangePart = (at: number) => {
    const part = tokens[at + 1];
    return typeof part === 'string' && RANGE_PARTS[part] ? ` (${RANGE_PARTS[part]})` : '';
  };
  const parameterName = (id: string) => quoted(pick((d) => d.parameters[id]?.label) ?? id);
  if (head === 'parameters' && typeof second === 'string') return `Parameter ${parameterName(second)}${rest(2)}`;
  if (head === 'interventions' && typeof second === 'number') {
    const name = quoted(pick((d) => d.interventions[second]?.name) ?? `intervention ${second + 1}`);
    if (third === 'additionality' && typeof fourth === 'string')
      return `${capital(words(fourth))} of ${name}${rangePart(3)}`;
    if (third === 'national' && typeof fourth === 'string' && fourth !== 'source' && fourth !== 'illustrative')
      return `National ${words(fourth)} of ${name}${rangePart(3)}`;
    return `Intervention ${name}${rest(2)}`;
  }
  if (head === 'logicModel' && second === 'nodes' && typeof third === 'number') {
    const label = pick((d) => d.logicModel.nodes[third]?.label);
    return `Box ${quoted(label ?? `number ${third + 1}`)}${rest(3)}`;
  }
  if (head === 'logicModel' && second === 'links' && typeof third === 'number') {
    const link = pick((d) => d.logicModel.links[third]);
    const label = (id: string) => pick((d) => d.logicModel.nodes.find((n) => n.id === id)?.label) ?? id;
    const what = link ? `${quoted(label(link.from))} → ${quoted(label(link.to))}` : `number ${third + 1}`;
    return `Link ${what}${rest(3)}`;
  }
  if (head === 'logicModel' && second === 'layout') {
    if (typeof third !== 'string') return 'Box positions';
    return `Position of box ${quoted(pick((d) => d.logicModel.nodes.find((n) => n.id === third)?.label) ?? third)}`;
  }
  if (head === 'scenarios' && typeof second === 'number') {
    const name = quoted(pick((d) => d.scenarios[second]?.name) ?? `scenario ${second + 1}`);
    if (third === 'additionality' && typeof fourth === 'string' && typeof fifth === 'string') {
      const iv = quoted(pick((d) => d.interventions.find((i) => i.id === fourth)?.name) ?? fourth);
      return `Scenario ${name}: ${words(fifth)} of ${iv}${rangePart(4)}`;
    }
    if (third === 'overrides' && typeof fourth === 'string')
      return `Scenario ${name}: ${parameterName(fourth)}${typeof fifth === 'string' && fifth !== 'value' ? ` ${words(fifth)}` : ''}`;
    return `Scenario ${name}${rest(2)}`;
  }
  if (head === 'baseline' && second === 'sectors' && typeof third === 'number') {
    const sector = pick((d) => d.baseline.sectors[third]);
    return `Sector ${sector ? `${quoted(sector.name)} (${sector.id})` : `number ${third + 1}`}${rest(3)}`;
  }
  if (head === 'appraisal' && typeof second === 'string') return capital(words(second));
  if ((head === 'horizon' || head === 'prices') && typeof second === 'string') return capital(words(second));
  if (head === 'meta' && typeof second === 'string')
    return second === 'workshop' ? 'Workshop sliders' : capital(words(second));
  if (head === 'area') return 'Area';
  return tokens.join('.') || 'The whole file';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A diagnostic or change path (`logicModel.nodes[3].expr`) in words ("Box “Firms supported”:
 * formula"), naming things from the document it applies to.
 */
export function describePath(doc: ScenarioDocument, path: string): string {
  return describeTokens(pathTokens(path), [doc]);
}

const general = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 6 });

/**
 * Whether the path holds a share (written as a percentage): its last field is one, or a ranged
 * value's part (`value`, `low`, `high`) of one. Parameters keep their own unit whatever their id.
 */
function isShare(tokens: (string | number)[]): boolean {
  if (tokens[0] === 'parameters' || (tokens[0] === 'scenarios' && tokens[2] === 'overrides')) return false;
  const fields = tokens.filter((t): t is string => typeof t === 'string');
  const last = fields.at(-1);
  const field = last !== undefined && RANGE_PARTS[last] ? fields.at(-2) : last;
  return field !== undefined && PERCENT_FIELDS.has(field);
}

/** A value in the unit people read it in, given the path it sits at. */
function describeValue(value: unknown, tokens: (string | number)[], docs: readonly ScenarioDocument[]): string {
  if (value === undefined) return '—';
  if (typeof value === 'number') {
    if (isShare(tokens)) return `${Number((value * 100).toPrecision(10))}%`;
    const parameterId =
      tokens[0] === 'parameters' && typeof tokens[1] === 'string'
        ? tokens[1]
        : tokens[0] === 'scenarios' && tokens[2] === 'overrides' && typeof tokens[3] === 'string'
          ? tokens[3]
          : undefined;
    const unit = parameterId ? docs.map((d) => d.parameters[parameterId]?.unit).find((u) => u) : undefined;
    return `${general.format(value)}${unit ? ` ${unit}` : ''}`;
  }
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && tokens.at(-1) === 'interventions' && value.every((v) => typeof v === 'string'))
    return value.length === 0
      ? 'none'
      : value
          .map((id) => docs.map((d) => d.interventions.find((i) => i.id === id)?.name).find((n) => n) ?? id)
          .join(', ');
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const named = value as { label?: unknown; name?: unknown; value?: unknown };
    if (typeof named.label === 'string') return named.label;
    if (typeof named.name === 'string') return named.name;
    if (typeof named.value === 'number') return describeValue(named.value, tokens, docs);
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The changes from `older` to `newer`, each described in words and units (see DescribedChange). */
export function describeChanges(older: ScenarioDocument, newer: ScenarioDocument): DescribedChange[] {
  return diffContents(older, newer).map((change) => {
    const tokens = pathTokens(change.path);
    const docs = change.kind === 'removed' ? [older, newer] : [newer, older];
    const where = describeTokens(tokens, docs);
    return {
      ...change,
      where: change.kind === 'added' ? `${where} (added)` : change.kind === 'removed' ? `${where} (removed)` : where,
      beforeText: change.kind === 'added' ? '—' : describeValue(change.before, tokens, [older, newer]),
      afterText: change.kind === 'removed' ? '—' : describeValue(change.after, tokens, [newer, older]),
    };
  });
}
