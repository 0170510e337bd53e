export { checkModel } from './checkModel.ts';
export { compileScenario, type CompiledScenario, type CompileOptions, type ResolvedParameter } from './compileScenario.ts';
export { projectScenario } from './project.ts';
export { compareScenarios, type ComparisonRow } from './compare.ts';
