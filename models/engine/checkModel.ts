import type { Diagnostic, ScenarioDocument } from '../types.ts';
import { checkInheritance, resolveScenario } from '../scenario/inheritance.ts';
import { analyseModel, checkScenarioActivity } from './analyseModel.ts';

/**
 * Formula and graph checks for the whole document: names outside the whitelist, formulas using
 * nodes not linked into them, cycles (named), role nodes without formulas or interventions, and,
 * for every scenario, formulas that need a node the scenario does not switch on. Each problem is
 * reported once even when several scenarios share it.
 */
export function checkModel(doc: ScenarioDocument): Diagnostic[] {
  const model = analyseModel(doc);
  // Which interventions a scenario switches on may be inherited; with a broken inheritance (reported
  // by checkInheritance) there is no answer to check against.
  const inheritanceBroken = checkInheritance(doc).length > 0;
  const all = [
    ...model.diagnostics,
    ...(inheritanceBroken ? [] : (doc.scenarios ?? [])).flatMap((scenario, index) =>
      checkScenarioActivity(doc, scenario, index, model, resolveScenario(doc, scenario).interventions.value),
    ),
  ];
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.code}|${d.path}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
