/**
 * What `causeway run` and `causeway compare` print, checked against the worked example computed by
 * hand (test/models/engine/workedExample.test.ts): NPV 73.42449065, local BCR 17.97439085, cost per
 * net job £14,415.71, net GVA 16.2, 32.4, 32.4 (cumulative 81.0), net jobs in 2028 302.2, cost per
 * net job-year 4.4e6 / 761.5607 = £5,777.61. The example has no national factors, so UK social
 * value and the value-for-money band (which belongs to it) are not assessed.
 * Labels come from the metric catalogue: changing one there changes the CLI's tables.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { METRICS, runMonteCarlo, formatGbpMillions } from '../../models/index.ts';
import { folderWith, runCli } from '../helpers/cli.ts';
import { workedExample } from '../helpers/docs.ts';

const lineOf = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start)) ?? '';
const cellsOf = (line: string) => line.trim().split(/\s{2,}/);

describe('causeway run, as a table', () => {
  it('prints the year table and the appraisal with the hand-calculated figures', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['run', file, '--scenario', 'digital-led'], dir);
    expect(run.code).toBe(0);
    expect(cellsOf(lineOf(run.stdout, 'Year'))).toEqual([
      'Year',
      'Baseline GVA (£m)',
      'Projected GVA (£m)',
      'Net GVA (£m)',
      'Baseline jobs',
      'Projected jobs',
      'Net jobs',
      'Productivity',
      'Cost (£m)',
    ]);
    expect(cellsOf(lineOf(run.stdout, '2028'))).toEqual([
      '2028',
      '£1,072.1m',
      '£1,104.5m',
      '£32.4m',
      '10,000',
      '10,302',
      '302',
      '£107,214',
      '£0.0m',
    ]);
    expect(cellsOf(lineOf(run.stdout, 'Net local GVA less'))).toEqual([
      'Net local GVA less public cost (present value)',
      '£73.4m',
    ]);
    expect(cellsOf(lineOf(run.stdout, 'Net local GVA per £1'))).toEqual([
      'Net local GVA per £1 of public cost',
      '17.97',
    ]);
    expect(cellsOf(lineOf(run.stdout, 'UK social BCR'))[1]).toMatch(/^Not assessed \(/);
    expect(cellsOf(lineOf(run.stdout, 'Value-for-money category'))[1]).toMatch(/^Not assessed \(/);
    expect(cellsOf(lineOf(run.stdout, 'Cost per net additional job'))).toEqual([
      'Cost per net additional job',
      '£14,416',
    ]);
    expect(cellsOf(lineOf(run.stdout, 'Cost per net job-year'))).toEqual(['Cost per net job-year', '£5,778']);
    // What to set for UK social value is said in words.
    expect(run.stdout).toContain('UK social value not assessed: "digital" has no national factors');
  });

  it('says why a figure is missing: business as usual switches no GVA impact on', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['run', file, '--scenario', 'bau'], dir);
    expect(cellsOf(lineOf(run.stdout, 'Net local GVA per £1'))).toEqual([
      'Net local GVA per £1 of public cost',
      'Not assessed (no GVA impact switched on)',
    ]);
  });

  it('adds the Monte Carlo percentiles of every metric that has them', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['run', file, '--scenario', 'digital-led', '--samples', '50', '--seed', '4'], dir);
    const mc = runMonteCarlo(workedExample(), 'digital-led', { samples: 50, seed: 4 });
    if (!mc.ok) throw new Error('Monte Carlo failed');
    expect(cellsOf(lineOf(run.stdout, 'Monte Carlo'))).toEqual([
      'Monte Carlo (50 draws, seed 4)',
      'p10',
      'p50',
      'p90',
      'Mean',
    ]);
    const { npv } = mc.value.appraisal;
    const below = run.stdout.slice(run.stdout.indexOf('Monte Carlo'));
    expect(cellsOf(lineOf(below, 'Net local GVA less'))).toEqual([
      'Net local GVA less public cost (present value)',
      ...[npv.p10, npv.p50, npv.p90, npv.mean].map((x) => formatGbpMillions(x)),
    ]);
    expect(lineOf(below, 'Cost per net additional job')).not.toBe('');
  });
});

describe('causeway compare, as a table', () => {
  const npv = METRICS['npv'] as { label: string };
  const original = npv.label;
  afterEach(() => void (npv.label = original));

  it('prints every scenario with the hand-calculated figures under catalogue headings', async () => {
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['compare', file], dir);
    expect(run.code).toBe(0);
    // Measures down the side, one column per scenario.
    expect(cellsOf(lineOf(run.stdout, 'Measure'))).toEqual([
      'Measure',
      'Business as usual (bau)',
      'Digital-led (digital-led)',
    ]);
    const row = (label: string) => cellsOf(lineOf(run.stdout, label)).slice(1);
    // By hand: net GVA 0.81 x (20, 40, 40) = 16.2, 32.4, 32.4 (total 81.0); NPV 73.4; return 17.97.
    expect(row('Net additional GVA 2028')).toEqual(['£0.0m', '£32.4m']);
    expect(row('Net additional GVA in the peak year')).toEqual(['£0.0m', '£32.4m']);
    expect(row('Net additional GVA 2026–2028')).toEqual(['£0.0m', '£81.0m']);
    expect(row('Net additional jobs 2028')).toEqual(['0', '302']);
    expect(row('Net local GVA less public cost')).toEqual(['£0.0m', '£73.4m']);
    expect(row('Net local GVA per £1')).toEqual(['Not assessed (no GVA impact switched on)', '17.97']);
    expect(row('UK social BCR')).toEqual([
      'Not assessed (no GVA impact switched on)',
      'Not assessed (national factors missing)',
    ]);
    // Cost per net job is measured at the peak of net jobs, and the table shows which: the public
    // cost with optimism bias, 2 x 2.2 = £4.4m, over the peak jobs gives the cost per job printed.
    const peakJobs = Number(row('Net additional jobs in the peak year')[1]);
    expect(row('Year of peak net additional jobs')[1]).toBe('2027');
    const perJob = Number(row('Cost per net additional job')[1]!.replace(/[£,]/g, ''));
    expect(Math.abs(4.4e6 / perJob - peakJobs)).toBeLessThan(0.5);
    expect(row('Cost per net job-year')).toEqual(['Not defined (no net job-years)', '£5,778']);
    expect(run.stdout).toContain('Cost per net additional job is per net job in the peak year of net jobs');
  });

  it('takes its headings from the catalogue', async () => {
    npv.label = 'Net present value (test label)';
    const { dir, file } = folderWith(workedExample());
    const run = await runCli(['compare', file], dir);
    expect(lineOf(run.stdout, 'Net present value (test label)')).not.toBe('');
  });
});
