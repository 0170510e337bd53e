/**
 * A whole trace for `causeway explain` (docs/contracts.md section 5): the subject explained and its
 * inputs explained in turn, breadth first, so each box-year is explained once, where it first (most
 * shallowly) appears; later appearances are marked `repeated`. A box that accumulates (prev()) is
 * traced back year by year, which stays bounded: at most every box in every year.
 */
import { failure } from '../diagnostics.ts';
import type { Result, ScenarioDocument } from '../types.ts';
import { evaluates, explainContext, type ExplainContext, type Reference } from './context.ts';
import {
  explainEntry,
  explainNode,
  explainTotal,
  isExpandable,
  type Explained,
  type ExplainEntry,
  type Measure,
} from './explain.ts';
import type { AttributionRule } from './attribute.ts';

export type ExplainTarget = { node: string } | { total: Measure };

/** The `causeway explain --json` object. */
export interface Explanation {
  /** The box id, or "total.gva" / "total.jobs". */
  target: string;
  label: string;
  unit?: string;
  scenario: string;
  scenarioName: string;
  against: Reference;
  year: number;
  value: number;
  reference: number;
  /** value - reference: what the inputs' contributions add up to. */
  change: number;
  formula: string;
  rule: AttributionRule;
  inputs: ExplainEntry[];
  note?: string;
}

export interface ExplainOptions {
  /** Calendar year; the last year of the horizon when absent. */
  year?: number;
  /** Scenario id to compare with; business as usual (or interventions off) when absent. */
  against?: string;
  /** Levels of inputs to explain below the subject (1 = its inputs only); all when absent. */
  depth?: number;
}

const TOTAL_LABELS: Record<Measure, { label: string; unit: string }> = {
  gva: { label: 'Net additional GVA', unit: '£m' },
  jobs: { label: 'Net additional jobs', unit: 'jobs' },
};

/** Why the target has its value in a year: projects what is needed and builds the whole trace. */
export function explain(
  doc: ScenarioDocument,
  scenarioId: string,
  target: ExplainTarget,
  options: ExplainOptions = {},
): Result<Explanation> {
  const context = explainContext(doc, scenarioId, options.against);
  if (!context.ok) return context;
  const root = explainRoot(context.value, target, options.year);
  if (!root.ok) return root;
  expandTree(context.value, root.value, options.depth ?? Number.POSITIVE_INFINITY);
  return { ok: true, value: root.value, diagnostics: context.diagnostics };
}

/** The first level of a trace (the subject, its formula and its inputs), for views that expand on demand. */
export function explainRoot(ctx: ExplainContext, target: ExplainTarget, year?: number): Result<Explanation> {
  const years = ctx.years;
  const chosenYear = year ?? years[years.length - 1]!;
  const y = years.indexOf(chosenYear);
  if (y < 0)
    return failure(
      'explain.year',
      'horizon',
      `${chosenYear} is outside the horizon (${years[0]}-${years[years.length - 1]}); choose a year in it.`,
    );
  let explained: Explained;
  let head: Pick<Explanation, 'target' | 'label' | 'unit'>;
  if ('total' in target) {
    explained = explainTotal(ctx, target.total, y);
    head = { target: `total.${target.total}`, ...TOTAL_LABELS[target.total] };
  } else {
    const index = ctx.doc.logicModel.nodes.findIndex((n) => n.id === target.node);
    const node = ctx.doc.logicModel.nodes[index];
    if (!node) {
      const known = ctx.doc.logicModel.nodes.map((n) => n.id).join(', ');
      return failure('explain.node', 'logicModel.nodes', `There is no box "${target.node}"; the boxes are ${known}.`);
    }
    const path = `logicModel.nodes[${index}]`;
    if (!node.expr)
      return failure('explain.node', path, `Box "${node.id}" has no formula, so it has no number to explain.`);
    if (!evaluates(ctx.scenario, node.id) && !evaluates(ctx.reference, node.id)) {
      const same = ctx.against.kind === 'scenario' && ctx.against.id === ctx.scenario.id;
      const which = same
        ? `"${ctx.scenario.id}" does not switch on`
        : `neither "${ctx.scenario.id}" nor its reference "${ctx.against.id}" switches on`;
      return failure(
        'explain.node',
        path,
        `Box "${node.id}" belongs to intervention "${node.intervention}", which ${which}; choose a scenario that does.`,
      );
    }
    explained = explainNode(ctx, node.id, y);
    head = { target: node.id, label: node.label, ...(node.unit ? { unit: node.unit } : {}) };
  }
  const value: Explanation = {
    ...head,
    scenario: ctx.scenario.id,
    scenarioName: ctx.scenario.name,
    against: ctx.against,
    year: chosenYear,
    value: explained.value,
    reference: explained.reference,
    change: explained.value - explained.reference,
    formula: explained.formula,
    rule: explained.rule,
    inputs: explained.inputs,
  };
  if (explained.note) value.note = explained.note;
  return { ok: true, value, diagnostics: [] };
}

const entryKey = (e: Pick<ExplainEntry, 'kind' | 'id' | 'year' | 'measure'>) =>
  `${e.kind}:${e.id}:${e.measure ?? ''}@${e.year}`;

/** Explains the root's inputs breadth first, to `depth` levels, each box-year once. */
export function expandTree(ctx: ExplainContext, root: Explanation, depth: number): void {
  const seen = new Set<string>();
  if (root.target.startsWith('total.')) seen.add(`total:${root.target}@${root.year}`);
  else seen.add(entryKey({ kind: 'node', id: root.target, year: root.year }));
  let level = root.inputs;
  for (let d = 1; level.length > 0; d++) {
    const next: ExplainEntry[] = [];
    for (const entry of level) {
      if (!isExpandable(entry)) continue;
      const key = entryKey(entry);
      if (seen.has(key)) {
        entry.repeated = true;
        continue;
      }
      if (d >= depth) {
        entry.truncated = true;
        continue;
      }
      seen.add(key);
      const explained = explainEntry(ctx, entry);
      entry.formula = explained.formula;
      entry.inputs = explained.inputs;
      if (explained.note) entry.note = explained.note;
      next.push(...explained.inputs);
    }
    level = next;
  }
}
