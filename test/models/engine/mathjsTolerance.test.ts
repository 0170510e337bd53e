/*
 * Formulas are mathjs expressions (docs/method.md, section 3), and mathjs compares, floors, rounds and
 * takes remainders of numbers with a tolerance (relTol 1e-12, absTol 1e-15): 0.1 + 0.2 == 0.3 is true
 * and floor(0.3 / 0.1) is 3. The engine's VM (models/engine/vm.ts) once did these in plain IEEE arithmetic, so near a whole number or an equality it gave a different answer. That is what made the
 * random-formula property in properties.test.ts fail for about 7% of seeds (first seen as a flaky
 * failure of "compiled formulas agree with mathjs evaluate ... for every year of a three-year run";
 * e.g. seed 8: "abs((1 % (0.100)^2))" gave 0.00999... against mathjs's 2.2e-16).
 *
 * Each expected value below is the decimal answer a modeller would work out by hand.
 * The engine now follows mathjs (models/formula/functions.ts: nearlyEqual, floorNear, ceilNear,
 * roundHalfAway, mod), and these cases hold it there.
 */
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

const CASES: [formula: string, byHand: number][] = [
  ['1 % 0.1^2', 0], // 1 mod 0.01
  ['sqrt(6)^2 % 1', 0], // 6 mod 1
  ['(6 > sqrt(6)^2) + 1', 1], // 6 > 6 is false
  ['0.1^2 > 0.01', 0],
  ['0.3 < 0.1 * 3', 0],
  ['0.1 * 3 <= 0.3', 1],
  ['0.3 >= 0.1 * 3', 1],
  ['0.1 + 0.2 == 0.3', 1],
  ['0.1 + 0.2 != 0.3', 0],
  ['floor(0.3 / 0.1)', 3],
  ['ceil(0.1 * 3 * 10)', 3],
  ['round(7.5 * 8.2)', 62], // 61.5 rounds half away from zero
];

function engineValue(formula: string): number {
  const doc = withChange(workedExample(), (d) => {
    d.parameters = {};
    d.logicModel = { nodes: [{ id: 'x', stage: 'output', label: 'x', expr: formula }], links: [] };
  });
  const result = projectScenario(doc, 'bau');
  if (!result.ok) throw new Error(`${formula}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.value.nodes['x']![0]!;
}

describe('comparisons, floor, ceil, round and % use mathjs tolerances', () => {
  it('the hand values are what mathjs itself gives (the reference the property test uses)', () => {
    const reference = create(all!);
    for (const [formula, byHand] of CASES) expect(Number(reference.evaluate(formula)), formula).toBeCloseTo(byHand, 12);
  });

  for (const [formula, byHand] of CASES) {
    it(`${formula} = ${byHand} (pendingUntilMerge: engine fix by helper A)`, () => {
      expect(engineValue(formula)).toBeCloseTo(byHand, 12);
    });
  }
});
