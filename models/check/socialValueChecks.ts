/**
 * Whether UK social value is assessed, for every scenario of a file (docs/method.md section 11): the
 * warnings the engine gives when it compiles a scenario (models/engine/compileChecks.ts,
 * assessSocialValue, the one place that decides), gathered for `validate`, which checks a file
 * without running one scenario. The app's Problems list shows the same warnings for the scenario on
 * screen, from the same compile.
 */
import { compileScenario } from '../engine/index.ts';
import type { Diagnostic, ScenarioDocument } from '../types.ts';

const SOCIAL = /^social\./;

/**
 * The social-value warnings of every scenario that compiles, in scenario order, each message once
 * (a GVA node without a benefit kind is named once, an intervention without national factors once
 * per scenario it is switched on in). Scenarios that do not compile are left to the other checks.
 */
export function checkSocialValue(doc: ScenarioDocument): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const scenario of doc.scenarios) {
    const compiled = compileScenario(doc, scenario.id);
    for (const d of compiled.diagnostics) {
      if (!SOCIAL.test(d.code) || seen.has(d.message)) continue;
      seen.add(d.message);
      out.push(d);
    }
  }
  return out;
}
