/**
 * Causeway's public core. The CLI, the renderer and the Electron shell reach the engine and the file
 * format only through this module. Everything here is pure TypeScript: no React, Electron, Node or DOM.
 *
 * Units everywhere (method.md section 1): GVA and costs in £m at `prices.baseYear` prices, jobs as a
 * count, productivity and cost per job in GBP, rates as fractions per year.
 */
export * from './types.ts';
export * from './file/index.ts';
export * from './check/index.ts';
export * from './formula/index.ts';
export * from './engine/index.ts';
export * from './appraisal/index.ts';
export * from './uncertainty/index.ts';
export * from './history/index.ts';
export * from './library/index.ts';
export * from './templates/index.ts';
export * from './edit/index.ts';
export * from './format/index.ts';
