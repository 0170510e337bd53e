/**
 * The command line for the appraisal's own inputs and prices (docs/contracts.md section 5): `run --set`
 * and `causeway set` with additionality.<intervention>.<factor>, national.<intervention>.<field> and
 * appraisal.optimismBias; `sensitivity` rows for them; `causeway rebase`. The worked example's net
 * factor is 0.8 x 0.9 x 0.75 x 1 x 1.5 = 0.81 (net GVA 16.2 in 2026 from gross 20).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, projectScenario, reconstructRevision, type ScenarioDocument } from '../../models/index.ts';
import { folderWith, runCli } from '../helpers/cli.ts';
import { withChange, workedExample } from '../helpers/docs.ts';

const load = (path: string): ScenarioDocument => {
  const r = loadScenario(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.document;
};

describe('run --set with dotted names', () => {
  it('sets deadweight and optimism bias for the run', async () => {
    const { dir, file } = folderWith(workedExample());
    const set = ['--set', 'additionality.digital.deadweight=0.3', '--set', 'appraisal.optimismBias=0.2'];
    const run = await runCli(['run', file, '--scenario', 'digital-led', '--json', ...set], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.total.netImpact.gva[0]).toBeCloseTo(20 * 0.7 * 0.9 * 0.75 * 1.5, 12);
    expect(json.total.cost[0]).toBeCloseTo(2.4, 12);
  });

  it('refuses a factor outside its range, naming it', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(
      ['run', file, '--scenario', 'digital-led', '--set', 'additionality.digital.leakage=2'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot set "additionality.digital.leakage" to 2: it must be a fraction from 0 to 1\./);
  });
});

describe('causeway set with dotted names', () => {
  it('changes the intervention, the file or a scenario, keeping ranges, as a new revision', async () => {
    const doc = withChange(workedExample(), (d) => {
      d.interventions[0]!.additionality.leakage = { value: 0.1, low: 0.05, high: 0.2 };
      d.interventions[0]!.national = { displacement: 0.2, labourSupply: 0.1 };
    });
    const { dir, file } = folderWith(doc);
    const args = [
      'additionality.digital.leakage=0.15',
      'national.digital.labourSupply=0.3',
      'appraisal.optimismBias=0.2',
    ];
    const plain = await runCli(['set', file, ...args], dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('interventions[0].additionality.leakage 0.1 -> 0.15');
    const saved = load(join(dir, file));
    expect(saved.interventions[0]!.additionality.leakage).toEqual({ value: 0.15, low: 0.05, high: 0.2 });
    expect(saved.interventions[0]!.national!.labourSupply).toBe(0.3);
    expect(saved.appraisal.optimismBias).toBe(0.2);
    const scenario = await runCli(
      ['set', file, '--scenario', 'digital-led', 'additionality.digital.deadweight=0.4', 'appraisal.optimismBias=0.3'],
      dir,
    );
    expect(scenario.code).toBe(0);
    const again = load(join(dir, file));
    expect(again.scenarios[1]!.additionality).toEqual({ digital: { deadweight: 0.4 } });
    expect(again.scenarios[1]!.appraisal).toEqual({ optimismBias: 0.3 });
    const refused = await runCli(['set', file, '--scenario', 'digital-led', 'national.digital.displacement=0.1'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/national factors belong to the intervention, not to a scenario/);
  });
});

describe('sensitivity', () => {
  it('has rows for ranged additionality factors and optimism bias, with switching values', async () => {
    const doc = withChange(workedExample(), (d) => {
      d.interventions[0]!.additionality.deadweight = { value: 0.2, low: 0.1, high: 0.99 };
      d.appraisal.optimismBias = { value: 0.1, low: 0, high: 0.5 };
    });
    const { dir, file } = folderWith(doc);
    const run = await runCli(['sensitivity', file, '--scenario', 'digital-led', '--json'], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const ids = json.parameters.map((p: { id: string }) => p.id);
    expect(ids).toContain('additionality.digital.deadweight');
    expect(ids).toContain('appraisal.optimismBias');
    const dw = json.parameters.find((p: { id: string }) => p.id === 'additionality.digital.deadweight');
    // By hand: gross PV = 20 + 40 / 1.035 + 40 / 1.035^2 = 95.9877710, PV costs 2.2 + 2.2 / 1.035 =
    // 4.3256039; NPV = 0 where (1 - dw) x 0.9 x 0.75 x 1.5 x 95.9877710 = 4.3256039, dw = 0.9554922.
    expect(dw.switchingValue).toBeCloseTo(0.9554922, 5);
    const table = await runCli(['sensitivity', file, '--scenario', 'digital-led', '--metric', 'social-npv'], dir);
    expect(table.stdout).toContain('(base not assessed)');
  });
});

describe('sensitivity of a measure that does not move', () => {
  it('gives a flat bar (business as usual: no benefit, no cost) no switching value, in JSON and in words', async () => {
    const example = new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url);
    const { dir, file } = folderWith(JSON.parse(readFileSync(example, 'utf8')) as ScenarioDocument);
    const json = JSON.parse((await runCli(['sensitivity', file, '--scenario', 'bau', '--json'], dir)).stdout);
    const ob = json.parameters.find((p: { id: string }) => p.id === 'appraisal.optimismBias');
    expect(ob.swing).toBe(0);
    // It used to be 0.05, the low end of the range, where NPV is 0 as everywhere else.
    expect(ob.switchingValue).toBeNull();
    expect(ob.switchingFlat).toBe(true);
    const text = (await runCli(['sensitivity', file, '--scenario', 'bau'], dir)).stdout;
    expect(text.split('\n').find((l) => l.startsWith('appraisal.optimismBias'))).toMatch(
      /none: the measure does not move across the range$/,
    );
  });
});

describe('causeway rebase', () => {
  it('converts money to the new price year as a new revision, and says by how much and what it left', async () => {
    const { dir, file } = folderWith(withChange(workedExample(), (d) => (d.parameters['loose'] = { value: 3 })));
    const run = await runCli(['rebase', file, '--to', '2024'], dir);
    expect(run.code).toBe(0);
    // ONS YBGB: 111.2 / 90.3 = 1.231451 (+23.1%).
    expect(run.stdout).toMatch(
      /saved revision 1, rebased from 2019 to 2024 prices: every money value x 1\.231451 \(\+23\.1%\)/,
    );
    expect(run.stdout).toContain('parameters.budget (£m a year)');
    expect(run.stdout).toContain('parameters.loose: has no unit');
    // The price label is rewritten; source texts that quote money are listed, not rewritten.
    expect(run.stdout).toContain(
      'Price label: 2024 prices: rebased from 2019 prices with the GDP deflator (every money value x 1.231451)',
    );
    const saved = load(join(dir, file));
    expect(saved.prices.baseYear).toBe(2024);
    expect(saved.parameters['budget']!.value).toBeCloseTo((2 * 111.2) / 90.3, 12);
    const before = reconstructRevision(saved, 0);
    expect(before.ok && before.value.prices.baseYear).toBe(2019);
  });

  it('writes --out as a new file, refuses to replace one without --force, and refuses a bad year', async () => {
    const { dir, file } = folderWith(workedExample());
    expect((await runCli(['rebase', file, '--to', '2022', '--out', 'new.causeway.json'], dir)).code).toBe(0);
    expect(load(join(dir, 'new.causeway.json')).prices.baseYear).toBe(2022);
    expect(load(join(dir, file)).prices.baseYear).toBe(2019);
    const again = await runCli(['rebase', file, '--to', '2023', '--out', 'new.causeway.json'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/new.causeway.json already exists/);
    const early = await runCli(['rebase', file, '--to', '1900'], dir);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/covers whole years from 1948/);
    expect((await runCli(['rebase', file, '--to', '2019'], dir)).stdout).toMatch(/already in 2019 prices/);
  });
});

describe('causeway sensitivity: a switching value across a step', () => {
  it('reports the benefit life (rounded by persist) as a jump between 6 and 7 years, not a point', async () => {
    const example = new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url);
    const doc = JSON.parse(readFileSync(example, 'utf8')) as ScenarioDocument;
    const { dir, file } = folderWith(doc);
    const args = ['sensitivity', file, '--scenario', 'digital-cautious', '--metric', 'social-bcr'];
    // The social BCR with the life set to 6 and to 7 years: no life in between gives exactly 1.
    const at = (life: number) => {
      const p = projectScenario(doc, 'digital-cautious', { set: { dig_benefit_life: life } });
      if (!p.ok) throw new Error('run failed');
      return p.value.appraisal.social.bcr!;
    };
    expect(at(6)).toBeLessThan(1);
    expect(at(7)).toBeGreaterThan(1);
    const json = JSON.parse((await runCli([...args, '--json'], dir)).stdout);
    const life = json.parameters.find((p: { id: string }) => p.id === 'dig_benefit_life');
    expect(life.switchingValue).toBeNull();
    expect(life.switchingJump.from).toBe(6);
    expect(life.switchingJump.to).toBe(7);
    expect(life.switchingJump.metricFrom).toBeCloseTo(at(6), 9);
    expect(life.switchingJump.metricTo).toBeCloseTo(at(7), 9);
    const text = (await runCli(args, dir)).stdout;
    expect(text.split('\n').find((l) => l.startsWith('dig_benefit_life'))).toMatch(
      new RegExp(`none: jumps from ${at(6).toFixed(2)} to ${at(7).toFixed(2)} between 6 and 7$`),
    );
  });
});
