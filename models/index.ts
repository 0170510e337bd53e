/**
 * Causeway's public core. The CLI, the renderer and the Electron shell reach the engine and the file
 * format only through this module. Everything here is pure TypeScript: no React, Electron, Node or DOM.
 *
 * Units everywhere (docs/method.md section 1): GVA and costs in £m at `prices.baseYear` prices, jobs as a
 * count, productivity and cost per job in GBP, rates as fractions per year.
 */
/** The document types (derived from the file shape), results types, diagnostics and their codes. */
export * from './types.ts';
/** The file format: reading (readScenarioText), saving (serialiseScenario), the JSON Schema. */
export * from './file/index.ts';
/** Loading with every check (loadScenario) and checking a document in memory (checkDocument). */
export * from './check/index.ts';
export * from './scenario/inheritance.ts';
/** Formulas: the analyser and the table of functions they may call (FORMULA_FUNCTIONS). */
export * from './formula/index.ts';
export * from './engine/index.ts';
export * from './appraisal/index.ts';
export * from './uncertainty/index.ts';
export * from './history/index.ts';
export * from './library/index.ts';
/** Baseline projection methods, plausibility checks, council results; importing users' downloads. */
export * from './baseline/index.ts';
export * from './import/index.ts';
export * from './templates/index.ts';
export * from './edit/index.ts';
export * from './format/index.ts';
export * from './report/index.ts';
/** Prices: the embedded GDP deflator, cash-to-real conversion and rebasing a file to another price year. */
export * from './prices/index.ts';
/** Why this number? Traces a box or a net total back to parameters, additionality and baselines. */
export * from './explain/index.ts';
