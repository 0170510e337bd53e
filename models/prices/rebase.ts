/**
 * Rebasing a file to another price year (docs/method.md section 13): every money value in real prices
 * is multiplied by D(new) / D(old), a real conversion, not a relabel. The app's price-year change and
 * `causeway rebase` both call this, and both show what it did.
 *
 * What counts as money:
 * - sector baselines' GVA (£m), including a user-supplied GVA series;
 * - parameters whose unit states an amount of money: it starts with £, "GBP" or "pounds" and names no
 *   other amount of money (so "£m/year", "GBP per firm" convert; "£m output per £m of support", a
 *   ratio of money to money, and "GVA per £ of output" do not), with their ranges and every
 *   scenario's overrides of them;
 * - monitoring indicators with such a unit (baseline, target, actuals).
 * Nothing else is converted, and nothing is converted silently: the result lists what changed and
 * what the user should check by hand (parameters that mention money but are not amounts, parameters
 * with no unit, money nodes whose formulas reach no converted value, so they may hold money
 * written as numbers, and parameter sources that quote money, whose text is left as published).
 * Costs in cash prices stay in cash: they are deflated to the new base when run. The price label
 * (`prices.basis`) is rewritten to say the money was rebased, from which prices and by how much.
 */
import { analyseFormula } from '../formula/analyse.ts';
import type { Diagnostic, Result, ScenarioDocument } from '../types.ts';
import { error } from '../diagnostics.ts';
import { DEFLATOR_FIRST_YEAR, priceRatio } from './deflator.ts';

const MONEY = /£|\bGBP\b|\bpounds?\b/gi;

/** Whether a unit is an amount of money (see the file comment); false for ratios of money and for no unit. */
export function isMoneyUnit(unit: string | undefined): boolean {
  if (!unit) return false;
  const trimmed = unit.trim();
  const mentions = trimmed.match(MONEY)?.length ?? 0;
  return mentions === 1 && /^(£|GBP\b|pounds?\b)/i.test(trimmed);
}

/** A unit that mentions money without being an amount of it ("per £m", "£m per £m"). */
function mentionsMoney(unit: string | undefined): boolean {
  return unit !== undefined && (unit.match(MONEY)?.length ?? 0) > 0 && !isMoneyUnit(unit);
}

export interface RebaseOutcome {
  document: ScenarioDocument;
  from: number;
  to: number;
  /** D(to) / D(from): every converted value was multiplied by this. */
  factor: number;
  /** What was converted, one line each ("parameters.budget (£m/year)"). */
  converted: string[];
  /** What was left as it was and may need checking by hand, each with the reason. */
  check: string[];
}

/** The rebased copy of `doc` in `to` prices, or a diagnostic when the deflator does not cover a year. */
export function rebaseDocument(doc: ScenarioDocument, to: number): Result<RebaseOutcome> {
  const from = doc.prices.baseYear;
  const factor = Number.isInteger(to) ? priceRatio(from, to) : null;
  if (factor === null) {
    const problem: Diagnostic = error(
      'prices.deflator-range',
      'prices.baseYear',
      `Cannot rebase from ${from} to ${to} prices: the GDP deflator covers whole years from ${DEFLATOR_FIRST_YEAR}.`,
    );
    return { ok: false, diagnostics: [problem] };
  }
  const out = structuredClone(doc);
  const converted: string[] = [];
  const check: string[] = [];
  const scale = (x: number) => x * factor;
  if (from === to) return { ok: true, value: { document: out, from, to, factor, converted, check }, diagnostics: [] };

  out.baseline.sectors.forEach((s, k) => {
    s.gva = scale(s.gva);
    converted.push(`baseline.sectors[${k}].gva (sector "${s.id}", £m)`);
    if (s.projection?.method === 'series') {
      for (const year of Object.keys(s.projection.gva)) s.projection.gva[year] = scale(s.projection.gva[year]!);
      converted.push(`baseline.sectors[${k}].projection.gva (sector "${s.id}", £m by year)`);
    }
  });

  const moneyParameters = new Set<string>();
  for (const [id, p] of Object.entries(out.parameters)) {
    if (isMoneyUnit(p.unit)) {
      moneyParameters.add(id);
      p.value = scale(p.value);
      if (p.low !== undefined) p.low = scale(p.low);
      if (p.high !== undefined) p.high = scale(p.high);
      converted.push(`parameters.${id} (${p.unit})`);
    } else if (mentionsMoney(p.unit)) {
      check.push(
        `parameters.${id} ("${p.unit}"): mentions money but is not an amount of it, so it was left as it was.`,
      );
    } else if (!p.unit) {
      check.push(`parameters.${id}: has no unit, so it was left as it was; if it is money, convert it by hand.`);
    }
  }
  out.scenarios.forEach((s, k) => {
    for (const [id, o] of Object.entries(s.overrides ?? {})) {
      if (!moneyParameters.has(id)) continue;
      if (typeof o === 'number') s.overrides![id] = scale(o);
      else {
        o.value = scale(o.value);
        if (o.low !== undefined) o.low = scale(o.low);
        if (o.high !== undefined) o.high = scale(o.high);
      }
      converted.push(`scenarios[${k}].overrides.${id}`);
    }
  });

  out.logicModel.nodes.forEach((n, k) => {
    (n.indicators ?? []).forEach((indicator, j) => {
      if (!isMoneyUnit(indicator.unit)) return;
      if (indicator.baseline !== undefined) indicator.baseline = scale(indicator.baseline);
      if (indicator.target !== undefined) indicator.target = scale(indicator.target);
      for (const year of Object.keys(indicator.actuals ?? {}))
        indicator.actuals![year] = scale(indicator.actuals![year]!);
      converted.push(`logicModel.nodes[${k}].indicators[${j}] (indicator "${indicator.id}", ${indicator.unit})`);
    });
  });

  check.push(...untracedMoneyNodes(out, moneyParameters));
  for (const [id, p] of Object.entries(out.parameters)) {
    const quoted = p.source?.match(QUOTED_MONEY)?.[0];
    if (quoted)
      check.push(
        `parameters.${id}: its source quotes money ("${quoted.trim()}") as published; the text was not rewritten to ${to} prices.`,
      );
  }
  const { basis: _stale, ...prices } = out.prices;
  out.prices = { ...prices, baseYear: to, ...rebasedBasis(doc.prices.basis, from, to) };
  return { ok: true, value: { document: out, from, to, factor, converted, check }, diagnostics: [] };
}

