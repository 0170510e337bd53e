/**
 * Sense checks read from the logic model's structure alone (the boxes, links, stages and the stated
 * context): see senseChecks.ts for what each check is and why it matters.
 */
import { STAGES } from '../file/shape.ts';
import type { ScenarioDocument, Stage } from '../types.ts';
import type { Finding } from './senseChecks.ts';

const blank = (text: string | undefined) => text === undefined || text.trim() === '';
const nodePath = (n: number) => `logicModel.nodes[${n}]`;

export function modelChecks(doc: ScenarioDocument): Finding[] {
  return [
    ...contextChecks(doc),
    ...unreachedImpacts(doc),
    ...deadEnds(doc),
    ...skippedStages(doc),
    ...unsupportedLinks(doc),
    ...missingIndicators(doc),
  ];
}

function contextChecks(doc: ScenarioDocument): Finding[] {
  const context = doc.logicModel.context;
  const out: Finding[] = [];
  if (blank(context?.need))
    out.push({
      check: 'context.need',
      subject: '',
      path: 'logicModel.context.need',
      message:
        'The file does not say what problem or need the intervention answers; state it with its evidence (local data, wider research).',
    });
  if (blank(context?.evaluationPlan))
    out.push({
      check: 'context.evaluation-plan',
      subject: '',
      path: 'logicModel.context.evaluationPlan',
      message:
        'The file has no evaluation plan; say how the outcomes and impacts will be measured and what they will be compared with.',
    });
  return out;
}

/** Impacts that no chain of links from an input reaches. */
function unreachedImpacts(doc: ScenarioDocument): Finding[] {
  const { nodes, links } = doc.logicModel;
  const next = new Map<string, string[]>();
  for (const l of links) next.set(l.from, [...(next.get(l.from) ?? []), l.to]);
  const reached = new Set<string>();
  const queue = nodes.filter((n) => n.stage === 'input').map((n) => n.id);
  queue.forEach((id) => reached.add(id));
  while (queue.length > 0) {
    for (const to of next.get(queue.pop()!) ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return nodes.flatMap((n, k) =>
    n.stage === 'impact' && !reached.has(n.id)
      ? [
          {
            check: 'logic.impact-unreached' as const,
            subject: n.id,
            path: nodePath(k),
            message: `Impact "${n.label}" is not reached by any chain of links from an input: draw how resources lead to it.`,
          },
        ]
      : [],
  );
}

/** Inputs, activities and outputs with no link out of them. */
function deadEnds(doc: ScenarioDocument): Finding[] {
  const from = new Set(doc.logicModel.links.map((l) => l.from));
  const stages: ReadonlySet<Stage> = new Set(['input', 'activity', 'output']);
  return doc.logicModel.nodes.flatMap((n, k) =>
    stages.has(n.stage) && !from.has(n.id)
      ? [
          {
            check: 'logic.leads-nowhere' as const,
            subject: n.id,
            path: nodePath(k),
            message: `The ${n.stage} "${n.label}" leads nowhere: no link goes out of it. Link it to what it makes possible, or remove it.`,
          },
        ]
      : [],
  );
}

/** An intervention whose boxes have no stage between two stages they do have. */
function skippedStages(doc: ScenarioDocument): Finding[] {
  return doc.interventions.flatMap((iv, k) => {
    const present = new Set(doc.logicModel.nodes.filter((n) => n.intervention === iv.id).map((n) => n.stage));
    const indices = STAGES.map((s, i) => (present.has(s) ? i : -1)).filter((i) => i >= 0);
    if (indices.length < 2) return [];
    const missing = STAGES.slice(indices[0], indices[indices.length - 1]).filter((s) => !present.has(s));
    if (missing.length === 0) return [];
    const list = missing.map((s) => (s === 'activity' ? 'activities' : `${s}s`)).join(' and ');
    return [
      {
        check: 'logic.stage-skipped' as const,
        subject: iv.id,
        path: `interventions[${k}]`,
        message: `"${iv.name}" has no ${list} between its first and last stage: add the missing step, or dismiss this note saying why it is not needed.`,
      },
    ];
  });
}

/** Links without a rationale, or whose evidence is none (absent means none). */
function unsupportedLinks(doc: ScenarioDocument): Finding[] {
  const label = new Map(doc.logicModel.nodes.map((n) => [n.id, n.label]));
  return doc.logicModel.links.flatMap((l, k) => {
    const missing = [
      ...(blank(l.rationale) ? ['no rationale'] : []),
      ...(l.evidence === undefined || l.evidence === 'none' ? ['evidence "none"'] : []),
    ];
    if (missing.length === 0) return [];
    return [
      {
        check: 'logic.link-unsupported' as const,
        subject: l.id,
        path: `logicModel.links[${k}]`,
        message: `The link from "${label.get(l.from) ?? l.from}" to "${label.get(l.to) ?? l.to}" has ${missing.join(' and ')}: say why the first leads to the second and how strong the evidence is.`,
      },
    ];
  });
}

function missingIndicators(doc: ScenarioDocument): Finding[] {
  return doc.logicModel.nodes.flatMap((n, k) =>
    (n.stage === 'outcome' || n.stage === 'impact') && (n.indicators ?? []).length === 0
      ? [
          {
            check: 'logic.no-indicator' as const,
            subject: n.id,
            path: nodePath(k),
            message: `The ${n.stage} "${n.label}" has no monitoring indicator: add one with its baseline, target and source.`,
          },
        ]
      : [],
  );
}
