/**
 * The renderer's one door to the core. Everything comes from models/index.ts; this module only adds
 * typed guards for the few functions that are still landing (uncertainty, area library, templates),
 * so the UI compiles and shows an honest "not available yet" state instead of crashing. No economics
 * lives here.
 */
import * as core from '../models/index.ts';
import type { Result, ScenarioDocument, UncertaintyResult } from '../models/index.ts';

export * from '../models/index.ts';

export interface MonteCarloRun {
  readonly total: number;
  readonly done: number;
  step(maxDraws: number): number;
  result(): UncertaintyResult;
}
export interface TornadoRow {
  id: string;
  label?: string;
  low: number;
  high: number;
  atLow: number;
  atHigh: number;
  swing: number;
}
export interface TornadoResult {
  metric: 'npv' | 'bcr';
  base: number;
  parameters: TornadoRow[];
}
type Fn = (...args: never[]) => unknown;
const api = core as unknown as Record<string, Fn | unknown>;
function fn<T extends Fn>(name: string): T | undefined {
  const f = api[name];
  return typeof f === 'function' ? (f as T) : undefined;
}
function notYet<T>(what: string): Result<T> {
  return { ok: false, diagnostics: [{ severity: 'warning', code: 'app.not-available', path: '', message: `${what} is not available in this build yet.` }] };
}

export function createMonteCarloRun(doc: ScenarioDocument, scenarioId: string, options: { samples: number; seed: number; set?: Record<string, number> }): Result<MonteCarloRun> {
  const f = fn<(d: ScenarioDocument, s: string, o: typeof options) => Result<MonteCarloRun>>('createMonteCarloRun');
  return f ? f(doc, scenarioId, options) : notYet('Monte Carlo');
}

export function runTornado(doc: ScenarioDocument, scenarioId: string, options: { metric: 'npv' | 'bcr'; set?: Record<string, number> }): Result<TornadoResult> {
  const f = fn<(d: ScenarioDocument, s: string, o: typeof options) => Result<TornadoResult>>('runTornado');
  return f ? f(doc, scenarioId, options) : notYet('The tornado chart');
}

export function hasEngine(name: string): boolean {
  return fn(name) !== undefined;
}

/** The raw core function by name, for features whose signature is still settling (history, library). */
export function coreFunction<T extends Fn>(name: string): T | undefined {
  return fn<T>(name);
}
