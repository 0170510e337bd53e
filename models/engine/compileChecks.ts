/**
 * Checks that need the scenario's compiled view: role nodes the engine cannot place, persist()
 * arguments it cannot use, cash prices on nodes that are not costs, and whether UK social value can
 * be assessed (docs/method.md sections 9, 11 and 13). Problems are diagnostics with paths and
 * sentences; nothing is defaulted.
 */
import type { Expr, FormulaAnalysis } from '../formula/analyse.ts';
import { error, warning } from '../diagnostics.ts';
import type { Diagnostic, LogicNode, ScenarioDocument } from '../types.ts';
import type { ResolvedParameter } from './resolveParameters.ts';
import { boxName } from '../format/names.ts';

/** The engine refuses to count an impact it cannot place in a baseline sector. */
export function checkRoleSectors(doc: ScenarioDocument): Diagnostic[] {
  const sectors = new Set(doc.baseline.sectors.map((s) => s.id));
  return doc.logicModel.nodes.flatMap((node, index) =>
    (node.role === 'gva' || node.role === 'jobs') && (node.sector === undefined || !sectors.has(node.sector))
      ? [
          error(
            'role.sector',
            `logicModel.nodes[${index}].sector`,
            `Box ${boxName(node)} has role "${node.role}" but ${node.sector === undefined ? 'names no sector' : `names sector "${node.sector}", which is not in the baseline`}; choose one of ${[...sectors].join(', ')}.`,
          ),
        ]
      : [],
  );
}

/** Cash prices mean something only on money the engine deflates: public and private costs. */
export function checkCashRoles(doc: ScenarioDocument): Diagnostic[] {
  return doc.logicModel.nodes.flatMap((node, index) =>
    node.prices === 'cash' && node.role !== 'cost' && node.role !== 'privateCost'
      ? [
          warning(
            'prices.cash-role',
            `logicModel.nodes[${index}].prices`,
            `Box ${boxName(node)} says its values are in cash prices, but only cost and private-cost nodes are deflated; remove "prices" or give the node the role cost or privateCost.`,
          ),
        ]
      : [],
  );
}

