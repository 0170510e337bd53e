/**
 * Derived data: projections, comparisons and diagnostics computed from the document on demand and
 * memoised by document identity (documents are immutable, so identity is a perfect cache key). The
 * engine is fast enough to run on every keystroke; the cache makes sure each document runs once no
 * matter how many panels ask.
 */
import { useMemo } from 'react';
import {
  projectScenario,
  projectScenarios,
  checkDocument,
  type Diagnostic,
  type Projection,
  type Result,
  type ScenarioDocument,
  type ScenarioProjection,
} from '../engine.ts';
import { selectDoc, selectScenarioId, useCauseway } from './context.tsx';

const projections = new WeakMap<ScenarioDocument, Map<string, Result<Projection>>>();
const comparisons = new WeakMap<ScenarioDocument, Result<ScenarioProjection[]>>();
const diagnostics = new WeakMap<ScenarioDocument, Diagnostic[]>();

function guard<T>(run: () => Result<T>): Result<T> {
  try {
    return run();
  } catch (e) {
    // The engine promises not to throw on user input; if it does, show it rather than blank the app.
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          code: 'app.internal',
          path: '',
          message: `The engine failed unexpectedly: ${(e as Error).message}`,
        },
      ],
    };
  }
}

export function projectionFor(doc: ScenarioDocument, scenarioId: string): Result<Projection> {
  let byScenario = projections.get(doc);
  if (!byScenario) projections.set(doc, (byScenario = new Map()));
  let result = byScenario.get(scenarioId);
  if (!result) {
    result = guard(() => projectScenario(doc, scenarioId));
    byScenario.set(scenarioId, result);
  }
  return result;
}

/** Every scenario projected, reusing the per-scenario cache so Compare runs nothing twice. */
export function comparisonFor(doc: ScenarioDocument): Result<ScenarioProjection[]> {
  let result = comparisons.get(doc);
  if (!result) comparisons.set(doc, (result = guard(() => projectScenarios(doc, projectionFor))));
  return result;
}

export function diagnosticsFor(doc: ScenarioDocument): Diagnostic[] {
  let result = diagnostics.get(doc);
  if (!result) {
    try {
      result = checkDocument(doc);
    } catch (e) {
      result = [
        {
          severity: 'error',
          code: 'app.internal',
          path: '',
          message: `Checking the file failed unexpectedly: ${(e as Error).message}`,
        },
      ];
    }
    diagnostics.set(doc, result);
  }
  return result;
}

export function useProjection(scenarioId?: string): Result<Projection> {
  const doc = useCauseway(selectDoc);
  const selected = useCauseway(selectScenarioId);
  const id = scenarioId ?? selected;
  return useMemo(() => projectionFor(doc, id), [doc, id]);
}

export function useComparison(): Result<ScenarioProjection[]> {
  const doc = useCauseway(selectDoc);
  return useMemo(() => comparisonFor(doc), [doc]);
}

export function useDiagnostics(): Diagnostic[] {
  const doc = useCauseway(selectDoc);
  return useMemo(() => diagnosticsFor(doc), [doc]);
}

const problems = new WeakMap<ScenarioDocument, Map<string, Diagnostic[]>>();

/**
 * Everything wrong with the document as it is now, for the scenario shown: the file's checks plus
 * what only running it reveals (a division by zero, a node of a switched-off intervention), so the
 * inspector, the boxes, the Problems list and the headline strip agree. Each message once.
 */
export function problemsFor(doc: ScenarioDocument, scenarioId: string): Diagnostic[] {
  let byScenario = problems.get(doc);
  if (!byScenario) problems.set(doc, (byScenario = new Map()));
  let result = byScenario.get(scenarioId);
  if (!result) {
    const checked = diagnosticsFor(doc);
    const run = projectionFor(doc, scenarioId).diagnostics;
    const seen = new Set(checked.map((d) => d.message));
    result = [
      ...checked,
      ...run.filter((d) => !seen.has(d.message) && !seen.has(d.message.replace(/ in scenario "[^"]*"/, ''))),
    ];
    byScenario.set(scenarioId, result);
  }
  return result;
}

export function useProblems(): Diagnostic[] {
  const doc = useCauseway(selectDoc);
  const scenarioId = useCauseway(selectScenarioId);
  return useMemo(() => problemsFor(doc, scenarioId), [doc, scenarioId]);
}

/**
 * Load-time problems the document cannot show again once opened (unreadable JSON, an upgraded
 * file, a dropped canvas position): these stay listed until the next open. Everything else is
 * recomputed from the document, so a fixed formula's load-time error goes with the fix.
 */
export function loadOnly(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => /^(json|envelope|version|migration|shape|layout|internal)\./.test(d.code));
}

/** Which node or link a diagnostic path points at, e.g. `logicModel.nodes[3].expr` -> node 3. */
export function diagnosticTarget(doc: ScenarioDocument, path: string): { kind: 'node' | 'link'; id: string } | null {
  const node = /^logicModel\.nodes\[(\d+)\]/.exec(path);
  if (node) {
    const n = doc.logicModel.nodes[Number(node[1])];
    return n ? { kind: 'node', id: n.id } : null;
  }
  const link = /^logicModel\.links\[(\d+)\]/.exec(path);
  if (link) {
    const l = doc.logicModel.links[Number(link[1])];
    return l ? { kind: 'link', id: l.id } : null;
  }
  return null;
}

/** Diagnostics grouped by the node or link they concern, for badges on the canvas. */
export function diagnosticsByTarget(doc: ScenarioDocument, list: Diagnostic[]): Map<string, Diagnostic[]> {
  const map = new Map<string, Diagnostic[]>();
  for (const d of list) {
    const target = diagnosticTarget(doc, d.path);
    if (!target) continue;
    const key = `${target.kind}:${target.id}`;
    map.set(key, [...(map.get(key) ?? []), d]);
  }
  return map;
}
