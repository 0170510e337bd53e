/**
 * "Why this number?" (docs/contracts.md section 5, `causeway explain`; docs/method.md section 16):
 * a box's or a total's value in one year, its formula, each input's value that year and each input's
 * contribution to the change from the reference (business as usual, or the scenario with its
 * interventions off). Contributions of a subject's inputs add up to the subject's change; each input
 * that is itself a box (or an intervention's net or gross impact) can be explained the same way,
 * down to parameters, additionality factors and baselines.
 *
 * A net total is read as the sum over interventions of gross x the additionality factors (method.md
 * section 4), so a total traces through additionality to the role boxes and on down their formulas.
 */
import type { Expr } from '../formula/analyse.ts';
import { ADDITIONALITY_FACTORS } from '../file/shape.ts';
import { attribute, type AttributionRule } from './attribute.ts';
import { baselineValue, nodeValue, type ExplainContext, type Side } from './context.ts';
import {
  evaluateExpr,
  formAtYear,
  formulaLeaves,
  leafKey,
  UnsupportedFormula,
  type LeafExpr,
  type YearExpr,
} from './evaluate.ts';

export type Measure = 'gva' | 'jobs';

/** What an entry of a trace is. */
export type ExplainKind =
  /** A box of the logic model (its value that year, or the year before for prev()). */
  | 'node'
  | 'parameter'
  /** A sector's baseline read by base_gva, base_jobs or base_prod. */
  | 'baseline'
  /** One additionality factor of an intervention (central value, scenario overrides applied). */
  | 'additionality'
  /** An intervention's net additional GVA or jobs (a net total's inputs). */
  | 'intervention'
  /** An intervention's gross GVA or jobs: the sum of its role boxes. */
  | 'gross'
  /** An intervention switched on (or off): what its role boxes give with no budget (usually nothing). */
  | 'switch';

export interface ExplainEntry {
  /** A box or parameter id, `base_gva("ck")`, `additionality.<intervention>.<factor>`, or an intervention id. */
  id: string;
  kind: ExplainKind;
  label: string;
  /** The calendar year the value is for (the year before for a prev() input). */
  year: number;
  /** In the scenario explained. */
  value: number;
  /** In the reference. */
  reference: number;
  /** This input's share of its parent's change; null where the formula cannot be split (see `note`). */
  contribution: number | null;
  unit?: string;
  /** 'gva' or 'jobs' on intervention and gross entries. */
  measure?: Measure;
  /** Set once the entry is explained: its formula and its own inputs. */
  formula?: string;
  inputs?: ExplainEntry[];
  note?: string;
  /** Explained at its first (shallowest) appearance in the same trace; not repeated here. */
  repeated?: true;
  /** Not explained further: the depth asked for was reached. */
  truncated?: true;
}

/** One level of a trace: a subject's formula and its inputs with their contributions. */
export interface Explained {
  formula: string;
  value: number;
  reference: number;
  /** Whether the inputs' shares come from the Shapley value or sequential substitution (attribute.ts). */
  rule: AttributionRule;
  inputs: ExplainEntry[];
  note?: string;
}

/** Entries that can be explained further (the rest are parameters, baselines and factors). */
export function isExpandable(entry: Pick<ExplainEntry, 'kind'>): boolean {
  return entry.kind === 'node' || entry.kind === 'intervention' || entry.kind === 'gross';
}

const MEASURE_WORDS: Record<Measure, { label: string; unit: string }> = {
  gva: { label: 'net additional GVA', unit: '£m' },
  jobs: { label: 'net additional jobs', unit: 'jobs' },
};
const FACTOR_WORDS: Record<(typeof ADDITIONALITY_FACTORS)[number], string> = {
  deadweight: 'Deadweight',
  leakage: 'Leakage',
  displacement: 'Displacement',
  substitution: 'Substitution',
  multiplier: 'Multiplier',
};
const NET_FORMULA = 'gross x (1 - deadweight) x (1 - leakage) x (1 - displacement) x (1 - substitution) x multiplier';

