import type { Diagnostic, ScenarioDocument } from '../types.ts';
import { analyseModel, checkScenarioActivity } from './analyseModel.ts';

/**
 * Formula and graph checks for the whole document: names outside the whitelist, formulas using
 * nodes not linked into them, cycles (named), role nodes without formulas or interventions, and,
 * for every scenario, formulas that need a node the scenario does not switch on. Each problem is
 * reported once even when several scenarios share it.
 */
export function checkModel(doc: ScenarioDocument): Diagnostic[] {
  const model = analyseModel(doc);
  const all = [
    ...model.diagnostics,
    ...(doc.scenarios ?? []).flatMap((scenario, index) => checkScenarioActivity(doc, scenario, index, model)),
  ];
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.code}|${d.path}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