/** Every persist() call in a formula. */
function persistCalls(expr: Expr, out: Extract<Expr, { kind: 'persist' }>[] = []) {
  switch (expr.kind) {
    case 'persist':
      out.push(expr);
      persistCalls(expr.life, out);
      persistCalls(expr.decay, out);
      break;
    case 'unary':
      persistCalls(expr.arg, out);
      break;
    case 'binary':
      persistCalls(expr.left, out);
      persistCalls(expr.right, out);
      break;
    case 'cond':
      persistCalls(expr.test, out);
      persistCalls(expr.then, out);
      persistCalls(expr.otherwise, out);
      break;
    case 'call':
      expr.args.forEach((a) => persistCalls(a, out));
      break;
    case 'prev':
    case 'delay':
      persistCalls(expr.init, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * persist()'s life and decay where they are a number or a parameter: a life below one year or a
 * decay outside 0 to 1 (value or either bound) is an error; a fractional life is a warning, since
 * it is rounded to whole years (7.4 counts as 7). Arguments that are formulas are checked as they
 * run: a decay outside 0 to 1 there makes the node's value undefined, which the run reports.
 */
export function checkPersistArguments(
  nodes: { index: number; node: LogicNode; analysis: FormulaAnalysis }[],
  parameters: ReadonlyMap<string, ResolvedParameter>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { index, node, analysis } of nodes) {
    if (!analysis.expr || analysis.historyRefs.length === 0) continue;
    const path = `logicModel.nodes[${index}].expr`;
    for (const call of persistCalls(analysis.expr)) {
      const stated = (e: Expr): { name: string; numbers: number[] } | null => {
        if (e.kind === 'num') return { name: String(e.value), numbers: [e.value] };
        if (e.kind !== 'param') return null;
        const p = parameters.get(e.id);
        if (!p) return null;
        return { name: `parameter "${e.id}"`, numbers: [p.value, ...(p.low === undefined ? [] : [p.low, p.high!])] };
      };
      const life = stated(call.life);
      if (life && life.numbers.some((n) => !(n >= 1))) {
        out.push(
          error(
            'formula.persist-life',
            path,
            `Formula of box ${boxName(node)}: persist(${call.id}, ...) has a life of ${life.name} (${life.numbers.join(', ')}); a life is a whole number of years of at least 1.`,
          ),
        );
      } else if (life && !Number.isInteger(life.numbers[0])) {
        out.push(
          warning(
            'formula.persist-life',
            path,
            `Formula of box ${boxName(node)}: persist(${call.id}, ...) has a life of ${life.numbers[0]} years (${life.name}); lives count whole years, so it is rounded to ${Math.round(life.numbers[0]!)}.`,
          ),
        );
      }
      const decay = stated(call.decay);
      if (decay && decay.numbers.some((n) => !(n >= 0 && n <= 1))) {
        out.push(
          error(
            'formula.persist-decay',
            path,
            `Formula of box ${boxName(node)}: persist(${call.id}, ...) has a decay of ${decay.name} (${decay.numbers.join(', ')}); a decay is a fraction a year from 0 to 1.`,
          ),
        );
      }
    }
  }
  return out;
}

/** Whether UK social value can be assessed for the switched-on interventions, and if not, why. */
export interface SocialAssessment {
  /** Ids of switched-on interventions whose social value is not assessed, in file order. */
  notAssessed: string[];
  /** A sentence naming them and what to set; null when every one is assessed. */
  reason: string | null;
  diagnostics: Diagnostic[];
}

/**
 * An intervention is assessed when it has national factors and each of its gva nodes says what kind
 * of benefit it is (docs/method.md section 11). Nothing is defaulted: the others are listed, with a
 * warning saying what to set.
 */
export function assessSocialValue(
  doc: ScenarioDocument,
  scenarioId: string,
  active: ReadonlySet<string>,
  evaluated: readonly LogicNode[],
): SocialAssessment {
  const noNational: string[] = [];
  const noKind: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const missingKind = (ivId: string) =>
    evaluated.filter((n) => n.intervention === ivId && n.role === 'gva' && !n.benefit);
  doc.interventions.forEach((iv, k) => {
    if (!active.has(iv.id)) return;
    if (!iv.national) {
      noNational.push(iv.id);
      diagnostics.push(
        warning(
          'social.not-assessed',
          `interventions[${k}].national`,
          `UK social value is not assessed for intervention "${iv.id}" in scenario "${scenarioId}": it has no national factors. Set "national": { "displacement", "labourSupply" } (the shares of its net local effect displaced from elsewhere in the UK and of its jobs filled by people otherwise not in work), with their source.`,
        ),
      );
      return;
    }
    const unkinded = missingKind(iv.id);
    if (unkinded.length === 0) return;
    noKind.push(iv.id);
    for (const node of unkinded) {
      const index = doc.logicModel.nodes.indexOf(node);
      diagnostics.push(
        warning(
          'social.benefit-kind',
          `logicModel.nodes[${index}].benefit`,
          `UK social value is not assessed for intervention "${iv.id}": its GVA node "${node.id}" does not say what kind of benefit it is. Set "benefit" to "productivity" (more output from the same workers) or "output" (new output with new jobs).`,
        ),
      );
    }
  });
  const notAssessed = doc.interventions.map((i) => i.id).filter((id) => noNational.includes(id) || noKind.includes(id));
  if (notAssessed.length === 0) return { notAssessed, reason: null, diagnostics };
  const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
  const parts = [
    ...(noNational.length === 0
      ? []
      : [
          `${list(noNational)} ${noNational.length === 1 ? 'has' : 'have'} no national factors: set national displacement and the labour-supply share`,
        ]),
    ...(noKind.length === 0
      ? []
      : [
          `${list(noKind)} ${noKind.length === 1 ? 'has' : 'have'} a GVA node that does not say whether it is a productivity or an output benefit: set its benefit kind`,
        ]),
  ];
  return { notAssessed, reason: `UK social value not assessed: ${parts.join('; ')}.`, diagnostics };
}
