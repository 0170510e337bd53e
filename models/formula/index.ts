export { analyseFormula, clearFormulaCache, type Expr, type FormulaAnalysis, type FormulaNames } from './analyse.ts';
export { FORMULA_FUNCTIONS, RESERVED_NAMES, type FormulaFunction } from './catalogue.ts';
export { bass, bassNew, logistic, ramp, step } from './functions.ts';
