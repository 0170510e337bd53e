/**
 * Every command resolves scenarios through inheritance (models/scenario/inheritance.ts): a file whose
 * "scaled" scenario is based on "digital-led" and also inherits a package gives exactly what a flat
 * copy with the same values gives, in run, compare, sensitivity, explain and Monte Carlo; compare
 * --json adds how a scenario inherits without changing the contract's fields; set writes the
 * scenario's own override and keeps what it inherits; a cycle is refused naming the scenarios.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../models/index.ts';
import { folderWith, runCli } from '../helpers/cli.ts';
import { withChange, workedExample } from '../helpers/docs.ts';

const inheriting = withChange(workedExample(), (d) => {
  d.scenarios.push(
    { id: 'pkg', name: 'Higher returns package', overrides: { gva_per_firm: 0.6 } },
    { id: 'scaled', name: 'Scaled', basedOn: 'digital-led', alsoInheritsFrom: ['pkg'], overrides: { budget: 3 } },
  );
});
const flat = withChange(workedExample(), (d) => {
  d.scenarios.push(
    { id: 'pkg', name: 'Higher returns package', interventions: [], overrides: { gva_per_firm: 0.6 } },
    { id: 'scaled', name: 'Scaled', interventions: ['digital'], overrides: { budget: 3, gva_per_firm: 0.6 } },
  );
});

async function json(doc: ScenarioDocument, argv: string[]) {
  const { dir, file } = folderWith(doc);
  const run = await runCli([argv[0]!, file, ...argv.slice(1)], dir);
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('commands on an inheriting file', () => {
  it.each([
    [['run', '--scenario', 'scaled', '--json']],
    [['run', '--scenario', 'scaled', '--json', '--samples', '100', '--seed', '5']],
    [['sensitivity', '--scenario', 'scaled', '--json']],
    [['explain', '--scenario', 'scaled', '--total', 'jobs', '--json']],
  ])('%j gives what the flat copy gives', async (argv) => {
    expect(await json(inheriting, argv)).toEqual(await json(flat, argv));
  });

  it('run uses the inherited values (budget 3 own, 0.6 per firm from the package)', async () => {
    const run = await json(inheriting, ['run', '--scenario', 'scaled', '--json']);
    // firms: 60 then 120, 120; uplift = firms x 0.6.
    expect(run.nodes.uplift).toEqual([36, 72, 72]);
  });

  it('compare --json keeps the contract fields and adds how inheriting scenarios inherit', async () => {
    const rows = (await json(inheriting, ['compare', '--json'])).scenarios;
    const flatRows = (await json(flat, ['compare', '--json'])).scenarios;
    const contract = ['id', 'name', 'finalYear', 'cumulativeNetGva', 'npv', 'bcr', 'costPerNetJob', 'vfm'];
    for (const [k, row] of rows.entries()) {
      expect(Object.keys(row).slice(0, contract.length)).toEqual(contract);
      for (const key of contract) expect(row[key]).toEqual(flatRows[k][key]);
    }
    for (const row of rows.slice(0, 3))
      for (const key of ['basedOn', 'alsoInheritsFrom', 'searchOrder']) expect(row).not.toHaveProperty(key);
    // Inheritance fields come after every other field (the contract's and the ones other issues add).
    expect(Object.keys(rows[3]).slice(-3)).toEqual(['basedOn', 'alsoInheritsFrom', 'searchOrder']);
    expect(Object.keys(rows[3]).slice(0, -3)).toEqual(Object.keys(rows[0]));
    expect(rows[3]).toMatchObject({
      id: 'scaled',
      basedOn: 'digital-led',
      alsoInheritsFrom: ['pkg'],
      searchOrder: ['scaled', 'pkg', 'digital-led'],
    });
  });

  it('the text of run and compare states the lookup order', async () => {
    const { dir, file } = folderWith(inheriting);
    const run = await runCli(['run', file, '--scenario', 'scaled'], dir);
    expect(run.stdout).toContain('Values are looked up in this order: scaled -> pkg -> digital-led -> the file.');
    const compare = await runCli(['compare', file], dir);
    expect(compare.stdout).toContain('  scaled: scaled -> pkg -> digital-led -> the file');
  });

  it('set --scenario writes the scenario\u2019s own override and keeps what it inherits', async () => {
    const { dir, file } = folderWith(inheriting);
    const set = await runCli(['set', file, 'budget=4', '--scenario', 'scaled'], dir);
    expect(set.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ScenarioDocument;
    const scaled = saved.scenarios.find((s) => s.id === 'scaled')!;
    expect(scaled.overrides).toEqual({ budget: 4 });
    expect(scaled.basedOn).toBe('digital-led');
    const run = await runCli(['run', file, '--scenario', 'scaled', '--json'], dir);
    expect(JSON.parse(run.stdout).nodes.uplift).toEqual([48, 96, 96]);
  });

  it('set --scenario on an override inherited with a range keeps the range and says where it came from', async () => {
    const ranged = withChange(inheriting, (d) => {
      d.scenarios.find((s) => s.id === 'pkg')!.overrides = { gva_per_firm: { value: 0.6, low: 0.4, high: 0.9 } };
    });
    const { dir, file } = folderWith(ranged);
    const set = await runCli(['set', file, 'gva_per_firm=0.7', '--scenario', 'scaled'], dir);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('scenarios[3].overrides.gva_per_firm 0.6 (inherited from scenario "pkg") -> 0.7');
    expect(set.stdout).toContain('range 0.4 to 0.9 kept');
    const saved = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ScenarioDocument;
    expect(saved.scenarios.find((s) => s.id === 'scaled')!.overrides).toEqual({
      budget: 3,
      gva_per_firm: { value: 0.7, low: 0.4, high: 0.9 },
    });
    // The package itself is untouched.
    expect(saved.scenarios.find((s) => s.id === 'pkg')!.overrides).toEqual(ranged.scenarios[2]!.overrides);
    // A parameter no scenario overrides says it came from the parameter.
    const fromFile = await runCli(['set', file, 'cost_per_firm=0.04', '--scenario', 'scaled'], dir);
    expect(fromFile.stdout).toContain('overrides.cost_per_firm 0.05 (the parameter) -> 0.04 (range 0.025 to 0.1 kept)');
  });

  it('a cycle stops every command with a sentence naming the scenarios', async () => {
    const cycle = withChange(inheriting, (d) => (d.scenarios.find((s) => s.id === 'pkg')!.basedOn = 'scaled'));
    const { dir, file } = folderWith(cycle);
    for (const argv of [
      ['compare', file],
      ['run', file, '--scenario', 'bau'],
      ['validate', file],
    ]) {
      const run = await runCli(argv, dir);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/inherit from each other in a circle \("(pkg|scaled)" -> .*\)/);
    }
  });
});
