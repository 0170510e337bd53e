/**
 * Scenario inheritance (docs/contracts.md section 4, LEAP's expression inheritance): a scenario may
 * be `basedOn` one parent and `alsoInheritsFrom` packages. A value (a parameter override, an
 * additionality factor override, optimism bias, the interventions list) is looked up in this order and
 * the first scenario that states it explicitly wins:
 *   1. the scenario itself;
 *   2. its `alsoInheritsFrom` scenarios in the listed order, then their own `alsoInheritsFrom` lists,
 *      breadth-first;
 *   3. the `basedOn` chain: the parent with its own packages by the same rule, then its parent...;
 *   4. the file itself (parameters, interventions' own factors, appraisal.optimismBias; no
 *      interventions are switched on).
 * An inheritance cycle (over basedOn and alsoInheritsFrom together) is an error naming the scenarios.
 */
import { error } from '../diagnostics.ts';
import {
  ADDITIONALITY_FACTORS,
  type Additionality,
  type Diagnostic,
  type ParameterOverride,
  type RangedNumber,
  type Scenario,
  type ScenarioDocument,
} from '../types.ts';

export type AdditionalityFactor = (typeof ADDITIONALITY_FACTORS)[number];

/** Where a resolved value came from: a scenario id, or null for the file itself. */
export interface Inherited<T> {
  value: T;
  from: string | null;
}

/** Everything one scenario resolves to through its inheritance. */
export interface ResolvedScenario {
  scenario: Scenario;
  /** The computed search order, the scenario first (ids); the file comes after the last. */
  searchOrder: string[];
  interventions: Inherited<string[]>;
  /** Parameter overrides by parameter id, each from the first scenario in the order that states it. */
  overrides: Record<string, Inherited<ParameterOverride>>;
  /** Each intervention's factors, overrides merged factor by factor over its own. */
  additionality: Record<string, { [F in AdditionalityFactor]: Inherited<RangedNumber> }>;
  optimismBias: Inherited<RangedNumber>;
}

/**
 * A record's own entry, never one of Object.prototype's: ids are user text, and `constructor` is a
 * legal id (a plain `record[id]` would find the Object function where nothing is stated).
 */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record without a prototype, so a lookup by any id finds only what was put in it. */
function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The ids on an inheritance cycle through `start`, in order, or null when there is none. */
function findCycle(byId: Map<string, Scenario>, start: string): string[] | null {
  const onPath: string[] = [];
  const done = new Set<string>();
  const visit = (id: string): string[] | null => {
    const at = onPath.indexOf(id);
    if (at >= 0) return [...onPath.slice(at), id];
    if (done.has(id)) return null;
    const s = byId.get(id);
    if (!s) return null;
    onPath.push(id);
    for (const next of [...(s.alsoInheritsFrom ?? []), ...(s.basedOn === undefined ? [] : [s.basedOn])]) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(id);
    return null;
  };
  return visit(start);
}

/** The lookup order of a scenario (ids), assuming no cycle; unknown ids are skipped. */
export function searchOrder(doc: ScenarioDocument, scenarioId: string): string[] {
  const byId = new Map(doc.scenarios.map((s) => [s.id, s]));
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id) || !byId.has(id)) return false;
    seen.add(id);
    order.push(id);
    return true;
  };
  let current: Scenario | undefined = byId.get(scenarioId);
  const chain = new Set<string>();
  while (current && !chain.has(current.id)) {
    chain.add(current.id);
    add(current.id);
    // Packages breadth-first: the listed order, then their own packages.
    const queue = [...(current.alsoInheritsFrom ?? [])];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (add(id)) queue.push(...(byId.get(id)?.alsoInheritsFrom ?? []));
    }
    current = current.basedOn === undefined ? undefined : byId.get(current.basedOn);
  }
  return order;
}

/** Diagnostics for the inheritance fields of every scenario: unknown ids, self-references, cycles. */
export function checkInheritance(doc: ScenarioDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map(doc.scenarios.map((s) => [s.id, s]));
  const reported = new Set<string>();
  doc.scenarios.forEach((s, k) => {
    const refs: [string, string][] = [
      ...(s.basedOn === undefined ? [] : [[`scenarios[${k}].basedOn`, s.basedOn] as [string, string]]),
      ...(s.alsoInheritsFrom ?? []).map((id, j) => [`scenarios[${k}].alsoInheritsFrom[${j}]`, id] as [string, string]),
    ];
    for (const [path, id] of refs) {
      if (!byId.has(id)) {
        const known = doc.scenarios.map((x) => `"${x.id}"`).join(', ');
        out.push(
          error(
            'scenario.inherits-unknown',
            path,
            `Scenario "${s.id}" inherits from "${id}", which is not a scenario in this file; choose one of ${known}.`,
          ),
        );
      }
    }
    const cycle = findCycle(byId, s.id);
    if (cycle) {
      const key = [...new Set(cycle)].sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        out.push(
          error(
            'scenario.inheritance-cycle',
            `scenarios[${k}]`,
            `Scenarios inherit from each other in a circle (${cycle.map((id) => `"${id}"`).join(' -> ')}); remove one basedOn or alsoInheritsFrom to break it.`,
          ),
        );
      }
    }
  });
  return out;
}

/**
 * Resolves every inherited value of one scenario. Assumes checkInheritance found no error (a cycle is
 * cut where it closes, so this never loops).
 */
export function resolveScenario(doc: ScenarioDocument, scenario: Scenario): ResolvedScenario {
  const order = searchOrder(doc, scenario.id);
  const chain = order.map((id) => doc.scenarios.find((s) => s.id === id)!);
  const first = <T>(pick: (s: Scenario) => T | undefined, fallback: T): Inherited<T> => {
    for (const s of chain) {
      const v = pick(s);
      if (v !== undefined) return { value: v, from: s.id };
    }
    return { value: fallback, from: null };
  };
  // Both records are looked up by id by their readers too: without a prototype, only ids put here are found.
  const overrides = emptyRecord<Inherited<ParameterOverride>>();
  for (const s of [...chain].reverse()) {
    for (const [id, o] of Object.entries(s.overrides ?? {})) overrides[id] = { value: o, from: s.id };
  }
  const additionality = emptyRecord<ResolvedScenario['additionality'][string]>();
  for (const iv of doc.interventions) {
    additionality[iv.id] = Object.fromEntries(
      ADDITIONALITY_FACTORS.map((f) => [
        f,
        first((s) => ownEntry(ownEntry(s.additionality, iv.id), f), iv.additionality[f]),
      ]),
    ) as ResolvedScenario['additionality'][string];
  }
  return {
    scenario,
    searchOrder: order,
    interventions: first((s) => s.interventions, [] as string[]),
    overrides,
    additionality,
    optimismBias: first((s) => s.appraisal?.optimismBias, doc.appraisal.optimismBias),
  };
}

/** The central value of a number that may carry a range. */
export function centralValue(v: RangedNumber): number {
  return typeof v === 'number' ? v : v.value;
}

/** An intervention's factors at their central values (no overrides). */
export function centralAdditionality(a: Additionality): { [F in AdditionalityFactor]: number } {
  return Object.fromEntries(ADDITIONALITY_FACTORS.map((f) => [f, centralValue(a[f])])) as {
    [F in AdditionalityFactor]: number;
  };
}