/** Explains one expandable entry (or a root made by rootEntry). */
export function explainEntry(ctx: ExplainContext, entry: ExplainEntry): Explained {
  const y = ctx.years.indexOf(entry.year);
  switch (entry.kind) {
    case 'node':
      return explainNode(ctx, entry.id, y);
    case 'intervention':
      return explainIntervention(ctx, entry.id, entry.measure ?? 'gva', y);
    case 'gross':
      return explainGross(ctx, entry.id, entry.measure ?? 'gva', y);
    default:
      return { formula: '', value: entry.value, reference: entry.reference, rule: 'shapley', inputs: [] };
  }
}

/** Explains a net total (area-wide net additional GVA or jobs) in a year: the sum of each intervention's net impact. */
export function explainTotal(ctx: ExplainContext, measure: Measure, y: number): Explained {
  const net = (side: Side, id: string) => side.projection.interventions[id]?.netImpact[measure][y] ?? 0;
  const inputs = ctx.doc.interventions
    .filter((i) => ctx.scenario.active.has(i.id) || ctx.reference.active.has(i.id))
    .map((i): ExplainEntry => {
      const value = net(ctx.scenario, i.id);
      const reference = net(ctx.reference, i.id);
      return {
        id: i.id,
        kind: 'intervention',
        label: `${i.name}: ${MEASURE_WORDS[measure].label}`,
        year: ctx.years[y]!,
        value,
        reference,
        contribution: value - reference,
        unit: MEASURE_WORDS[measure].unit,
        measure,
      };
    });
  return {
    formula: `sum over interventions of ${MEASURE_WORDS[measure].label}`,
    value: ctx.scenario.projection.total.netImpact[measure][y]!,
    reference: ctx.reference.projection.total.netImpact[measure][y]!,
    rule: 'shapley',
    inputs,
  };
}

/** The role boxes that make up an intervention's gross GVA or jobs. */
function roleNodes(ctx: ExplainContext, intervention: string, measure: Measure) {
  return ctx.doc.logicModel.nodes.filter((n) => n.intervention === intervention && n.role === measure);
}

/** An intervention's gross impact on one side: 0 where the side does not switch it on. */
function grossOf(ctx: ExplainContext, side: Side, intervention: string, measure: Measure, y: number): number {
  if (!side.active.has(intervention)) return 0;
  return roleNodes(ctx, intervention, measure).reduce((sum, n) => sum + nodeValue(side, n.id, y), 0);
}

function explainIntervention(ctx: ExplainContext, id: string, measure: Measure, y: number): Explained {
  const name = ctx.doc.interventions.find((i) => i.id === id)?.name ?? id;
  const year = ctx.years[y]!;
  const grossS = grossOf(ctx, ctx.scenario, id, measure, y);
  const grossR = grossOf(ctx, ctx.reference, id, measure, y);
  const factorsS = ADDITIONALITY_FACTORS.map((f) => ctx.scenario.additionality[id]![f]);
  const factorsR = ADDITIONALITY_FACTORS.map((f) => ctx.reference.additionality[id]![f]);
  const scenario = [grossS, ...factorsS];
  const reference = [grossR, ...factorsR];
  const netOf = (v: (k: number) => number) => v(0) * (1 - v(1)) * (1 - v(2)) * (1 - v(3)) * (1 - v(4)) * v(5);
  const { contributions, rule } = attribute(scenario, reference, (pick) =>
    netOf((k) => (pick(k) ? scenario[k]! : reference[k]!)),
  );
  const inputs: ExplainEntry[] = [
    {
      id,
      kind: 'gross',
      label: `${name}: gross ${measure === 'gva' ? 'GVA' : 'jobs'}`,
      year,
      value: grossS,
      reference: grossR,
      contribution: contributions?.[0] ?? null,
      unit: MEASURE_WORDS[measure].unit,
      measure,
    },
    ...ADDITIONALITY_FACTORS.map((f, k): ExplainEntry => ({
      id: `additionality.${id}.${f}`,
      kind: 'additionality',
      label: `${FACTOR_WORDS[f]} (${name})`,
      year,
      value: factorsS[k]!,
      reference: factorsR[k]!,
      contribution: contributions?.[k + 1] ?? null,
    })),
  ];
  const net = (side: Side) => side.projection.interventions[id]?.netImpact[measure][y] ?? 0;
  return { formula: NET_FORMULA, value: net(ctx.scenario), reference: net(ctx.reference), rule, inputs };
}

