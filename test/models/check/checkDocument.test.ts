import { describe, expect, it } from 'vitest';
import { checkDocument, loadScenario, serialiseScenario } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/** The worked example with one problem the file format finds and one only the engine can. */
const twoProblems = () =>
  withChange(workedExample(), (d) => {
    d.logicModel.links.push({ ...d.logicModel.links[0]!, id: 'l1' }); // a duplicate link id
    d.logicModel.nodes[2]!.expr = 'firms * gva_per_frim'; // a misspelt parameter
  });

describe('checkDocument', () => {
  it('finds nothing wrong with a sound document', () => {
    expect(checkDocument(workedExample())).toEqual([]);
  });

  it("reports the file format's problems and then the engine's, each with its path", () => {
    const found = checkDocument(twoProblems()).map((d) => [d.code, d.path]);
    expect(found).toEqual([
      ['ids.duplicate', 'logicModel.links[3].id'],
      ['links.duplicate', 'logicModel.links[3]'],
      ['formula.unknown-name', 'logicModel.nodes[2].expr'],
    ]);
  });

  it('is what loading runs after the file stages, and what checkDocument still names', () => {
    const loaded = loadScenario(serialiseScenario(twoProblems()));
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics).toEqual(checkDocument(twoProblems()));
    expect(loaded.document).not.toBeNull();
    expect(checkDocument).toBe(checkDocument);
  });
});
