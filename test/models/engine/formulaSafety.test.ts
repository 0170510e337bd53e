import { describe, expect, it } from 'vitest';
import { analyseFormula, checkModel, projectScenario } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const names = { nodes: ['grant', 'firms'], parameters: ['budget', 'rate'] };

describe('formula whitelist', () => {
  const refused: [string, string, RegExp][] = [
    ['import({x: 1})', 'formula.unknown-function', /"import" is not a function/],
    ['{a: 1}', 'formula.forbidden', /objects/],
    ['evaluate("1+1")', 'formula.unknown-function', /"evaluate" is not a function/],
    ['createUnit("foo")', 'formula.unknown-function', /createUnit/],
    ['parse("2")', 'formula.unknown-function', /parse/],
    ['f(x) = x^2', 'formula.forbidden', /define functions/],
    ['budget = 3', 'formula.forbidden', /assign/],
    ['[1, 2, 3]', 'formula.forbidden', /lists/],
    ['grant.constructor', 'formula.forbidden', /property/],
    ['grant["constructor"]', 'formula.forbidden', /property/],
    ['5 cm', 'formula.unknown-name', /"cm"/],
    ['1:3', 'formula.forbidden', /ranges/],
    ['budget; 2', 'formula.forbidden', /several statements/],
    ['budget!', 'formula.operator', /"!"/],
    ['budget & 1', 'formula.operator', /"&"/],
    ['x to cm', 'formula.operator', /"to"/],
    ['1 < budget < 3', 'formula.operator', /Chained/],
    ['"text"', 'formula.string', /sector id/],
    ['buget * 2', 'formula.unknown-name', /did you mean "budget"/],
    ['bass(0.03, 0.38)', 'formula.arity', /3 argument/],
    ['prev(budget, 0)', 'formula.prev-target', /id of a node/],
    ['base_gva(ck)', 'formula.sector-argument', /in quotes/],
    ['max', 'formula.function-as-value', /is a function/],
    ['budget *', 'formula.syntax', /cannot be read/],
    ['', 'formula.empty', /empty/],
    ['('.repeat(500) + '1' + ')'.repeat(500), 'formula.too-deep', /nest/],
  ];
  it.each(refused)('refuses %s', (source, code, message) => {
    const analysis = analyseFormula(source, names);
    expect(analysis.expr).toBeNull();
    expect(analysis.diagnostics[0]!.code).toBe(code);
    expect(analysis.diagnostics[0]!.message).toMatch(message);
  });

  it('accepts the documented vocabulary and lists references', () => {
    const analysis = analyseFormula(
      't < 2 and year >= 2026 ? max(grant, budget) * bass(rate, 0.38, t) + prev(firms, 0) + base_gva("ck") : -pi % 2',
      names,
    );
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.nodeRefs).toEqual(['grant']);
    expect(analysis.prevRefs).toEqual(['firms']);
    expect(analysis.parameterRefs.sort()).toEqual(['budget', 'rate']);
    expect(analysis.sectorRefs).toEqual(['ck']);
  });

  it('reports a refused formula on the node, so the file is rejected and nothing runs', () => {
    const doc = withChange(workedExample(), (d) => (d.logicModel.nodes[1]!.expr = 'evaluate("while(true){}")'));
    const diagnostics = checkModel(doc);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'formula.unknown-function',
        path: 'logicModel.nodes[1].expr',
        message: expect.stringContaining('box “Firms supported (cumulative)” (firms)'),
      }),
    ]);
    expect(projectScenario(doc, 'digital-led').ok).toBe(false);
  });
});

describe('graph checks', () => {
  it('names every node on a cycle', () => {
    const doc = withChange(workedExample(), (d) => {
      d.logicModel.nodes[1]!.expr = 'grant / cost_per_firm + jobs';
      d.logicModel.links.push({ id: 'l4', from: 'jobs', to: 'firms' });
    });
    const cycle = checkModel(doc).find((d) => d.code === 'graph.cycle');
    expect(cycle?.message).toMatch(/"firms" -> "uplift" -> "jobs" -> "firms"/);
  });

  it('allows prev() of itself or a later node without a link and without a cycle', () => {
    const doc = withChange(
      workedExample(),
      (d) => (d.logicModel.nodes[1]!.expr = 'prev(firms, 0) + grant / cost_per_firm + 0 * prev(jobs, 0)'),
    );
    expect(checkModel(doc)).toEqual([]);
    expect(projectScenario(doc, 'digital-led').ok).toBe(true);
  });

  it('requires a link wherever a formula uses a node', () => {
    const doc = withChange(workedExample(), (d) => d.logicModel.links.splice(1, 1));
    expect(checkModel(doc)).toEqual([
      expect.objectContaining({
        code: 'formula.unlinked',
        path: 'logicModel.nodes[2].expr',
        message: expect.stringMatching(/no link from “Firms supported \(cumulative\)” to “GVA uplift”/),
      }),
    ]);
  });

  it('refuses a formula that needs a node of an intervention the scenario leaves off', () => {
    const doc = withChange(workedExample(), (d) => {
      d.interventions.push({
        id: 'skills',
        name: 'Skills',
        additionality: { deadweight: 0, leakage: 0, displacement: 0, substitution: 0, multiplier: 1 },
      });
      d.logicModel.nodes.push({ id: 'trained', stage: 'output', label: 'Trained', intervention: 'skills', expr: '10' });
      d.logicModel.nodes[2]!.expr = 'firms * gva_per_firm + trained';
      d.logicModel.links.push({ id: 'l5', from: 'trained', to: 'uplift' });
    });
    const result = projectScenario(doc, 'digital-led');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.message).toMatch(
      /scenario “Digital-led”, box “GVA uplift” \(uplift\) uses box “Trained” \(trained\) of intervention “Skills”/,
    );
  });

  it('reports a division by zero as a sentence naming the node and year', () => {
    const doc = withChange(workedExample(), (d) => (d.parameters['cost_per_firm']!.value = 0));
    const result = projectScenario(doc, 'digital-led');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'run.non-finite',
      message: expect.stringMatching(/Box “Firms supported \(cumulative\)” \(firms\) evaluates to infinity in 2026/),
    });
  });

  it('names the scenarios that exist when asked for one that does not', () => {
    const result = projectScenario(workedExample(), 'nope');
    expect(result.diagnostics[0]!.message).toBe('There is no scenario "nope"; the file has "bau", "digital-led".');
  });

  it('evaluates a 5,000-node chain without overflowing the stack', () => {
    const doc = withChange(workedExample(), (d) => {
      for (let i = 0; i < 5000; i++) {
        const from = i === 0 ? 'grant' : `n${i - 1}`;
        d.logicModel.nodes.push({
          id: `n${i}`,
          stage: 'activity',
          label: `n${i}`,
          intervention: 'digital',
          expr: `${from} + 1`,
        });
        d.logicModel.links.push({ id: `c${i}`, from, to: `n${i}` });
      }
    });
    const result = projectScenario(doc, 'digital-led');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.nodes['n4999']).toEqual([5002, 5002, 5000]);
  });
});
