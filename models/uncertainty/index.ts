export { createMonteCarloRun, runMonteCarlo, type MonteCarloOptions, type MonteCarloRun } from './monteCarlo.ts';
export { runTornado, switchingTarget, type SensitivityMetric, type TornadoBar, type TornadoResult } from './tornado.ts';
export { findSwitchingValue, type SwitchingJump, type SwitchingValue } from './switching.ts';
export { createRandom, MAX_SEED, seedProblem, type Random } from './random.ts';
export { createSampler, inverseNormal, triangular } from './distributions.ts';
export { percentilesBySelection, PERCENTILES } from './percentiles.ts';
export { normalCdf, type Limits } from './truncation.ts';
