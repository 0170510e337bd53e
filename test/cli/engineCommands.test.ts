import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectScenario, runMonteCarlo } from '../../models/index.ts';
import { folderWith, runCli } from '../helpers/cli.ts';
import { withChange, workedExample } from '../helpers/docs.ts';

describe('causeway run', () => {
  it('prints the projection as JSON, identical to the engine, with the contract shape', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['run', file, '--scenario', 'digital-led', '--json'], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const engine = projectScenario(workedExample(), 'digital-led');
    if (!engine.ok) throw new Error('engine failed');
    expect(json).toEqual(JSON.parse(JSON.stringify(engine.value)));
    expect(Object.keys(json.total)).toEqual([
      'baseline',
      'projected',
      'grossImpact',
      'netImpact',
      'cost',
      'privateCost',
      'socialGva',
    ]);
    expect(json.appraisal.npv).toBeCloseTo(73.42449065, 6);
    // docs/contracts.md section 5: v1 fields first, then the local and social measures.
    expect(Object.keys(json.appraisal)).toEqual([
      'discountFactors',
      'pvBenefits',
      'pvCosts',
      'npv',
      'bcr',
      'costPerNetJob',
      'vfm',
      'local',
      'social',
      'costPerNetJobYear',
      'presentValueYear',
    ]);
    expect(json.appraisal.local).toEqual({
      pvBenefits: json.appraisal.pvBenefits,
      npv: json.appraisal.npv,
      bcr: json.appraisal.bcr,
    });
    expect(json.appraisal.social).toMatchObject({
      pvBenefits: null,
      npv: null,
      bcr: null,
      vfm: null,
      notAssessed: ['digital'],
      reason: expect.stringMatching(/"digital" has no national factors/),
    });
    expect(json.appraisal.vfm).toBeNull();
  });

  it('defaults to the first scenario and prints a readable table in £m with separators', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['run', file], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('scenario "Business as usual" (bau)');
    expect(run.stdout).toContain('£1,051.0m');
    expect(run.stdout).toContain('10,000');
    expect(run.stdout).toContain('2019 prices');
  });

  it('applies --set over the scenario, and --samples adds seeded percentiles', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(
      [
        'run',
        file,
        '--scenario',
        'digital-led',
        '--set',
        'gva_per_firm=1',
        '--samples',
        '200',
        '--seed',
        '7',
        '--json',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.nodes.uplift).toEqual([40, 80, 80]);
    const mc = runMonteCarlo(workedExample(), 'digital-led', { samples: 200, seed: 7, set: { gva_per_firm: 1 } });
    if (!mc.ok) throw new Error('mc failed');
    expect(json.uncertainty).toEqual(JSON.parse(JSON.stringify(mc.value)));
    expect(json.uncertainty.samples).toBe(200);
  });

  it('writes CSV with a header and one row per year, rounded to display precision', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['run', file, '--scenario', 'digital-led', '--csv'], dir);
    expect(run.stdout.startsWith('\uFEFFYear,"Baseline GVA (£m, 2019 prices)"')).toBe(true);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]!.split(',')[4]).toBe('16.2');
  });

  it.each([
    [['run'], /exactly one FILE/],
    [['run', 'a.json', '--samples', 'lots'], /--samples must be a whole number/],
    [['run', 'a.json', '--set', 'budget'], /not of the form PARAM=VALUE/],
    [['run', 'a.json', '--json', '--csv'], /either --json or --csv/],
    [['run', 'a.json', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /"frobnicate" is not a causeway command/],
  ])('refuses bad arguments %j with exit 1 and a sentence', async (argv, message) => {
    const run = await runCli(argv, '/tmp');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file, the node and the year when a run fails', async () => {
    const { dir, file } = folderWith(withChange(workedExample(), (d) => (d.parameters['cost_per_firm']!.value = 0)));
    const run = await runCli(['run', file, '--scenario', 'digital-led'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^example\.causeway\.json: logicModel\.nodes\[1\]\.expr: Box “Firms supported \(cumulative\)” \(firms\) evaluates to infinity in 2026/,
    );
  });

  it('says which file is missing or unreadable', async () => {
    const run = await runCli(['run', 'missing.causeway.json'], '/tmp');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('missing.causeway.json: cannot open the file: there is no such file.\n');
  });

  it('refuses an unknown --set parameter naming those that exist', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['run', file, '--set', 'nope=1'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Cannot set "nope": the file has no such parameter \(it has budget, cost_per_firm, gva_per_firm\)/,
    );
  });
});