function explainGross(ctx: ExplainContext, id: string, measure: Measure, y: number): Explained {
  const name = ctx.doc.interventions.find((i) => i.id === id)?.name ?? id;
  const inputs = roleNodes(ctx, id, measure).map((n) => {
    const entry = nodeEntry(ctx, n.id, y);
    return { ...entry, contribution: entry.value - entry.reference };
  });
  const value = grossOf(ctx, ctx.scenario, id, measure, y);
  const reference = grossOf(ctx, ctx.reference, id, measure, y);
  // Role boxes of an intervention a side does not switch on read their no-budget values (nodeValue);
  // what those add up to is the difference switching the intervention on makes without any money.
  const read = inputs.reduce((sum, e) => sum + (e.value - e.reference), 0);
  const switched = value - reference - read;
  if (switched !== 0 && (!ctx.scenario.active.has(id) || !ctx.reference.active.has(id))) {
    inputs.push({
      id,
      kind: 'switch',
      label: `${name} switched ${ctx.scenario.active.has(id) ? 'on' : 'off'}: its effect with no budget`,
      year: ctx.years[y]!,
      value: ctx.scenario.active.has(id) ? 1 : 0,
      reference: ctx.reference.active.has(id) ? 1 : 0,
      contribution: switched,
    });
  }
  return {
    formula: `sum of the intervention's ${measure === 'gva' ? 'GVA' : 'jobs'} boxes`,
    value,
    reference,
    rule: 'shapley',
    inputs,
  };
}

/** A box's entry (value and reference in year index y, as nodeValue reads them), before its share is known. */
export function nodeEntry(ctx: ExplainContext, id: string, y: number, label?: string): ExplainEntry {
  const node = ctx.nodes.get(id);
  const entry: ExplainEntry = {
    id,
    kind: 'node',
    label: label ?? node?.label ?? id,
    year: ctx.years[y]!,
    value: nodeValue(ctx.scenario, id, y),
    reference: nodeValue(ctx.reference, id, y),
    contribution: null,
  };
  if (node?.unit) entry.unit = node.unit;
  return entry;
}

/** An input of a formula as a trace entry, with its values on both sides. */
function leafEntry(ctx: ExplainContext, leaf: LeafExpr, y: number): ExplainEntry {
  const year = ctx.years[y]!;
  switch (leaf.kind) {
    case 'node':
      return nodeEntry(ctx, leaf.id, y);
    case 'lag': {
      const before = leaf.years === 1 ? 'the year before' : `${leaf.years} years before`;
      return nodeEntry(ctx, leaf.id, y - leaf.years, `${ctx.nodes.get(leaf.id)?.label ?? leaf.id} (${before})`);
    }
    case 'param': {
      const p = ctx.doc.parameters[leaf.id];
      const entry: ExplainEntry = {
        id: leaf.id,
        kind: 'parameter',
        label: p?.label ?? leaf.id,
        year,
        value: ctx.scenario.parameters[leaf.id]!,
        reference: ctx.reference.parameters[leaf.id]!,
        contribution: null,
      };
      if (p?.unit) entry.unit = p.unit;
      return entry;
    }
    case 'base': {
      const sector = ctx.doc.baseline.sectors.find((s) => s.id === leaf.sector);
      const what = { gva: 'GVA', jobs: 'jobs', prod: 'productivity' }[leaf.measure];
      return {
        id: `base_${leaf.measure}("${leaf.sector}")`,
        kind: 'baseline',
        label: `Baseline ${what} of ${sector?.name ?? leaf.sector}`,
        year,
        value: baselineValue(ctx.scenario, leaf.measure, leaf.sector, y),
        reference: baselineValue(ctx.reference, leaf.measure, leaf.sector, y),
        contribution: null,
        unit: { gva: '£m', jobs: 'jobs', prod: '£ per job' }[leaf.measure],
      };
    }
  }
}

/**
 * A box in year index y: its inputs' change (scenario against reference, each read as nodeValue
 * does) split by the Shapley value. The box's own value on each side comes from the same runs, so the
 * shares add up to its change.
 */
