/** Pure edits of indicators, the logic model's context and sense-check dismissals (models/edit/monitoring.ts). */
import { describe, expect, it } from 'vitest';
import {
  addIndicator,
  dismissCheck,
  loadScenario,
  removeIndicator,
  restoreCheck,
  senseChecks,
  serialiseScenario,
  setCostBenchmarks,
  setIndicatorActual,
  setLogicContext,
  updateIndicator,
} from '../../../models/index.ts';
import { workedExample } from '../../helpers/docs.ts';

const uplift = (d: ReturnType<typeof workedExample>) => d.logicModel.nodes.find((n) => n.id === 'uplift')!;

describe('indicator edits', () => {
  it('add (in the box unit, with a fresh id), update, record actuals in year order, remove', () => {
    const base = workedExample();
    const first = addIndicator(base, 'uplift', 'GVA of supported firms');
    const second = addIndicator(first.doc, 'uplift', 'Another');
    expect([first.id, second.id]).toEqual(['indicator-1', 'indicator-2']);
    expect(uplift(first.doc).indicators).toEqual([{ id: 'indicator-1', name: 'GVA of supported firms', unit: '£m' }]);
    expect(uplift(base).indicators).toBeUndefined();
    let doc = updateIndicator(second.doc, 'uplift', 'indicator-1', {
      target: 40,
      targetYear: 2028,
      source: 'Accounts',
    });
    doc = setIndicatorActual(doc, 'uplift', 'indicator-1', 2027, 30);
    doc = setIndicatorActual(doc, 'uplift', 'indicator-1', 2026, 12);
    expect(Object.keys(uplift(doc).indicators![0]!.actuals!)).toEqual(['2026', '2027']);
    doc = setIndicatorActual(doc, 'uplift', 'indicator-1', 2026, undefined);
    expect(uplift(doc).indicators![0]!.actuals).toEqual({ '2027': 30 });
    doc = updateIndicator(doc, 'uplift', 'indicator-1', { source: undefined });
    expect(uplift(doc).indicators![0]).not.toHaveProperty('source');
    doc = removeIndicator(removeIndicator(doc, 'uplift', 'indicator-2'), 'uplift', 'indicator-1');
    expect(uplift(doc)).not.toHaveProperty('indicators');
  });
});

describe('context and dismissals', () => {
  it('sets and clears the need, plan and benchmarks; the file round-trips', () => {
    let doc = setLogicContext(workedExample(), { need: 'Firms lag.', evaluationPlan: '  ' });
    expect(doc.logicModel.context).toEqual({ need: 'Firms lag.' });
    doc = setCostBenchmarks(doc, [{ node: 'firms', gbpPerUnit: 50_000, source: 'Past programme' }]);
    const loaded = loadScenario(serialiseScenario(doc));
    expect(loaded.ok && loaded.document.logicModel.context).toEqual(doc.logicModel.context);
    doc = setLogicContext(setCostBenchmarks(doc, []), { need: '' });
    expect(doc.logicModel).not.toHaveProperty('context');
  });

  it('dismisses a check with a reason (refusing a blank one), replaces the reason, and restores it', () => {
    const base = workedExample();
    expect(dismissCheck(base, 'context.need', '', '   ')).toBe(base);
    let doc = dismissCheck(base, 'context.need', '', 'In the business case.');
    doc = dismissCheck(doc, 'context.need', '', 'Stated in the business case, section 2.');
    expect(doc.logicModel.checks).toEqual({
      dismissed: [{ check: 'context.need', subject: '', reason: 'Stated in the business case, section 2.' }],
    });
    expect(senseChecks(doc).find((n) => n.check === 'context.need')!.dismissed).toEqual({
      reason: 'Stated in the business case, section 2.',
    });
    doc = restoreCheck(doc, 'context.need', '');
    expect(doc.logicModel).not.toHaveProperty('checks');
  });
});
