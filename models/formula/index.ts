export { analyseFormula, clearFormulaCache, type Expr, type FormulaAnalysis, type FormulaNames } from './analyse.ts';
export { RESERVED_NAMES } from './catalogue.ts';
export {
  FORMULA_FUNCTIONS,
  describeArity,
  type FormulaFunction,
  type FormulaFunctionName,
  type FunctionLowering,
  type FunctionOp,
} from './functionTable.ts';
export { bass, bassNew, logistic, persist, persistLife, ramp, step } from './functions.ts';
