/**
 * History's change list writes shares as percentages wherever they sit (audit of issue 11): a ranged
 * value keeps its central value, low and high under `value`/`low`/`high`, so the field that says
 * "this is a share" is the one before. Displacement 0.25 -> 0.35 reads "25% → 35%", not "0.25 → 0.35".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeChanges, loadScenario, type ScenarioDocument } from '../../../models/index.ts';

function westYorkshire(): ScenarioDocument {
  const text = readFileSync(
    new URL('../../../scenarios/west-yorkshire-machinery-reshoring.causeway.json', import.meta.url),
    'utf8',
  );
  return loadScenario(text).document!;
}

/** A copy with `change` applied to a structured clone. */
function edited(doc: ScenarioDocument, change: (d: ScenarioDocument) => void): ScenarioDocument {
  const out = structuredClone(doc);
  change(out);
  return out;
}

const ranged = (value: number, low: number, high: number) => ({ value, low, high });

describe('values in the change list', () => {
  it('writes a ranged additionality factor’s central value, low and high as percentages', () => {
    const before = edited(westYorkshire(), (d) => {
      d.interventions[0]!.additionality.displacement = ranged(0.25, 0.15, 0.4);
    });
    const after = edited(before, (d) => {
      d.interventions[0]!.additionality.displacement = ranged(0.35, 0.2, 0.4);
    });
    const changes = describeChanges(before, after);
    const name = before.interventions[0]!.name;
    const texts = changes.map((c) => `${c.where}: ${c.beforeText} → ${c.afterText}`);
    expect(texts).toContain(`Displacement of “${name}” (central value): 25% → 35%`);
    expect(texts).toContain(`Displacement of “${name}” (low): 15% → 20%`);
  });

  it('writes a number that becomes a range as percentages too', () => {
    const before = edited(westYorkshire(), (d) => {
      d.interventions[0]!.additionality.leakage = 0.1;
    });
    const after = edited(before, (d) => {
      d.interventions[0]!.additionality.leakage = ranged(0.12, 0.05, 0.2);
    });
    const [change] = describeChanges(before, after);
    expect(`${change!.beforeText} → ${change!.afterText}`).toBe('10% → 12%');
  });

  it('writes national displacement and labour supply as percentages', () => {
    const before = edited(westYorkshire(), (d) => {
      d.interventions[0]!.national = { displacement: ranged(0.5, 0.3, 0.7), labourSupply: 0.2 };
    });
    const after = edited(before, (d) => {
      d.interventions[0]!.national = { displacement: ranged(0.6, 0.3, 0.7), labourSupply: 0.25 };
    });
    const name = before.interventions[0]!.name;
    const texts = describeChanges(before, after).map((c) => `${c.where}: ${c.beforeText} → ${c.afterText}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        `National displacement of “${name}” (central value): 50% → 60%`,
        `National labour supply of “${name}”: 20% → 25%`,
      ]),
    );
  });

  it('writes a scenario’s additionality override as a percentage', () => {
    const iv = westYorkshire().interventions[0]!;
    const before = edited(westYorkshire(), (d) => {
      d.scenarios[0]!.additionality = { [iv.id]: { deadweight: ranged(0.25, 0.2, 0.4) } };
    });
    const after = edited(before, (d) => {
      d.scenarios[0]!.additionality = { [iv.id]: { deadweight: ranged(0.3, 0.2, 0.4) } };
    });
    const [change] = describeChanges(before, after);
    expect(change!.where).toBe(`Scenario “${before.scenarios[0]!.name}”: deadweight of “${iv.name}” (central value)`);
    expect(`${change!.beforeText} → ${change!.afterText}`).toBe('25% → 30%');
  });

  it('leaves a parameter’s ranged value in its own unit', () => {
    const before = westYorkshire();
    const [id, p] = Object.entries(before.parameters).find(([, v]) => v.low !== undefined)!;
    const after = edited(before, (d) => {
      d.parameters[id]!.low = p.low! / 2;
    });
    const [change] = describeChanges(before, after);
    expect(change!.afterText).not.toContain('%');
  });
});
