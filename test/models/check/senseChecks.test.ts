/**
 * Logic-model sense checks (models/check/senseChecks*.ts): a constructed file trips each check exactly
 * once; the examples trip none that they do not dismiss with a reason; dismissals mark notes and the
 * checklist; notes are never errors, so the file still loads and runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyseFormula,
  checkDocument,
  loadScenario,
  projectScenario,
  SENSE_CHECK_CODES,
  SENSE_CHECKS,
  senseChecklist,
  senseChecks,
  type Expr,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { onlyScales } from '../../../models/check/senseChecksRun.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const indicator = { id: 'i1', name: 'Measured', unit: 'jobs' };

/** The worked example with one fault for every sense check. */
function everyFault(): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    const nodes = d.logicModel.nodes;
    // Delivery before budget: the grant starts in the second year, advice in the first.
    nodes[0]!.expr = 't >= 1 and t < 3 ? budget : 0';
    nodes.push({ id: 'advice', stage: 'activity', label: 'Advice sessions', intervention: 'digital', expr: '5' });
    // A scaling constant: a fixed firm size used only to scale jobs.
    nodes.push({ id: 'firm_size', stage: 'input', label: 'Firm size', intervention: 'digital', expr: '12' });
    nodes[3]!.expr = 'uplift * 1e6 / base_prod("ck") * firm_size / 12';
    nodes[3]!.indicators = [indicator];
    // An input that leads nowhere; an impact nothing reaches (with its indicator, so it trips one check).
    nodes.push({ id: 'staff', stage: 'input', label: 'Programme staff' });
    nodes.push({ id: 'orphan', stage: 'impact', label: 'Wider prosperity', indicators: [indicator] });
    d.logicModel.links[0]!.evidence = 'none';
    d.logicModel.links.push(
      { id: 'advice-firms', from: 'advice', to: 'firms', rationale: 'Advice recruits firms', evidence: 'weak' },
      { id: 'size-jobs', from: 'firm_size', to: 'jobs', rationale: 'Jobs scale with firm size', evidence: 'weak' },
    );
    // Cost per output: grants of 2 + 2 £m for 0 + 40 + 80 firm-years is £33,333 a unit, against £1,000.
    d.logicModel.context = { costPerOutput: [{ node: 'firms', gbpPerUnit: 1000, source: 'Made up for the test' }] };
  });
}

describe('a file with one fault for each check', () => {
  const doc = everyFault();
  const notes = senseChecks(doc);

  it('trips every check exactly once, on the subject that is at fault', () => {
    expect(notes.map((n) => [n.check, n.subject])).toEqual([
      ['context.need', ''],
      ['context.evaluation-plan', ''],
      ['logic.impact-unreached', 'orphan'],
      ['logic.leads-nowhere', 'staff'],
      ['logic.stage-skipped', 'digital'],
      ['logic.link-unsupported', 'l1'],
      ['logic.no-indicator', 'uplift'],
      ['logic.scaling-link', 'size-jobs'],
      ['logic.cost-per-output', 'firms'],
      ['logic.delivery-before-budget', 'digital'],
    ]);
    expect(notes.map((n) => n.check)).toEqual(SENSE_CHECK_CODES);
  });

  it('says what was found, where, and why it matters citing the guide', () => {
    const by = (check: string) => notes.find((n) => n.check === check)!;
    expect(by('logic.stage-skipped').message).toBe(
      '"Digital adoption support" has no outcomes between its first and last stage: add the missing step, or dismiss this note saying why it is not needed.',
    );
    expect(by('logic.link-unsupported').message).toBe(
      'The link from "Grant budget" to "Firms supported (cumulative)" has evidence "none": say why the first leads to the second and how strong the evidence is.',
    );
    expect(by('logic.cost-per-output').message).toMatch(
      /costs £33,333 of public money .* above the stated benchmark of £1,000 by more than 50%/,
    );
    expect(by('logic.delivery-before-budget').message).toMatch(
      /"Advice sessions" from 2026, but the budget starts in 2027/,
    );
    expect(by('logic.cost-per-output').path).toBe('logicModel.context.costPerOutput[0]');
    expect(by('logic.leads-nowhere').path).toBe('logicModel.nodes[6]');
    for (const n of notes) {
      expect(n.why).toBe(SENSE_CHECKS[n.check].why);
      expect(n.why).toMatch(/^[A-Z].*\(What Works Growth, "Using logic models", step \d\)\.$/);
    }
  });

  it('are never errors: the file loads, checks and projects', () => {
    expect(checkDocument(doc).filter((d) => d.severity === 'error')).toEqual([]);
    expect(projectScenario(doc, 'digital-led').ok).toBe(true);
  });

  it('clear when the fault is fixed', () => {
    const fixed = withChange(doc, (d) => {
      d.logicModel.context = {
        need: 'Firms lag in adoption.',
        evaluationPlan: 'Compare with unsupported firms.',
        costPerOutput: [{ node: 'firms', gbpPerUnit: 33_000 }],
      };
      d.logicModel.links[0]!.evidence = 'strong';
    });
    const left = senseChecks(fixed).map((n) => n.check);
    expect(left).not.toContain('context.need');
    expect(left).not.toContain('context.evaluation-plan');
    expect(left).not.toContain('logic.link-unsupported');
    expect(left).not.toContain('logic.cost-per-output');
  });
});