export function explainNode(ctx: ExplainContext, id: string, y: number): Explained {
  const node = ctx.nodes.get(id);
  const parsed = ctx.formulas.get(id) ?? null;
  const formula = node?.expr ?? '';
  const value = nodeValue(ctx.scenario, id, y);
  const reference = nodeValue(ctx.reference, id, y);
  if (!parsed)
    return { formula, value, reference, rule: 'shapley', inputs: [], note: 'This box has no formula to trace.' };
  const expr: YearExpr = formAtYear(parsed, y);
  const time = { t: y, year: ctx.years[y]! };
  // persist() reads its flow as far back as its life reaches on either side: value the life first.
  const lifeOf = (life: Expr) => {
    const read = (side: 'value' | 'reference') => (leaf: LeafExpr) => leafEntry(ctx, leaf, y)[side];
    const lives = [evaluateExpr(life, time, read('value')), evaluateExpr(life, time, read('reference'))];
    return Math.max(1, ...lives.filter(Number.isFinite));
  };
  let leaves: LeafExpr[];
  try {
    leaves = formulaLeaves(expr, y, lifeOf);
  } catch (e) {
    if (!(e instanceof UnsupportedFormula)) throw e;
    leaves = [];
  }
  const inputs = leaves.map((leaf) => leafEntry(ctx, leaf, y));
  const scenario = inputs.map((e) => e.value);
  const ref = inputs.map((e) => e.reference);
  const index = new Map(leaves.map((leaf, k) => [leafKey(leaf), k]));
  // A flow persist() does not reach is not an input; its value does not matter (0).
  const at = (values: (k: number) => number) =>
    evaluateExpr(expr, time, (leaf) => {
      const k = index.get(leafKey(leaf));
      return k === undefined ? 0 : values(k);
    });
  const result: Explained = { formula, value, reference, rule: 'shapley', inputs };
  let gap = 0;
  try {
    const split = attribute(scenario, ref, (pick) => at((k) => (pick(k) ? scenario[k]! : ref[k]!)));
    result.rule = split.rule;
    if (split.contributions === null)
      result.note =
        'The formula is not defined at some mix of scenario and reference inputs (a division by an input that is 0 on one side, say), so its change is not split among its inputs.';
    inputs.forEach((entry, k) => (entry.contribution = split.contributions?.[k] ?? null));
    // Where a side gives the box something other than its formula (a cost box with no budget in the
    // companion run), the difference is the switch's share.
    gap = value - at((k) => scenario[k]!) - (reference - at((k) => ref[k]!));
  } catch (e) {
    if (!(e instanceof UnsupportedFormula)) throw e;
    result.note = `The trace cannot yet split a formula that uses ${e.message}; the inputs are listed with their values only.`;
  }
  if (Math.abs(gap) > 1e-12 * Math.max(1, Math.abs(value), Math.abs(reference)) || !Number.isFinite(gap)) {
    const interventionId = node?.intervention ?? '';
    const name = ctx.doc.interventions.find((i) => i.id === interventionId)?.name ?? interventionId;
    const on = ctx.scenario.active.has(interventionId);
    inputs.push({
      id: interventionId,
      kind: 'switch',
      label: on ? `${name} switched on with its budget` : `${name} switched off`,
      year: ctx.years[y]!,
      value: on ? 1 : 0,
      reference: ctx.reference.active.has(interventionId) ? 1 : 0,
      contribution: Number.isFinite(gap) ? gap : null,
    });
  }
  if (hasInitial(parsed, y) && !result.note)
    result.note = "This early, prev() or delay() gives its initial value, so that value's inputs are listed.";
  return result;
}

/** Whether a prev() or delay() in the formula still reads its initial value in year index y. */
function hasInitial(expr: Expr, y: number): boolean {
  switch (expr.kind) {
    case 'prev':
      return y < 1 || hasInitial(expr.init, y);
    case 'delay':
      return y < expr.years || hasInitial(expr.init, y);
    case 'persist':
      return hasInitial(expr.life, y) || hasInitial(expr.decay, y);
    case 'unary':
      return hasInitial(expr.arg, y);
    case 'binary':
      return hasInitial(expr.left, y) || hasInitial(expr.right, y);
    case 'cond':
      return [expr.test, expr.then, expr.otherwise].some((e) => hasInitial(e, y));
    case 'call':
      return expr.args.some((e) => hasInitial(e, y));
    default:
      return false;
  }
}
