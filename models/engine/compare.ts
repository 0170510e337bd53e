import type { Diagnostic, Result, ScenarioDocument, VfmBand } from '../types.ts';
import { projectScenario } from './project.ts';

/** One scenario's headline numbers (the shape of `causeway compare --json`). */
export interface ComparisonRow {
  id: string;
  name: string;
  /** Net additional GVA (£m) and jobs in the last year of the horizon. */
  finalYear: { netGva: number; netJobs: number };
  /** Net additional GVA summed over the horizon, £m, undiscounted. */
  cumulativeNetGva: number;
  npv: number;
  bcr: number | null;
  /** GBP per net additional job. */
  costPerNetJob: number | null;
  vfm: VfmBand | null;
}

/** Every scenario of the file side by side, in file order; fails if any scenario cannot be projected. */
export function compareScenarios(doc: ScenarioDocument): Result<ComparisonRow[]> {
  const rows: ComparisonRow[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const scenario of doc.scenarios) {
    const result = projectScenario(doc, scenario.id);
    diagnostics.push(...result.diagnostics);
    if (!result.ok) continue;
    const { total, appraisal } = result.value;
    const last = total.netImpact.gva.length - 1;
    rows.push({
      id: scenario.id,
      name: scenario.name,
      finalYear: { netGva: total.netImpact.gva[last] ?? 0, netJobs: total.netImpact.jobs[last] ?? 0 },
      cumulativeNetGva: total.netImpact.gva.reduce((a, b) => a + b, 0),
      npv: appraisal.npv,
      bcr: appraisal.bcr,
      costPerNetJob: appraisal.costPerNetJob,
      vfm: appraisal.vfm,
    });
  }
  const unique = diagnostics.filter((d, i) => diagnostics.findIndex((e) => e.message === d.message) === i);
  if (unique.some((d) => d.severity === 'error')) return { ok: false, diagnostics: unique };
  return { ok: true, value: rows, diagnostics: unique };
}
