export { checkModel } from './checkModel.ts';
export {
  compileScenario,
  type CompiledScenario,
  type CompileOptions,
  type ResolvedParameter,
} from './compileScenario.ts';
export { projectScenario } from './project.ts';
export {
  NATIONAL_FIELDS,
  OPTIMISM_BIAS_ID,
  additionalityId,
  nationalId,
  parseAppraisalName,
  type AppraisalName,
  type NationalField,
} from './appraisalInputs.ts';

import { clearFormulaCache } from '../formula/analyse.ts';
import { clearAnalysisCache } from './analyseModel.ts';

/**
 * Forget every cache the engine keeps across documents (parsed formulas, analyses by structure),
 * so that the next compile is cold. Per-document caches go with their documents.
 */
export function clearEngineCaches(): void {
  clearFormulaCache();
  clearAnalysisCache();
}
