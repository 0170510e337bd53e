/**
 * Costs in cash prices used by other formulas (docs/method.md sections 13 and 15): the engine
 * deflates a cash cost node's own values when it counts them as costs, but a formula that uses the
 * node reads its cash values, so a budget in cash divided by a cost per unit in real prices gives
 * outputs (and benefits) that follow nominal money while the costs fall in real terms. Not an error
 * (a formula may deflate the value itself, or combine it with other cash figures), so a warning at
 * the formula, saying what to do.
 */
import { warning } from '../diagnostics.ts';
import { analyseFormula } from '../formula/analyse.ts';
import { boxName } from '../format/names.ts';
import type { Diagnostic, ScenarioDocument } from '../types.ts';

export function checkCashFeeds(doc: ScenarioDocument): Diagnostic[] {
  const cash = new Set(
    doc.logicModel.nodes
      .filter((n) => n.prices === 'cash' && (n.role === 'cost' || n.role === 'privateCost'))
      .map((n) => n.id),
  );
  if (cash.size === 0) return [];
  const byId = new Map(doc.logicModel.nodes.map((n) => [n.id, n]));
  const names = { nodes: doc.logicModel.nodes.map((n) => n.id), parameters: Object.keys(doc.parameters) };
  return doc.logicModel.nodes.flatMap((node, index) => {
    if (node.expr === undefined) return [];
    const a = analyseFormula(node.expr, names);
    const used = [...new Set([...a.nodeRefs, ...a.prevRefs, ...a.historyRefs])].filter(
      (id) => cash.has(id) && id !== node.id,
    );
    return used.map((id) =>
      warning(
        'prices.cash-used',
        `logicModel.nodes[${index}].expr`,
        `${boxName(node)} uses ${boxName(byId.get(id), id)}, whose values are in cash prices: only the cost itself is deflated, so this formula sees cash values while the rest of the model is in ${doc.prices.baseYear} prices. Give what it is combined with (a cost per unit, say) in cash prices too, or enter the cost in ${doc.prices.baseYear} prices instead.`,
      ),
    );
  });
}
