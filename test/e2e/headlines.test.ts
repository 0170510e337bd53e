/**
 * Honest headlines (issue 11, item 2): peak and cumulative figures beside the final year, each with
 * its year; cost per job states its basis; boxes show their course over time and the value in a
 * year chosen on a scrubber that the canvas and the charts share; Compare shows the appraisal's
 * measures. Every number is the engine's own, computed here from the same document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectScenario, type Projection } from '../../models/index.ts';
import { formatGbp, formatGbpM, formatJobs } from '../../renderer/format.ts';
import { appDocument, appScenarioId, kpi, launch, openApp, view, type AppPage } from './browser.ts';

function peak(values: readonly number[], years: readonly number[]): { value: number; year: number } {
  let k = 0;
  for (let y = 1; y < values.length; y++) if (values[y]! > values[k]!) k = y;
  return { value: values[k]!, year: years[k]! };
}

describe('headlines', () => {
  let app: AppPage;
  let p: Projection;
  beforeAll(async () => {
    app = await openApp(await launch());
    const result = projectScenario(await appDocument(app.page), await appScenarioId(app.page));
    if (!result.ok) throw new Error('projection failed');
    p = result.value;
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('shows peak and cumulative figures with their years, and the basis of cost per job', async () => {
    const { page } = app;
    const jobs = peak(p.total.netImpact.jobs, p.years);
    const gva = peak(p.total.netImpact.gva, p.years);
    expect(await kpi(page, 'net-jobs')).toBe(formatJobs(p.total.netImpact.jobs.at(-1)!));
    expect(await kpi(page, 'net-jobs-peak')).toBe(formatJobs(jobs.value));
    expect(await page.locator('[data-kpi="net-jobs-peak"]').textContent()).toContain(`in ${jobs.year}`);
    expect(await kpi(page, 'net-gva-peak')).toBe(formatGbpM(gva.value));
    expect(await page.locator('[data-kpi="net-gva-peak"]').textContent()).toContain(`in ${gva.year}`);
    const jobYears = p.total.netImpact.jobs.reduce((a, b) => a + b, 0);
    expect(await kpi(page, 'net-jobs-cumulative')).toBe(formatJobs(jobYears));
    const cost = p.total.cost.reduce((a, b) => a + b, 0);
    expect(await kpi(page, 'cost-per-job')).toBe(formatGbp((cost * 1e6) / jobs.value));
    expect(await page.locator('[data-kpi="cost-per-job"]').textContent()).toContain(
      `per net job at the peak, ${jobs.year}`,
    );
  });

  it('shows each box’s course over time and its value in the year on the shared scrubber', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const budget = doc.logicModel.nodes.find((n) => n.role === 'cost')!;
    const box = page.locator(`.logic-node[data-node-id="${budget.id}"]`);
    await expect.poll(() => box.locator('svg.sparkline polyline').count()).toBe(1);
    const first = p.years[0]!;
    await page.getByLabel('Year shown').first().fill(String(first));
    const value = p.nodes[budget.id]![0]!;
    await expect.poll(() => box.locator('.logic-node__value').textContent()).toContain(String(first));
    expect(await box.locator('.logic-node__value').textContent()).toContain(`${value}`);
    // The same year on the results charts.
    await view(page, 'Results');
    expect(await page.getByLabel('Year shown').first().inputValue()).toBe(String(first));
    await expect.poll(() => page.locator('[data-chart="gva"] .recharts-reference-line').count()).toBeGreaterThan(0);
    await view(page, 'Logic model');
  });

  it('compares scenarios on the appraisal’s measures and the peak, with its year', async () => {
    const { page } = app;
    await view(page, 'Compare');
    const headings = await page.locator('[data-table="compare"] thead th').allTextContents();
    for (const text of [
      'PV local GVA',
      'PV public costs',
      'Local NPV',
      'Local GVA per £1',
      'UK social BCR',
      'Peak net jobs',
      'Net job-years',
    ])
      expect(headings.join(' | ')).toContain(text);
    const scenarioId = await appScenarioId(page);
    const jobs = peak(p.total.netImpact.jobs, p.years);
    const cell = page.locator(
      `[data-table="compare"] tr[data-scenario="${scenarioId}"] td[data-column="net-jobs-peak"]`,
    );
    expect(await cell.locator('div').first().textContent()).toBe(formatJobs(jobs.value));
    expect(await cell.textContent()).toContain(`in ${jobs.year}`);
    const pvb = page.locator(
      `[data-table="compare"] tr[data-scenario="${scenarioId}"] td[data-column="pv-benefits"] div`,
    );
    expect(await pvb.first().textContent()).toBe(formatGbpM(p.appraisal.pvBenefits));
    await view(page, 'Logic model');
    expect(app.errors).toEqual([]);
  });
});