describe('dismissals and the checklist', () => {
  it('mark a dismissed note with its reason; the checklist counts open and dismissed notes', () => {
    const doc = withChange(everyFault(), (d) => {
      d.logicModel.checks = {
        dismissed: [
          { check: 'logic.stage-skipped', subject: 'digital', reason: 'Grants go straight to firms.' },
          { check: 'logic.stage-skipped', subject: 'other', reason: 'Not about this intervention.' },
        ],
      };
    });
    const notes = senseChecks(doc);
    expect(notes.find((n) => n.check === 'logic.stage-skipped')!.dismissed).toEqual({
      reason: 'Grants go straight to firms.',
    });
    expect(notes.filter((n) => n.dismissed)).toHaveLength(1);
    const list = senseChecklist(notes);
    expect(list.map((l) => l.check)).toEqual(SENSE_CHECK_CODES);
    expect(list.find((l) => l.check === 'logic.stage-skipped')).toMatchObject({
      state: 'dismissed',
      open: 0,
      dismissed: 1,
    });
    expect(list.find((l) => l.check === 'logic.no-indicator')).toMatchObject({ state: 'open', open: 1 });
    const clean = senseChecklist(senseChecks(workedExample()));
    expect(clean.find((l) => l.check === 'logic.leads-nowhere')!.state).toBe('passed');
  });
});

describe('the examples', () => {
  const dir = join(import.meta.dirname, '../../../scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.causeway.json'));

  it.each(files)('%s trips no check it does not dismiss with a reason', (file) => {
    const loaded = loadScenario(readFileSync(join(dir, file), 'utf8'));
    if (!loaded.ok) throw new Error('example does not load');
    const notes = senseChecks(loaded.document);
    expect(notes.filter((n) => !n.dismissed).map((n) => `${n.check} ${n.subject}: ${n.message}`)).toEqual([]);
    for (const n of notes) expect(n.dismissed!.reason.length).toBeGreaterThan(40);
    expect(loaded.document.logicModel.context?.need).toBeTruthy();
    expect(loaded.document.logicModel.context?.evaluationPlan).toBeTruthy();
  });
});

describe('onlyScales', () => {
  const parse = (source: string) => analyseFormula(source, { nodes: ['a', 'b'], parameters: ['p'] }).expr as Expr;
  it('is true only when every use of the box multiplies or divides something else', () => {
    expect(onlyScales(parse('b * a'), 'a')).toBe(true);
    expect(onlyScales(parse('b / a * p'), 'a')).toBe(true);
    expect(onlyScales(parse('-(b * a)'), 'a')).toBe(true);
    expect(onlyScales(parse('a'), 'a')).toBe(false);
    expect(onlyScales(parse('b + a'), 'a')).toBe(false);
    expect(onlyScales(parse('(b + a) * p'), 'a')).toBe(false);
    expect(onlyScales(parse('b * a + a'), 'a')).toBe(false);
    expect(onlyScales(parse('min(a, b) * p'), 'a')).toBe(false);
    expect(onlyScales(parse('b * p'), 'a')).toBe(false);
  });
});
