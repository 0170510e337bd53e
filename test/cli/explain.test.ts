/**
 * `causeway explain` (docs/contracts.md section 5): the JSON is the trace models/explain builds, with
 * the contract's fields; the text names the scenario, the reference, each input and its share; bad
 * arguments are sentences with exit 1.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../models/index.ts';
import { folderWith, runCli } from '../helpers/cli.ts';
import { withChange, workedExample } from '../helpers/docs.ts';

const doc = withChange(workedExample(), (d) => {
  d.scenarios.push({ id: 'bigger', name: 'Bigger', basedOn: 'digital-led', overrides: { budget: 3 } });
});

describe('causeway explain', () => {
  it('--json prints the whole trace with the contract fields', async () => {
    const { dir, file } = folderWith(doc);
    const run = await runCli(
      ['explain', file, '--scenario', 'digital-led', '--total', 'gva', '--year', '2027', '--json'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const direct = explain(doc, 'digital-led', { total: 'gva' }, { year: 2027 });
    if (!direct.ok) throw new Error('explain failed');
    expect(json).toEqual(JSON.parse(JSON.stringify(direct.value)));
    expect(json).toMatchObject({ target: 'total.gva', year: 2027, formula: expect.any(String) });
    expect(json.value).toBeCloseTo(32.4, 9);
    for (const key of ['id', 'kind', 'value', 'contribution', 'inputs']) expect(json.inputs[0]).toHaveProperty(key);
    // Down to parameters: total -> intervention -> gross -> uplift -> firms -> grant -> budget.
    const ids: string[] = [];
    const walk = (e: { id: string; kind: string; inputs?: unknown[] }) => {
      if (e.kind === 'parameter') ids.push(e.id);
      (e.inputs as (typeof e)[] | undefined)?.forEach(walk);
    };
    json.inputs.forEach(walk);
    expect(new Set(ids)).toEqual(new Set(['budget', 'cost_per_firm', 'gva_per_firm']));
  });

  it('prints a readable trace against the named scenario', async () => {
    const { dir, file } = folderWith(doc);
    const run = await runCli(
      ['explain', file, '--scenario', 'bigger', '--node', 'uplift', '--year', '2027', '--against', 'digital-led'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'GVA uplift [uplift] in 2027, scenario "Bigger" (bigger) against "Digital-led" (digital-led):',
    );
    expect(run.stdout).toContain('  60 £m against 40, a change of +20');
    expect(run.stdout).toContain('  = firms * gva_per_firm');
    expect(run.stdout).toContain('- Firms supported (cumulative) [firms]: 120 firms against 80; share +20');
    expect(run.stdout).toContain('- Grant budget [grant]: 3 £m against 2; share +20');
  });

  it('refuses missing or contradictory arguments and unknown names with sentences', async () => {
    const { dir, file } = folderWith(doc);
    const cases: [string[], RegExp][] = [
      [['explain', file, '--total', 'gva'], /explain needs --scenario ID/],
      [['explain', file, '--scenario', 'bau'], /Give either --node NODE or --total gva\|jobs/],
      [['explain', file, '--scenario', 'bau', '--total', 'gdp'], /--total must be gva or jobs, not "gdp"/],
      [['explain', file, '--scenario', 'nope', '--total', 'gva'], /There is no scenario "nope"/],
      [['explain', file, '--scenario', 'digital-led', '--node', 'x'], /There is no box "x"/],
      [
        ['explain', file, '--scenario', 'digital-led', '--total', 'gva', '--year', '2050'],
        /2050 is outside the horizon/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, dir);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
