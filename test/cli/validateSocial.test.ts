/**
 * `causeway validate` says when UK social value is not assessed and what to set (docs/method.md
 * section 11), as the Problems list does: warnings, so the exit code stays 0. The Greater Manchester
 * example's one intervention is switched on in three scenarios (digital-modest, -scaled, -cautious).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../models/index.ts';
import { folderWith, runCli } from '../helpers/cli.ts';

const example = (): ScenarioDocument =>
  JSON.parse(
    readFileSync(new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url), 'utf8'),
  ) as ScenarioDocument;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('causeway validate: UK social value not assessed', () => {
  it('says nothing about social value for the example as built', async () => {
    const { dir, file } = folderWith(example());
    const run = await runCli(['validate', file], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/social value is not assessed/);
  });

  it('names the intervention without national factors, once per scenario it is on in, and what to set', async () => {
    const doc = example();
    delete doc.interventions[0]!.national;
    const { dir, file } = folderWith(doc);
    const run = await runCli(['validate', file], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('example.causeway.json: ok\n');
    for (const s of ['digital-modest', 'digital-scaled', 'digital-cautious'])
      expect(run.stderr).toContain(
        `example.causeway.json: interventions[0].national: Warning: UK social value is not assessed for intervention "digital-adoption" in scenario "${s}": it has no national factors. Set "national": { "displacement", "labourSupply" }`,
      );
    expect(count(run.stderr, 'UK social value is not assessed')).toBe(3);
  });

  it('names a GVA node without a benefit kind once, whichever scenarios use it', async () => {
    const doc = example();
    const index = doc.logicModel.nodes.findIndex((n) => n.id === 'dig_gva');
    delete doc.logicModel.nodes[index]!.benefit;
    const { dir, file } = folderWith(doc);
    const run = await runCli(['validate', file], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `example.causeway.json: logicModel.nodes[${index}].benefit: Warning: UK social value is not assessed for intervention "digital-adoption": its GVA node "dig_gva" does not say what kind of benefit it is. Set "benefit" to "productivity"`,
    );
    expect(count(run.stderr, 'UK social value is not assessed')).toBe(1);
  });
});
