/**
 * Indicator checks (models/check/indicatorChecks.ts): warnings with paths, never errors, for ids that
 * repeat on a box or break the id rules, years that are not calendar years, and targets that do not
 * come after their baseline or lack their year.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument, loadScenario, serialiseScenario, type Indicator } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const withIndicators = (indicators: Indicator[]) =>
  withChange(workedExample(), (d) => (d.logicModel.nodes[2]!.indicators = indicators));
const indicatorProblems = (indicators: Indicator[]) =>
  checkDocument(withIndicators(indicators)).filter((d) => d.code.startsWith('indicator.'));

describe('indicator checks', () => {
  it('accept a complete indicator', () => {
    const good: Indicator = {
      id: 'gva',
      name: 'GVA of supported firms',
      unit: '£m',
      baseline: 0,
      baselineYear: 2025,
      target: 40,
      targetYear: 2028,
      actuals: { '2026': 12, '2027': 30 },
      source: 'Firm returns',
    };
    expect(indicatorProblems([good])).toEqual([]);
  });

  it('warn, with the path, about a repeated id, a bad id, a year that is not a calendar year and a target before its baseline', () => {
    const problems = indicatorProblems([
      { id: 'gva', name: 'A', unit: '£m' },
      { id: 'gva', name: 'B', unit: '£m', baselineYear: 2030, target: 1, targetYear: 2028 },
      { id: 'Bad Id', name: 'C', unit: '£m', baselineYear: 20.5, actuals: { '0999': 1 } },
      { id: 'd', name: 'D', unit: '£m', target: 5 },
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['indicator.duplicate-id', 'logicModel.nodes[2].indicators[1].id'],
      ['indicator.target-year', 'logicModel.nodes[2].indicators[1].targetYear'],
      ['indicator.id', 'logicModel.nodes[2].indicators[2].id'],
      ['indicator.year', 'logicModel.nodes[2].indicators[2].baselineYear'],
      ['indicator.year', 'logicModel.nodes[2].indicators[2].actuals'],
      ['indicator.target-year', 'logicModel.nodes[2].indicators[3].targetYear'],
    ]);
    expect(problems[1]!.message).toBe(
      'Indicator "gva" of box "uplift" has its target year (2028) before its baseline year (2030); a target comes after the baseline it improves on.',
    );
    expect(problems[5]!.message).toMatch(/has a target but no target year; give both/);
  });

  it('never stop a file loading, and the indicators survive a save', () => {
    const doc = withIndicators([{ id: 'gva', name: 'A', unit: '£m', target: 1, targetYear: 2024, baselineYear: 2025 }]);
    const loaded = loadScenario(serialiseScenario(doc));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.document.logicModel.nodes[2]!.indicators).toEqual(doc.logicModel.nodes[2]!.indicators);
  });
});