/** Money quoted in a text: "£20,000", "£2m", "£1.5 bn". */
const QUOTED_MONEY = /£\s?\d[\d,.]*(\s?(bn|m|k)\b)?/i;

/** The label a rebase writes, and how to read the original back from it (a file may be rebased again). */
const REBASED =
  /^\d{4} prices: rebased from (\d{4}) prices with the GDP deflator \(every money value x [\d.]+\)(?:; before rebasing: (.*))?$/s;

/**
 * The price label after rebasing from `from` to `to` prices: it names the prices the file was first
 * in and the factor from them (deflator ratios compose), and keeps the label it had then; rebasing
 * back to those prices restores that label.
 */
function rebasedBasis(basis: string | undefined, from: number, to: number): { basis?: string } {
  const earlier = basis === undefined ? null : REBASED.exec(basis);
  const original = earlier ? Number(earlier[1]) : from;
  const before = earlier ? earlier[2] : basis;
  if (original === to) return before === undefined ? {} : { basis: before };
  const factor = priceRatio(original, to)!;
  return {
    basis: `${to} prices: rebased from ${original} prices with the GDP deflator (every money value x ${factor.toFixed(6)})${before === undefined ? '' : `; before rebasing: ${before}`}`,
  };
}

/**
 * Money nodes (real-price costs and GVA impacts) whose formulas reach, through the nodes they use,
 * no converted parameter and no baseline money (base_gva, base_prod): their money is written into
 * the formula as numbers, which rebasing cannot see.
 */
function untracedMoneyNodes(doc: ScenarioDocument, moneyParameters: ReadonlySet<string>): string[] {
  const names = { nodes: new Set(doc.logicModel.nodes.map((n) => n.id)), parameters: Object.keys(doc.parameters) };
  const analyses = new Map(
    doc.logicModel.nodes.map((n) => [n.id, n.expr === undefined ? null : analyseFormula(n.expr, names)]),
  );
  const traced = new Map<string, boolean>();
  const reaches = (id: string, seen: Set<string>): boolean => {
    const known = traced.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false;
    seen.add(id);
    const a = analyses.get(id);
    const baselineMoney = a?.expr
      ? /\bbase_(gva|prod)\s*\(/.test(doc.logicModel.nodes.find((n) => n.id === id)!.expr!)
      : false;
    const result =
      a !== null &&
      a !== undefined &&
      (baselineMoney ||
        a.parameterRefs.some((p) => moneyParameters.has(p)) ||
        [...a.nodeRefs, ...a.prevRefs].some((n) => reaches(n, seen)));
    traced.set(id, result);
    return result;
  };
  return doc.logicModel.nodes.flatMap((n, k) => {
    const money = ((n.role === 'cost' || n.role === 'privateCost') && n.prices !== 'cash') || n.role === 'gva';
    if (!money || n.expr === undefined || reaches(n.id, new Set())) return [];
    return [
      `logicModel.nodes[${k}] ("${n.id}"): its formula uses no converted parameter, so any money written in it as a number is still in the old prices; check it.`,
    ];
  });
}
