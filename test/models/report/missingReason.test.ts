/**
 * A missing BCR says the actual reason, not every possible one (issue 10 audit): the social BCR cell
 * read "Not assessed (national factors missing, no public costs, or no GVA impact switched on)".
 */
import { describe, expect, it } from 'vitest';
import {
  appraisalTable,
  displayLines,
  namedProjection,
  projectScenario,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { textGrid } from '../../../models/report/table.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

function cell(doc: ScenarioDocument, metric: string): string {
  const p = projectScenario(doc, 'digital-led');
  if (!p.ok) throw new Error(JSON.stringify(p.diagnostics));
  const table = appraisalTable(doc, namedProjection(doc, p.value));
  const line = displayLines(table, true).find((l) => l.column.id === metric)!;
  // The Word, Markdown and print writers read the same reason from the transposed grid.
  const k = table.columns.findIndex((c) => c.id === metric);
  expect(textGrid(table, true).body[k - 1]![1]).toBe(line.values[0]);
  return line.values[0]!;
}
const assessed = (d: ScenarioDocument) => {
  d.interventions[0]!.national = { displacement: 0.5, labourSupply: 0.1 };
  d.logicModel.nodes.find((n) => n.id === 'uplift')!.benefit = 'productivity';
};

describe('why a BCR is missing', () => {
  it('no national factors', () => {
    expect(cell(workedExample(), 'social-bcr')).toBe('Not assessed (national factors missing)');
    // The value-for-money band gives the social BCR's own reason, not "the social BCR is not assessed".
    expect(cell(workedExample(), 'vfm')).toBe('Not assessed (national factors missing)');
  });

  it('a GVA node without a benefit kind', () => {
    const doc = withChange(workedExample(), (d) => {
      assessed(d);
      delete d.logicModel.nodes.find((n) => n.id === 'uplift')!.benefit;
    });
    expect(cell(doc, 'social-bcr')).toBe('Not assessed (a GVA node has no benefit kind)');
  });

  it('no public costs', () => {
    const doc = withChange(workedExample(), (d) => {
      assessed(d);
      delete d.logicModel.nodes.find((n) => n.id === 'grant')!.role;
    });
    expect(cell(doc, 'social-bcr')).toBe('Not assessed (no public costs)');
    expect(cell(doc, 'bcr')).toBe('Not assessed (no public costs)');
  });

  it('no GVA impact switched on', () => {
    const doc = withChange(workedExample(), (d) => {
      assessed(d);
      delete d.logicModel.nodes.find((n) => n.id === 'uplift')!.role;
      d.logicModel.nodes.filter((n) => n.role === 'jobs').forEach((n) => delete n.role);
    });
    expect(cell(doc, 'social-bcr')).toBe('Not assessed (no GVA impact switched on)');
    expect(cell(doc, 'bcr')).toBe('Not assessed (no GVA impact switched on)');
  });
});
