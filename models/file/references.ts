/**
 * Semantic checks on a well-shaped document: id patterns and uniqueness, references between lists,
 * and the sector a gva/jobs node needs. Ranges live in ranges.ts; reserved names, node/parameter id
 * clashes and role nodes without formulas are the engine's checks (checkModel), not repeated here.
 * models/check runs them all, on load and after every edit in the app, so they work on the
 * in-memory document and never throw on a well-shaped one.
 */
import type { Diagnostic, ScenarioDocument } from '../types.ts';
import { error, warning } from '../diagnostics.ts';
import { boxName } from '../format/names.ts';
import { FORBIDDEN_KEYS } from './parseJson.ts';
import { formatPath } from './paths.ts';
import { FORMULA_ID, OTHER_ID } from './shape.ts';

interface Identified {
  id: string;
}

/** Checks ids of one list: pattern and uniqueness. Returns the set of ids for reference checks. */
function checkIds(
  list: readonly Identified[],
  listPath: string,
  kind: string,
  pattern: RegExp,
  out: Diagnostic[],
): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((item, k) => {
    const path = `${listPath}[${k}].id`;
    if (!pattern.test(item.id)) out.push(patternError(path, kind, item.id, pattern));
    const first = seen.get(item.id);
    if (first !== undefined) {
      out.push(
        error(
          'ids.duplicate',
          path,
          `The ${kind} id "${item.id}" is used twice (${listPath}[${first}] and ${listPath}[${k}]); give each ${kind} a unique id.`,
        ),
      );
    } else seen.set(item.id, k);
  });
  return new Set(seen.keys());
}

function patternError(path: string, kind: string, id: string, pattern: RegExp): Diagnostic {
  const rule =
    pattern === FORMULA_ID
      ? 'start with a lower-case letter and use only lower-case letters, digits and "_" (it is a name in formulas)'
      : 'start with a lower-case letter and use only lower-case letters, digits, "_" and "-"';
  return error('ids.pattern', path, `The ${kind} id ${JSON.stringify(id)} is not allowed: an id must ${rule}.`);
}

/**
 * Parameter and node ids are also keys in the file (`parameters`, `overrides`, `logicModel.layout`),
 * and the loader refuses keys such as "constructor" anywhere; without this check the editor would
 * accept an id that makes the saved file impossible to open again.
 */
function reservedKeyError(path: string, kind: string, id: string): Diagnostic | null {
  if (!FORBIDDEN_KEYS.includes(id)) return null;
  return error(
    'ids.reserved',
    path,
    `The ${kind} id "${id}" cannot be used: it is a word JavaScript gives a special meaning, so a file that uses it as a key cannot be opened again; rename the ${kind} (for example "${id}_1").`,
  );
}

function dangling(path: string, message: string): Diagnostic {
  return error('ref.dangling', path, message);
}

function listOf(ids: Set<string>): string {
  return ids.size === 0 ? 'none defined yet' : [...ids].join(', ');
}

/** The sectors as people choose them: "ck (Machinery and equipment), cm (Other manufacturing)". */
function sectorList(doc: ScenarioDocument): string {
  const sectors = doc.baseline.sectors;
  return sectors.length === 0
    ? 'none defined yet: add one in Assumptions'
    : sectors.map((s) => (s.name && s.name !== s.id ? `${s.id} (${s.name})` : s.id)).join(', ');
}

