/**
 * Issue 10 end to end, in the built browser app on the first example (Greater Manchester): the
 * appraisal panel shows the local return and UK social value side by side with the engine's numbers,
 * the switching values list additionality and optimism bias, and changing the price base year converts
 * after a confirmation that says by how much.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatRatio, priceRatio, projectScenario } from '../../models/index.ts';
import { appDocument, appScenarioId, launch, openApp, screenshot, view, type AppPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});

describe('the two measures and prices in the app', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser);
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('shows the local return and the UK social BCR side by side, and the switching values', async () => {
    const { page } = app;
    await view(page, 'Results');
    const doc = await appDocument(page);
    const expected = projectScenario(doc, await appScenarioId(page));
    if (!expected.ok) throw new Error('the example does not project');
    const cell = (measure: string, id: string) =>
      page.locator(`[data-measure="${measure}"] [data-appraisal="${id}"] td`).textContent();
    expect((await cell('local', 'bcr'))?.trim()).toBe(formatRatio(expected.value.appraisal.bcr));
    expect((await cell('social', 'social-bcr'))?.trim()).toBe(formatRatio(expected.value.appraisal.social.bcr));
    expect(await page.locator('[data-measure="local"] h4').textContent()).toBe('Local economic return');
    expect(await page.locator('[data-measure="social"] h4').textContent()).toBe('UK social value (Green Book)');
    await page.locator('[data-panel="switching-values"]').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-switching="appraisal.optimismBias"]').count()).toBe(1);
    expect(await page.locator('[data-switching^="additionality."]').count()).toBeGreaterThan(0);
    await page.locator('[data-panel="appraisal"]').scrollIntoViewIfNeeded();
    await screenshot(page, '10-appraisal-two-measures');
  });

  it('converts the file to another price year after saying by how much', async () => {
    const { page } = app;
    await view(page, 'Assumptions');
    const before = await appDocument(page);
    await page.getByLabel('Price base year').fill('2024');
    const dialog = page.getByRole('alertdialog');
    const factor = priceRatio(before.prices.baseYear, 2024)!;
    await expect.poll(() => dialog.textContent()).toContain(`multiplied by ${factor.toFixed(4)}`);
    await dialog.scrollIntoViewIfNeeded();
    await screenshot(page, '11-price-year-confirmation');
    await page.getByRole('button', { name: 'Convert to 2024 prices' }).click();
    const after = await appDocument(page);
    expect(after.prices.baseYear).toBe(2024);
    expect(after.baseline.sectors[0]!.gva).toBeCloseTo(before.baseline.sectors[0]!.gva * factor, 6);
    await page.locator('[data-panel="additionality-ranges"]').scrollIntoViewIfNeeded();
    await screenshot(page, '12-uncertain-additionality');
  });
});
