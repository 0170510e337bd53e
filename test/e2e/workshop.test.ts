/**
 * Workshop mode on a projector (issue 11, item 3): the facilitator chooses and orders the sliders
 * (the budget included) and the choice is saved in the file; at 1024x768 and 1280x720 nothing is
 * clipped (across or down: the results and the chart's year axis fit) and "Keep" is on screen; type is at least 18 px; values are rounded to the slider's step;
 * the log and its CSV carry the figures each change led to.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectScenario } from '../../models/index.ts';
import { appDocument, appScenarioId, clippedText, launch, openApp, screenshot, type AppPage } from './browser.ts';

const BUDGET = 'dig_annual_budget';

/** The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields). */
function fields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .filter((m) => m.index! < line.length || m[1] !== '')
    .map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!));
}

describe('workshop mode', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch(), { width: 1024, height: 768 });
    app.page.on('dialog', (d) => void d.accept());
    await app.page.getByRole('button', { name: 'Workshop mode' }).click();
    await app.page.getByRole('dialog', { name: 'Workshop mode' }).waitFor();
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('starts with the budget among the sliders and lets the facilitator choose and order them, saved in the file', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'Workshop mode' });
    const defaults = await dialog
      .locator('.ws-slider')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-parameter')));
    expect(defaults).toContain(BUDGET);
    await dialog.getByRole('button', { name: 'Choose sliders' }).click();
    const chooser = dialog.getByRole('region', { name: 'Sliders for this workshop' });
    const doc = await appDocument(page);
    const label = (id: string) => doc.parameters[id]!.label!;
    for (const id of defaults)
      if (id !== BUDGET && id !== 'dig_uplift') await chooser.getByLabel(label(id!), { exact: true }).uncheck();
    if (!defaults.includes('dig_uplift')) await chooser.getByLabel(label('dig_uplift'), { exact: true }).check();
    const order = (await appDocument(page)).meta.workshop!.parameters!;
    if (order[0] !== 'dig_uplift')
      await chooser.getByRole('button', { name: `Move ${label('dig_uplift')} up` }).click();
    await chooser.getByRole('button', { name: 'Done' }).click();
    expect((await appDocument(page)).meta.workshop?.parameters).toEqual(['dig_uplift', BUDGET]);
    expect(await dialog.locator('.ws-slider').first().getAttribute('data-parameter')).toBe('dig_uplift');
  });

  it('fits 1024x768 and 1280x720 with nothing clipped, Keep on screen and type of 18 px or more', async () => {
    const { page } = app;
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      expect(await clippedText(page, '.workshop'), `${size.width}x${size.height}`).toEqual([]);
      const keep = await page.getByRole('button', { name: 'Keep this as a new scenario' }).boundingBox();
      expect(keep!.y + keep!.height).toBeLessThanOrEqual(size.height);
      // Nothing cut off below either: the results need no scrolling and the chart's year axis shows.
      await page.locator('.ws-chart .recharts-xAxis-tick-labels text').first().waitFor({ state: 'attached' });
      const results = page.locator('.workshop__results');
      const hidden = await results.evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(hidden, `results hidden below at ${size.width}x${size.height}`).toBeLessThanOrEqual(1);
      const box = (await results.boundingBox())!;
      const axis = (await page.locator('.ws-chart .recharts-xAxis-tick-labels').boundingBox())!;
      expect(axis.y + axis.height, `year axis at ${size.width}x${size.height}`).toBeLessThanOrEqual(
        Math.min(box.y + box.height, size.height) + 1,
      );
      await screenshot(page, `10-workshop-${size.width}x${size.height}`);
    }
    await page.locator('.ws-chart .recharts-cartesian-axis-tick-value').first().waitFor();
    const sizes = await page.evaluate(() =>
      [
        '.ws-slider__foot span',
        '.ws-chart .recharts-cartesian-axis-tick-value',
        '.ws-kpi__label',
        '.ws-log, .workshop__log p',
      ].map(
        (selector) => [selector, parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize)] as const,
      ),
    );
    for (const [selector, px] of sizes) expect(px, selector).toBeGreaterThanOrEqual(18);
  });

  it('rounds slider values to the step and logs each change with its figures, in the CSV too', async () => {
    const { page } = app;
    const slider = page.locator(`#ws-${BUDGET}`);
    await slider.fill('2.0646');
    const output = page.locator(`.ws-slider[data-parameter="${BUDGET}"] output`);
    await expect.poll(async () => (await output.textContent())?.replace(/[^\d.]/g, '')).toMatch(/^2\.0[56]$/);
    const value = Number((await output.textContent())!.replace(/[^\d.]/g, ''));
    await expect.poll(() => page.locator('.ws-log li').count(), { timeout: 5000 }).toBeGreaterThan(0);
    const expected = projectScenario(await appDocument(page), await appScenarioId(page), { set: { [BUDGET]: value } });
    if (!expected.ok) throw new Error('projection failed');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export log (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split('\r\n');
    const row = rows.find((r) => r.includes('Programme budget a year'));
    expect(header).toContain('"Net local GVA less public cost (present value) (£m, 2019 prices)"');
    const columns = fields(header!);
    const cells = fields(row!);
    expect(
      Number(cells[columns.indexOf('Net local GVA less public cost (present value) (£m, 2019 prices)')]),
    ).toBeCloseTo(expected.value.appraisal.npv, 1);
    // The CSV carries the measures the screen shows (peak-year figures, cost per net job-year), not
    // a final-year GVA the screen never shows.
    const onScreen = await page.locator('.ws-kpi__label').allTextContents();
    for (const label of onScreen)
      expect(
        columns.some((c) => c.startsWith(label)),
        `"${label}" in ${columns.join(' | ')}`,
      ).toBe(true);
    expect(columns.some((c) => /GVA 20\d\d/.test(c))).toBe(false);
    const gva = expected.value.total.netImpact.gva;
    const peak = Math.max(...gva);
    const gvaColumn = columns.findIndex((c) => c.startsWith('Net additional GVA in the peak year'));
    expect(Number(cells[gvaColumn])).toBeCloseTo(peak, 1);
    const yearColumn = columns.findIndex((c) => c.startsWith('Year of peak net additional GVA'));
    expect(Number(cells[yearColumn])).toBe(expected.value.years[gva.indexOf(peak)]);
    expect(app.errors).toEqual([]);
  });
});
