/**
 * Issue 14 end to end: the trace opens from the headline net jobs with the numbers models/explain
 * gives and expands a level; the "Logic & monitoring" view lists the example's checks (none open),
 * its indicators register and charts, and a note dismissed with a reason is kept in the document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { explain, formatTraceValue, logframeTable } from '../../models/index.ts';
import { appDocument, appScenarioId, launch, openApp, screenshot, view, type AppPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('why this number, logic checks and indicators', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser);
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('opens the trace from the headline net jobs and expands it', async () => {
    const { page } = app;
    // Boxes with indicators say how many on the card.
    const badges = page.locator('.logic-node__indicators');
    await expect.poll(() => badges.count()).toBeGreaterThan(0);
    expect(await badges.first().textContent()).toMatch(/^\d+ indicators?$/);
    await page.getByRole('button', { name: /Net additional jobs.*Why this number\?/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Why this number?' });
    // It opens at the peak year when the final-year figure is zero (the example's effect has faded).
    const year = Number(await dialog.getByRole('combobox', { name: /^Year/ }).inputValue());
    const expected = explain(await appDocument(page), await appScenarioId(page), { total: 'jobs' }, { year });
    if (!expected.ok) throw new Error('explain failed');
    expect(await dialog.locator('[data-trace-value]').textContent()).toBe(
      `${formatTraceValue(expected.value.value)} jobs`,
    );
    const first = expected.value.inputs[0]!;
    await dialog.locator(`[data-trace-entry="intervention:${first.id}"] button`).click();
    await dialog.locator(`[data-trace-entry="gross:${first.id}"]`).waitFor();
    await screenshot(page, '20-trace');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('opens the trace of a year from a point of the net impact chart', async () => {
    const { page } = app;
    await view(page, 'Results');
    const chart = page.locator('[data-chart="net-fan"] .recharts-wrapper');
    await chart.waitFor();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
    await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.5);
    const dialog = page.getByRole('dialog', { name: 'Why this number?' });
    await dialog.waitFor();
    const year = Number(await dialog.getByLabel('Year').inputValue());
    const doc = await appDocument(page);
    expect(year).toBeGreaterThan(doc.horizon.startYear);
    expect(year).toBeLessThan(doc.horizon.endYear);
    const expected = explain(doc, await appScenarioId(page), { total: 'gva' }, { year });
    if (!expected.ok) throw new Error('explain failed');
    expect(await dialog.locator('[data-trace-value]').textContent()).toBe(
      `${formatTraceValue(expected.value.value)} £m`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows the checklist, the register and its charts, and dismisses a note with a reason', async () => {
    const { page } = app;
    await view(page, 'Logic & monitoring');
    const checks = page.getByRole('region', { name: 'Logic checks' });
    await checks.getByRole('heading', { name: 'Nothing to look at' }).waitFor();
    const doc = await appDocument(page);
    const rows = logframeTable(doc).rows.length;
    expect(await page.locator('.logframe__table tbody tr').count()).toBe(rows);
    expect(await page.locator('[data-indicator-chart]').count()).toBeGreaterThan(0);
    const dismissedBefore = doc.logicModel.checks?.dismissed.length ?? 0;
    await page.getByLabel('The need the intervention answers').fill('');
    await checks.getByRole('heading', { name: '1 to look at' }).waitFor();
    const note = checks.locator('[data-check="context.need"]');
    await note.getByRole('button', { name: 'Dismiss…' }).click();
    await note.getByLabel('Why does this not apply?').fill('Stated in the business case.');
    await note.getByRole('button', { name: 'Dismiss with this reason' }).click();
    await checks.getByText(`${dismissedBefore + 1} dismissed with reasons`).waitFor();
    await checks.getByRole('heading', { name: 'Nothing to look at' }).waitFor();
    const after = await appDocument(page);
    expect(after.logicModel.checks?.dismissed).toContainEqual({
      check: 'context.need',
      subject: '',
      reason: 'Stated in the business case.',
    });
    await screenshot(page, '21-logic-and-monitoring');
    expect(app.errors).toEqual([]);
  });
});