describe('causeway validate, compare, sensitivity, migrate', () => {
  it('validate says ok per valid file and lists every problem of the others', async () => {
    const { dir, file } = folderWith(workedExample());
    writeFileSync(join(dir, 'broken.causeway.json'), '{"format": "causeway.scenario", "schemaVersion": 1,');
    const run = await runCli(['validate', file, 'broken.causeway.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('example.causeway.json: ok\n');
    expect(run.stderr).toMatch(/^broken\.causeway\.json: /m);
  });

  it("validate lists logic-model notes after the file's warnings but exits 0 when there is nothing else", async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['validate', file], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('example.causeway.json: ok\n');
    expect(run.stderr).toContain(
      'example.causeway.json: logicModel.context.need: Note: The file does not say what problem or need the intervention answers',
    );
    expect(run.stderr).toMatch(/\n {2}Why it matters: .*\(What Works Growth, "Using logic models", step 1\)\./);
    const dismissed = withChange(workedExample(), (d) => {
      d.logicModel.checks = {
        dismissed: [{ check: 'context.need', subject: '', reason: 'Stated in the business case.' }],
      };
    });
    const again = folderWith(dismissed);
    expect((await runCli(['validate', again.file], again.dir)).stderr).not.toContain('logicModel.context.need');
  });

  it('compare --json lists every scenario in file order with the contract fields', async () => {
    const { dir, file } = folderWith(workedExample());
    const json = JSON.parse((await runCli(['compare', file, '--json'], dir)).stdout);
    expect(json.scenarios.map((s: { id: string }) => s.id)).toEqual(['bau', 'digital-led']);
    expect(Object.keys(json.scenarios[1])).toEqual([
      'id',
      'name',
      'finalYear',
      'cumulativeNetGva',
      'npv',
      'bcr',
      'costPerNetJob',
      'vfm',
      'socialNpv',
      'socialBcr',
      'costPerNetJobYear',
    ]);
    expect(json.scenarios[1].cumulativeNetGva).toBeCloseTo(16.2 + 32.4 + 32.4, 9);
    expect(json.scenarios[1].finalYear.netGva).toBeCloseTo(32.4, 9);
    expect(json.scenarios[0].bcr).toBeNull();
  });

  it('sensitivity --json gives the tornado sorted by swing with switching values', async () => {
    const { dir, file } = folderWith(workedExample());
    const json = JSON.parse((await runCli(['sensitivity', file, '--scenario', 'digital-led', '--json'], dir)).stdout);
    expect(json.metric).toBe('npv');
    expect(json.base).toBeCloseTo(73.42449065, 6);
    expect(json.parameters.map((p: { swing: number }) => p.swing)).toEqual(
      [...json.parameters.map((p: { swing: number }) => p.swing)].sort((a, b) => b - a),
    );
    for (const p of json.parameters)
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'low', 'high', 'atLow', 'atHigh', 'swing']));
  });

  it('migrate says a current file needs nothing', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['migrate', file], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/already at schemaVersion 2; nothing to do/);
  });
});

describe('npx causeway (the bin entry)', () => {
  it('runs from the checkout and exits 1 with a sentence, never a stack trace', () => {
    const bin = resolve(__dirname, '../../bin/causeway.js');
    const ok = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^causeway \d+\.\d+\.\d+/);
    const bad = spawnSync(process.execPath, [bin, 'run', '/nonexistent/x.causeway.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('/nonexistent/x.causeway.json: cannot open the file: there is no such file.\n');
  });
});
