/** Pure edit operations: immutability, link clean-up, renames that reach formulas, overrides. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addIntervention,
  addLink,
  addNode,
  addScenarioFromOverrides,
  autoLayout,
  clearOverride,
  deleteIntervention,
  deleteNode,
  deleteParameter,
  deleteScenario,
  duplicateNode,
  fillMissingLayout,
  laneX,
  loadScenario,
  projectScenario,
  renameInFormula,
  renameNodeId,
  setAdditionality,
  setParameterValue,
  toggleScenarioIntervention,
  updateNode,
  type ScenarioDocument,
} from '../../../models/index.ts';

function example(): ScenarioDocument {
  const text = readFileSync(new URL('../../../renderer/fallbackExample.causeway.json', import.meta.url), 'utf8');
  const out = loadScenario(text);
  if (!out.document) throw new Error(out.diagnostics.map((d) => d.message).join(' '));
  return out.document;
}

describe('node and link edits', () => {
  it('adds a node with an id derived from its label, without touching the original', () => {
    const doc = example();
    const frozen = JSON.stringify(doc);
    const { doc: next, id } = addNode(doc, { stage: 'outcome', label: 'Firms supported', position: { x: 1, y: 2 } });
    expect(id).toBe('firms_supported_2');
    expect(next.logicModel.nodes.at(-1)).toEqual({ id, stage: 'outcome', label: 'Firms supported' });
    expect(next.logicModel.layout?.[id]).toEqual({ x: 1, y: 2 });
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it('deletes a node with every link into or out of it and its layout entry', () => {
    const doc = { ...example(), logicModel: { ...example().logicModel, layout: { adopters: { x: 0, y: 0 } } } };
    const next = deleteNode(doc, 'adopters');
    expect(next.logicModel.nodes.some((n) => n.id === 'adopters')).toBe(false);
    expect(next.logicModel.links.some((l) => l.from === 'adopters' || l.to === 'adopters')).toBe(false);
    expect(next.logicModel.layout).toEqual({});
    expect(next.logicModel.links.length).toBe(doc.logicModel.links.length - 2);
  });

  it('duplicates a node under a new id without its links', () => {
    const doc = example();
    const { doc: next, id } = duplicateNode(doc, 'grant');
    expect(id).toBe('grant_copy');
    expect(next.logicModel.nodes.find((n) => n.id === id)).toMatchObject({
      label: 'Grant budget (copy)',
      expr: doc.logicModel.nodes[0]!.expr,
    });
    expect(next.logicModel.links.length).toBe(doc.logicModel.links.length);
  });

  it('refuses self-links and duplicates, and adds a new link once', () => {
    const doc = example();
    expect(addLink(doc, 'grant', 'grant').id).toBeNull();
    expect(addLink(doc, 'grant', 'firms_supported').doc).toBe(doc);
    const out = addLink(doc, 'grant', 'adopters', { evidence: 'weak' });
    expect(out.doc.logicModel.links.at(-1)).toEqual({
      id: 'grant-adopters',
      from: 'grant',
      to: 'adopters',
      evidence: 'weak',
    });
  });

  it('renames a node id everywhere it is used, but not inside string literals', () => {
    expect(renameInFormula('adopters * x + prev(adopters, 0) + base_gva("adopters")', 'adopters', 'users')).toBe(
      'users * x + prev(users, 0) + base_gva("adopters")',
    );
    const doc = example();
    const next = renameNodeId(doc, 'adopters', 'adopting_firms');
    expect(next.logicModel.nodes.find((n) => n.id === 'adopting_firms')!.expr).toBe(
      'prev(adopting_firms, 0) + firms_supported * adoption_rate',
    );
    expect(next.logicModel.nodes.find((n) => n.id === 'productivity_gain')!.expr).toBe(
      'adopting_firms * gva_per_adopter',
    );
    expect(next.logicModel.links.filter((l) => l.from === 'adopting_firms' || l.to === 'adopting_firms')).toHaveLength(
      2,
    );
    const a = projectScenario(doc, 'combined');
    const b = projectScenario(next, 'combined');
    expect(a.ok && b.ok && b.value.appraisal.npv).toBe(a.ok && a.value.appraisal.npv);
    expect(renameNodeId(doc, 'adopters', 'grant')).toBe(doc);
    expect(renameNodeId(doc, 'adopters', 'Bad Id')).toBe(doc);
  });

  it('removes optional fields set to empty rather than saving empty keys', () => {
    const next = updateNode(example(), 'grant', { notes: '', role: undefined });
    const grant = next.logicModel.nodes[0]!;
    expect('notes' in grant).toBe(false);
    expect('role' in grant).toBe(false);
  });
});

describe('assumption edits', () => {
  it('sets a parameter value or a scenario override, and reports unknown names', () => {
    const doc = example();
    const file = setParameterValue(doc, 'adoption_rate', 0.7);
    expect(file.ok && file.value.parameters['adoption_rate']!.value).toBe(0.7);
    const scenario = setParameterValue(doc, 'adoption_rate', 0.5, 'digital-led');
    expect(scenario.ok && scenario.value.scenarios[1]!.overrides).toEqual({ adoption_rate: 0.5 });
    const ranged = setParameterValue(
      {
        ...doc,
        scenarios: doc.scenarios.map((s) =>
          s.id === 'bau' ? { ...s, overrides: { adoption_rate: { value: 0.1, low: 0, high: 1 } } } : s,
        ),
      },
      'adoption_rate',
      0.2,
      'bau',
    );
    expect(ranged.ok && ranged.value.scenarios[0]!.overrides!['adoption_rate']).toEqual({
      value: 0.2,
      low: 0,
      high: 1,
    });
    const bad = setParameterValue(doc, 'nope', 1, 'nowhere');
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['edit.unknown-parameter', 'edit.unknown-scenario']);
    expect(setParameterValue(doc, 'adoption_rate', Number.NaN).ok).toBe(false);
  });

  it('clears overrides and drops an empty overrides object', () => {
    const next = clearOverride(example(), 'digital-led', 'adoption_rate');
    expect('overrides' in next.scenarios[1]!).toBe(false);
  });

  it('deleting a parameter removes its overrides too', () => {
    const next = deleteParameter(example(), 'adoption_rate');
    expect(next.parameters['adoption_rate']).toBeUndefined();
    expect(next.scenarios[1]!.overrides).toBeUndefined();
  });

  it('keeps what-if values as a new scenario that copies the source scenario', () => {
    const { doc, id } = addScenarioFromOverrides(
      example(),
      'digital-led',
      'Workshop: more firms',
      { annual_budget: 6 },
      'From the workshop',
    );
    expect(id).toBe('workshop-more-firms');
    expect(doc.scenarios.at(-1)).toEqual({
      id,
      name: 'Workshop: more firms',
      description: 'From the workshop',
      interventions: ['digital'],
      overrides: { adoption_rate: 0.65, annual_budget: 6 },
    });
  });

  it('switches interventions on in file order, and keeps at least one scenario', () => {
    const doc = example();
    const next = toggleScenarioIntervention(
      toggleScenarioIntervention(doc, 'bau', 'reshoring', true),
      'bau',
      'digital',
      true,
    );
    expect(next.scenarios[0]!.interventions).toEqual(['digital', 'reshoring']);
    const single = { ...doc, scenarios: [doc.scenarios[0]!] };
    expect(deleteScenario(single, 'bau')).toBe(single);
  });

  it('edits additionality and removes an intervention from scenarios and boxes', () => {
    const doc = setAdditionality(example(), 'digital', { deadweight: 0.5 });
    expect(doc.interventions[0]!.additionality).toMatchObject({ deadweight: 0.5, leakage: 0.1 });
    const { doc: added, id } = addIntervention(doc, 'Skills', {
      deadweight: 0,
      leakage: 0,
      displacement: 0,
      substitution: 0,
      multiplier: 1,
    });
    expect(id).toBe('skills');
    const removed = deleteIntervention(added, 'digital');
    expect(removed.interventions.map((i) => i.id)).toEqual(['reshoring', 'skills']);
    expect(removed.scenarios.every((s) => !(s.interventions ?? []).includes('digital'))).toBe(true);
    expect(removed.logicModel.nodes.every((n) => n.intervention !== 'digital')).toBe(true);
  });
});

describe('layout', () => {
  it('places every node in its stage lane, in rows, and fills only what is missing', () => {
    const doc = example();
    const layout = autoLayout(doc);
    for (const n of doc.logicModel.nodes)
      expect(layout[n.id]!.x).toBe(laneX(['input', 'activity', 'output', 'outcome', 'impact'].indexOf(n.stage)));
    const ys = doc.logicModel.nodes.filter((n) => n.stage === 'impact').map((n) => layout[n.id]!.y);
    expect(new Set(ys).size).toBe(ys.length);
    const partial = { ...doc, logicModel: { ...doc.logicModel, layout: { grant: { x: 5, y: 500 } } } };
    const filled = fillMissingLayout(partial);
    expect(filled['grant']).toEqual({ x: 5, y: 500 });
    expect(filled['fund']!.y).toBeGreaterThan(500);
    expect(Object.keys(filled)).toHaveLength(doc.logicModel.nodes.length);
  });
});

describe('baseline sectors', () => {
  it('removes a sector only when no box uses it, naming those that do', async () => {
    const { nodesUsingSector, removeSector, addSector } = await import('../../../models/index.ts');
    const { workedExample } = await import('../../helpers/docs.ts');
    const doc = workedExample();
    // "uplift" names ck as its sector; "jobs" reads base_prod("ck").
    expect(nodesUsingSector(doc, 'ck')).toEqual(['uplift', 'jobs']);
    expect(removeSector(doc, 'ck')).toBe(doc);
    const withSpare = addSector(doc, {
      id: 'spare',
      name: 'Spare',
      dataYear: 2021,
      gva: 1,
      jobs: 1,
      gvaGrowth: 0,
      jobsGrowth: 0,
    });
    expect(withSpare.baseline.sectors.map((s) => s.id)).toEqual(['ck', 'spare']);
    expect(removeSector(withSpare, 'spare').baseline.sectors.map((s) => s.id)).toEqual(['ck']);
    expect(addSector(withSpare, { ...withSpare.baseline.sectors[1]! })).toBe(withSpare);
  });
});

describe('changing a node stage', () => {
  it('keeps the height when free, otherwise goes below the lane, never on top of a box', async () => {
    const { changeNodeStage, laneX, NODE_SPACING } = await import('../../../models/index.ts');
    const { workedExample } = await import('../../helpers/docs.ts');
    const doc = workedExample();
    doc.logicModel.layout = {
      grant: { x: laneX(0), y: 70 },
      firms: { x: laneX(2), y: 70 },
      uplift: { x: laneX(4), y: 70 },
      jobs: { x: laneX(4), y: 166 },
    };
    // grant (input, y 70) to outputs, where firms sits at y 70: it must not land on firms.
    const moved = changeNodeStage(doc, 'grant', 'output');
    expect(moved.logicModel.nodes.find((n) => n.id === 'grant')!.stage).toBe('output');
    expect(moved.logicModel.layout!['grant']).toEqual({ x: laneX(2), y: 70 + NODE_SPACING });
    // firms (y 70) to activities, an empty lane: it keeps its height.
    expect(changeNodeStage(doc, 'firms', 'activity').logicModel.layout!['firms']).toEqual({ x: laneX(1), y: 70 });
    expect(changeNodeStage(doc, 'firms', 'output')).toBe(doc);
  });
});
