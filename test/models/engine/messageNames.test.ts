/**
 * Run and formula errors name things as the user sees them (issue 11 item 6, audit): a box by its
 * label with its id in brackets, a scenario by its name, a parameter by its label, rather than ids
 * alone ('Node "dig_supported" evaluates to infinity ... in scenario "digital-modest"').
 */
import { describe, expect, it } from 'vitest';
import { projectScenario, runMonteCarlo } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

describe('names in engine messages', () => {
  it('names the box by label and the scenario by name when a box divides by zero', () => {
    const doc = withChange(workedExample(), (d) => (d.parameters['cost_per_firm']!.value = 0));
    const result = projectScenario(doc, 'digital-led');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.message).toBe(
      'Box “Firms supported (cumulative)” (firms) evaluates to infinity in 2026 (t = 0) in scenario “Digital-led”; check for a division by zero or a logarithm of a number <= 0.',
    );
  });

  it('names the box by label in a formula error', () => {
    const doc = withChange(workedExample(), (d) => (d.logicModel.nodes[1]!.expr = 'grant / cost_per_firm +'));
    const result = projectScenario(doc, 'digital-led');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.message).toMatch(/^Formula of box “Firms supported \(cumulative\)” \(firms\): /);
  });

  it('names a link the formula lacks by the boxes’ labels', () => {
    const doc = withChange(workedExample(), (d) => (d.logicModel.links = d.logicModel.links.slice(1)));
    const result = projectScenario(doc, 'digital-led');
    expect(result.diagnostics.map((x) => x.message)).toContain(
      "Formula of box “Firms supported (cumulative)” (firms) uses box “Grant budget” (grant), but there is no link from “Grant budget” to “Firms supported (cumulative)”; add the link (with its rationale) or use prev(grant, ...) for last year's value.",
    );
  });

  it('names a parameter by its label when Monte Carlo cannot draw it', () => {
    const doc = withChange(workedExample(), (d) => {
      d.parameters['gva_per_firm'] = { value: 4, low: 0.25, high: 1, label: 'GVA a year per firm', unit: '£m' };
    });
    const result = runMonteCarlo(doc, 'digital-led', { samples: 10, seed: 1 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((x) => x.message).join('\n')).toContain(
      'Parameter “GVA a year per firm” (gva_per_firm) has value 4 outside its range 0.25 to 1',
    );
  });
});
