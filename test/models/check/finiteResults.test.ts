/**
 * Overflow is never a result (issue 9, failure 4): inputs that make a baseline, a cost, an impact
 * or the appraisal overflow to infinity give a diagnostic naming the figure and the year, never
 * `null` in run --json or "BCR 0, poor".
 */
import { describe, expect, it } from 'vitest';
import { projectScenario, runMonteCarlo, type ScenarioDocument } from '../../../models/index.ts';
import { sampleDocument } from '../history/fixture.ts';
import { folderWith, runCli } from '../../helpers/cli.ts';

function problemsOf(doc: ScenarioDocument, scenario = 'digital-led') {
  const r = projectScenario(doc, scenario);
  expect(r.ok).toBe(false);
  return r.diagnostics.filter((d) => d.code === 'run.non-finite-result');
}

describe('results that overflow', () => {
  it('two sectors of 1.7e308 GVA: the baseline total, by year', () => {
    const doc = sampleDocument();
    for (const s of doc.baseline.sectors) s.gva = 1.7e308;
    const [first] = problemsOf(doc, 'bau');
    expect(first?.message).toMatch(/^The baseline GVA \(total\.baseline\.gva\) overflows to infinity in 2026/);
    expect(first?.message).toMatch(/about 1\.8e308/);
  });

  it('an optimism bias of 1e308: the costs', () => {
    const doc = sampleDocument();
    doc.appraisal.optimismBias = 1e308;
    const messages = problemsOf(doc).map((d) => d.message);
    expect(messages.some((m) => /cost \(total\.cost\) overflows to infinity in 2026/.test(m))).toBe(true);
  });

  it('a multiplier of 1e308: the productivity that follows from it', () => {
    const doc = sampleDocument();
    doc.interventions[0]!.additionality.multiplier = 1e308;
    const messages = problemsOf(doc).map((d) => d.message);
    expect(messages.some((m) => /productivity/.test(m) && /in 2026/.test(m))).toBe(true);
  });

  it('two cost nodes of 1.7e308: the cost, and no appraisal is given', async () => {
    const doc = sampleDocument();
    doc.logicModel.nodes[0]!.expr = '1.7e308';
    doc.logicModel.nodes.push({
      id: 'grant2',
      stage: 'input',
      label: 'Grant 2',
      intervention: 'digital',
      expr: '1.7e308',
      role: 'cost',
    });
    expect(problemsOf(doc).length).toBeGreaterThan(0);
    const { dir, file } = folderWith(doc);
    const run = await runCli(['run', file, '--scenario', 'digital-led', '--json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/overflows to infinity/);
    expect(run.stderr).not.toMatch(/poor/);
  });

  it('lists at most five figures, then how many more', () => {
    const doc = sampleDocument();
    for (const s of doc.baseline.sectors) s.gva = 1.7e308;
    const problems = problemsOf(doc, 'bau');
    expect(problems.length).toBe(6);
    expect(problems[5]!.message).toMatch(/^And \d+ more figures overflow/);
  });

  it('Monte Carlo percentiles are checked too', () => {
    const doc = sampleDocument();
    doc.parameters['p_support'] = { value: 0.03, low: 0.01, high: 1e308 };
    const r = runMonteCarlo(doc, 'digital-led', { samples: 50, seed: 1 });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'run.non-finite-result')).toBe(true);
  });

  it('leaves ordinary results alone', () => {
    expect(projectScenario(sampleDocument(), 'digital-led').ok).toBe(true);
  });
});
