/**
 * Large models (issue 11, item 4) on the 2,000-box bench fixture: "Fit to window" and "Tidy layout"
 * give an overview that is not a sliver, the minimap shows the boxes, and the canvas can collapse
 * and filter by intervention and stage; every arrow is drawn at overview zoom. (Speed is measured by `npm run bench:browser`, not here.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, openFile, screenshotSizes, type AppPage } from './browser.ts';

const FIXTURE = 'bench/fixtures/s2000.causeway.json';

/** The boxes' extent on screen against the canvas pane's size. */
async function spread(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const el of document.querySelectorAll('.react-flow__node-logic')) {
      const r = el.getBoundingClientRect();
      [left, top, right, bottom] = [
        Math.min(left, r.left),
        Math.min(top, r.top),
        Math.max(right, r.right),
        Math.max(bottom, r.bottom),
      ];
    }
    return { width: (right - left) / pane.width, height: (bottom - top) / pane.height };
  });
}

const fitted = (page: Page) =>
  page.waitForFunction(() => {
    const t = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
    return t !== 'none' && new DOMMatrix(t).a < 0.2;
  });

describe('a 2,000-box model', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    await openFile(app.page, FIXTURE);
    await app.page.locator('.react-flow__node-logic').first().waitFor();
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('tidies and fits into an overview that fills the canvas, with a minimap of every box', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Tidy layout' }).click();
    await page.getByRole('button', { name: 'Fit to window' }).click();
    await fitted(page);
    await expect.poll(() => page.locator('.react-flow__node-logic').count(), { timeout: 20_000 }).toBe(2000);
    const { width, height } = await spread(page);
    // Not a sliver: the boxes span most of the canvas both ways.
    expect(width).toBeGreaterThan(0.6);
    expect(height).toBeGreaterThan(0.4);
    expect(await page.locator('.react-flow__minimap-node').count()).toBeGreaterThanOrEqual(2000);
    // Every arrow is drawn at overview zoom too, where the boxes are compact (labels only).
    const links = await page.evaluate(
      () =>
        (
          window as unknown as {
            __causeway: { store: { getState(): { doc: { logicModel: { links: unknown[] } } } } };
          }
        ).__causeway.store.getState().doc.logicModel.links.length,
    );
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(links);
    await screenshotSizes(page, '14-large-model-fitted');
  });

  it('collapses an intervention into one box per stage, with its links counted', async () => {
    const { page } = app;
    await page.getByText(/Group and filter/).click();
    await page.getByLabel('Collapse Intervention 1').check();
    await expect.poll(() => page.locator('[data-group^="iv1:"]').count()).toBe(5);
    expect(await page.locator('.react-flow__node-logic [data-node-id^="iv1_"]').count()).toBe(0);
    expect(await page.locator('[data-group="iv1:activity"]').textContent()).toMatch(/89 activities/);
    await page.getByLabel('Collapse Activities').check();
    await expect.poll(() => page.locator('[data-group$=":activity"]').count()).toBe(5);
    await screenshotSizes(page, '15-large-model-collapsed');
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => page.locator('[data-group]').count()).toBe(0);
  });

  it('filters by intervention and stage', async () => {
    const { page } = app;
    await page.getByLabel('Show Intervention 3').uncheck();
    await page.getByLabel('Show Impacts').uncheck();
    await expect.poll(() => page.locator('[data-node-id^="iv3_"]').count()).toBe(0);
    expect(await page.locator('.react-flow__node-logic').count()).toBeGreaterThan(0);
    const stages = await page.locator('.logic-node__stage > span:first-child').allTextContents();
    expect(stages.map((s) => s.trim().toLowerCase())).not.toContain('impact');
    await page.getByRole('button', { name: 'Show everything' }).click();
    expect(app.errors).toEqual([]);
  });
});
