/**
 * Pure edits of the logic model's monitoring and context: indicators on boxes (docs/contracts.md
 * section 4), the need and evaluation plan, cost benchmarks, and sense-check dismissals with their
 * reasons (contracts.md section 6). Each returns a new document, or the same one when nothing changes.
 */
import type {
  CheckDismissal,
  CostBenchmark,
  Indicator,
  LogicContext,
  LogicModel,
  LogicNode,
  ScenarioDocument,
} from '../types.ts';

function withNode(doc: ScenarioDocument, nodeId: string, change: (n: LogicNode) => LogicNode): ScenarioDocument {
  const index = doc.logicModel.nodes.findIndex((n) => n.id === nodeId);
  if (index < 0) return doc;
  const nodes = doc.logicModel.nodes.slice();
  nodes[index] = change(nodes[index]!);
  return { ...doc, logicModel: { ...doc.logicModel, nodes } };
}

function withIndicators(node: LogicNode, indicators: Indicator[]): LogicNode {
  const next: LogicNode = { ...node, indicators };
  if (indicators.length === 0) delete next.indicators;
  return next;
}

/** An id for a new indicator on the box: "indicator-1", "indicator-2", ... (unique on the box). */
export function newIndicatorId(node: LogicNode): string {
  const taken = new Set((node.indicators ?? []).map((i) => i.id));
  for (let k = 1; ; k++) if (!taken.has(`indicator-${k}`)) return `indicator-${k}`;
}

/** Adds an indicator to a box; its unit starts as the box's, so its actuals can be plotted against it. */
export function addIndicator(
  doc: ScenarioDocument,
  nodeId: string,
  name: string,
): { doc: ScenarioDocument; id: string } {
  const node = doc.logicModel.nodes.find((n) => n.id === nodeId);
  if (!node) return { doc, id: '' };
  const id = newIndicatorId(node);
  const indicator: Indicator = { id, name, unit: node.unit ?? '' };
  return { doc: withNode(doc, nodeId, (n) => withIndicators(n, [...(n.indicators ?? []), indicator])), id };
}

/** Changes fields of an indicator; optional fields set to `undefined` are removed. */
export function updateIndicator(
  doc: ScenarioDocument,
  nodeId: string,
  indicatorId: string,
  patch: Partial<Indicator>,
): ScenarioDocument {
  return withNode(doc, nodeId, (n) =>
    withIndicators(
      n,
      (n.indicators ?? []).map((i) => {
        if (i.id !== indicatorId) return i;
        const next = { ...i, ...patch } as Indicator & Record<string, unknown>;
        for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
        return next;
      }),
    ),
  );
}

export function removeIndicator(doc: ScenarioDocument, nodeId: string, indicatorId: string): ScenarioDocument {
  return withNode(doc, nodeId, (n) =>
    withIndicators(
      n,
      (n.indicators ?? []).filter((i) => i.id !== indicatorId),
    ),
  );
}

/** Records (or, with `undefined`, removes) an indicator's observed value for a year. */
export function setIndicatorActual(
  doc: ScenarioDocument,
  nodeId: string,
  indicatorId: string,
  year: number,
  value: number | undefined,
): ScenarioDocument {
  if (!Number.isInteger(year)) return doc;
  const node = doc.logicModel.nodes.find((n) => n.id === nodeId);
  const indicator = node?.indicators?.find((i) => i.id === indicatorId);
  if (!indicator) return doc;
  const { [String(year)]: _old, ...rest } = indicator.actuals ?? {};
  const entries = value === undefined || !Number.isFinite(value) ? rest : { ...rest, [String(year)]: value };
  // Years in order, so the saved file lists them as people read them.
  const actuals = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => Number(a) - Number(b)));
  return updateIndicator(doc, nodeId, indicatorId, {
    actuals: Object.keys(actuals).length > 0 ? actuals : undefined,
  });
}

function withLogicModel(doc: ScenarioDocument, patch: Partial<LogicModel>): ScenarioDocument {
  const logicModel = { ...doc.logicModel, ...patch } as LogicModel & Record<string, unknown>;
  for (const key of Object.keys(patch)) if (logicModel[key] === undefined) delete logicModel[key];
  return { ...doc, logicModel };
}

/** Sets the need, evaluation plan or benchmarks; empty text and empty lists are removed from the file. */
export function setLogicContext(doc: ScenarioDocument, patch: Partial<LogicContext>): ScenarioDocument {
  const next = { ...(doc.logicModel.context ?? {}), ...patch } as LogicContext & Record<string, unknown>;
  for (const [key, value] of Object.entries(next)) {
    if (
      value === undefined ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0)
    )
      delete next[key];
  }
  return withLogicModel(doc, { context: Object.keys(next).length > 0 ? next : undefined });
}

export function setCostBenchmarks(doc: ScenarioDocument, benchmarks: CostBenchmark[]): ScenarioDocument {
  return setLogicContext(doc, { costPerOutput: benchmarks });
}

/** Dismisses a sense check for one subject with a reason (replacing an earlier reason); a blank reason is refused. */
export function dismissCheck(doc: ScenarioDocument, check: string, subject: string, reason: string): ScenarioDocument {
  if (reason.trim() === '') return doc;
  const others = (doc.logicModel.checks?.dismissed ?? []).filter((d) => !(d.check === check && d.subject === subject));
  const dismissed: CheckDismissal[] = [...others, { check, subject, reason: reason.trim() }];
  return withLogicModel(doc, { checks: { ...doc.logicModel.checks, dismissed } });
}

/** Brings a dismissed sense check back. */
export function restoreCheck(doc: ScenarioDocument, check: string, subject: string): ScenarioDocument {
  const current = doc.logicModel.checks?.dismissed ?? [];
  const dismissed = current.filter((d) => !(d.check === check && d.subject === subject));
  if (dismissed.length === current.length) return doc;
  return withLogicModel(doc, {
    checks: dismissed.length > 0 ? { ...doc.logicModel.checks, dismissed } : undefined,
  });
}