/** Id, reference and role checks (of the document checks, all but ranges and formulas). */
export function checkReferences(doc: ScenarioDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const sectorIds = checkIds(doc.baseline.sectors, 'baseline.sectors', 'sector', OTHER_ID, out);
  const interventionIds = checkIds(doc.interventions, 'interventions', 'intervention', OTHER_ID, out);
  const nodeIds = checkIds(doc.logicModel.nodes, 'logicModel.nodes', 'node', FORMULA_ID, out);
  checkIds(doc.logicModel.links, 'logicModel.links', 'link', OTHER_ID, out);
  checkIds(doc.scenarios, 'scenarios', 'scenario', OTHER_ID, out);

  const parameterIds = new Set(Object.keys(doc.parameters));
  for (const id of parameterIds) {
    const path = formatPath(['parameters', id]);
    if (!FORMULA_ID.test(id)) out.push(patternError(path, 'parameter', id, FORMULA_ID));
    const reserved = reservedKeyError(path, 'parameter', id);
    if (reserved !== null) out.push(reserved);
  }
  doc.logicModel.nodes.forEach((node, k) => {
    const path = `logicModel.nodes[${k}]`;
    const reserved = reservedKeyError(`${path}.id`, 'node', node.id);
    if (reserved !== null) out.push(reserved);
    if (node.intervention !== undefined && !interventionIds.has(node.intervention)) {
      out.push(
        dangling(
          `${path}.intervention`,
          `${boxName(node)} belongs to intervention "${node.intervention}", which does not exist; choose one of: ${listOf(interventionIds)}, or remove the field to make it shared context.`,
        ),
      );
    }
    if (node.sector !== undefined && !sectorIds.has(node.sector)) {
      out.push(
        dangling(
          `${path}.sector`,
          `${boxName(node)} names sector "${node.sector}", which is not in the baseline; choose one of: ${sectorList(doc)}.`,
        ),
      );
    }
    if ((node.role === 'gva' || node.role === 'jobs') && node.sector === undefined) {
      out.push(
        error(
          'node.sector-missing',
          `${path}.sector`,
          `${boxName(node)} has role "${node.role}" but names no sector; set its sector to one of the baseline sectors: ${sectorList(doc)}.`,
        ),
      );
    }
  });
  const linkPairs = new Map<string, number>();
  doc.logicModel.links.forEach((link, k) => {
    const path = `logicModel.links[${k}]`;
    for (const end of ['from', 'to'] as const) {
      if (!nodeIds.has(link[end])) {
        out.push(
          dangling(
            `${path}.${end}`,
            `Link "${link.id}" ${end === 'from' ? 'starts at' : 'ends at'} node "${link[end]}", which does not exist; point it at an existing node or delete the link.`,
          ),
        );
      }
    }
    const pair = `${link.from}\u0000${link.to}`;
    const first = linkPairs.get(pair);
    if (first !== undefined) {
      out.push(
        warning(
          'links.duplicate',
          path,
          `Link "${link.id}" repeats link ${first} from "${link.from}" to "${link.to}"; one link is enough.`,
        ),
      );
    } else linkPairs.set(pair, k);
  });
  doc.scenarios.forEach((scenario, k) => {
    const path = `scenarios[${k}]`;
    const switched = new Set<string>();
    (scenario.interventions ?? []).forEach((id, j) => {
      if (!interventionIds.has(id)) {
        out.push(
          dangling(
            `${path}.interventions[${j}]`,
            `Scenario "${scenario.id}" switches on intervention "${id}", which does not exist; choose one of: ${listOf(interventionIds)}.`,
          ),
        );
      }
      if (switched.has(id))
        out.push(
          warning(
            'ids.duplicate',
            `${path}.interventions[${j}]`,
            `Scenario "${scenario.id}" lists intervention "${id}" twice; once is enough.`,
          ),
        );
      switched.add(id);
    });
    for (const id of Object.keys(scenario.overrides ?? {})) {
      if (!parameterIds.has(id)) {
        out.push(
          dangling(
            formatPath(['scenarios', k, 'overrides', id]),
            `Scenario "${scenario.id}" overrides parameter "${id}", which does not exist; add the parameter or remove the override.`,
          ),
        );
      }
    }
  });
  if (doc.scenarios.length === 0)
    out.push(
      warning(
        'scenarios.empty',
        'scenarios',
        'The file has no scenarios; add at least a business-as-usual scenario so that it can be run.',
      ),
    );
  return out;
}
