/**
 * Merging a template's chain into a document: pure (a new document is returned), refusing any id
 * that would clash with what the document already has, so applying a template never silently
 * overwrites a user's parameter, node, intervention or scenario.
 */
import type { Diagnostic, Result, ScenarioDocument } from '../types.ts';
import type { ChainSpec } from './types.ts';

const STAGE_COLUMN = { input: 0, activity: 1, output: 2, outcome: 3, impact: 4 } as const;

function clashes(doc: ScenarioDocument, spec: ChainSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const clash = (path: string, what: string, id: string) =>
    out.push({
      severity: 'error',
      code: 'template.id-clash',
      path,
      message: `The ${what} id "${id}" is already used in this document; apply the template with another prefix (or intervention id).`,
    });
  // Node and parameter ids share one namespace: both are names in formulas.
  const formulaNames = new Set([...Object.keys(doc.parameters), ...doc.logicModel.nodes.map((n) => n.id)]);
  for (const id of Object.keys(spec.parameters)) if (formulaNames.has(id)) clash(`parameters.${id}`, 'parameter', id);
  for (const n of spec.nodes) if (formulaNames.has(n.id)) clash('logicModel.nodes', 'node', n.id);
  const linkIds = new Set(doc.logicModel.links.map((l) => l.id));
  for (const l of spec.links) if (linkIds.has(l.id)) clash('logicModel.links', 'link', l.id);
  if (doc.interventions.some((i) => i.id === spec.intervention.id))
    clash('interventions', 'intervention', spec.intervention.id);
  if (spec.scenario && doc.scenarios.some((s) => s.id === spec.scenario?.id))
    clash('scenarios', 'scenario', spec.scenario.id);
  return out;
}

/** A new document with the chain added; the layout places nodes in Magenta Book stage columns. */
export function mergeChain(doc: ScenarioDocument, spec: ChainSpec): Result<ScenarioDocument> {
  const diagnostics = clashes(doc, spec);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  // Lay the chain out below whatever is on the canvas already (cosmetic, so filled freely).
  const layout = { ...(doc.logicModel.layout ?? {}) };
  const top = Object.values(layout).reduce((m, p) => Math.max(m, p.y + 140), 0);
  const rows: Record<string, number> = {};
  for (const n of spec.nodes) {
    const col = STAGE_COLUMN[n.stage];
    const row = (rows[n.stage] = (rows[n.stage] ?? -1) + 1);
    layout[n.id] = { x: col * 260, y: top + row * 120 };
  }
  return {
    ok: true,
    diagnostics: [],
    value: {
      ...doc,
      parameters: { ...doc.parameters, ...spec.parameters },
      interventions: [...doc.interventions, spec.intervention],
      logicModel: {
        ...doc.logicModel,
        nodes: [...doc.logicModel.nodes, ...spec.nodes],
        links: [...doc.logicModel.links, ...spec.links],
        layout,
      },
      scenarios: spec.scenario ? [...doc.scenarios, spec.scenario] : doc.scenarios,
    },
  };
}
