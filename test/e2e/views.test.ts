/**
 * The other views end to end: compare (the engine's comparison in the table), Monte Carlo in the
 * worker with its band and the tornado, save / reopen / restore a revision, workshop mode, and the
 * start page's new-for-area flow. Every main view is screenshotted for review.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compareScenarios, loadScenario, projectScenario, setParameterValue } from '../../models/index.ts';
import { formatGbpM } from '../../renderer/format.ts';
import {
  appDocument,
  appScenarioId,
  kpi,
  launch,
  openApp,
  openFile,
  screenshot,
  view,
  type AppPage,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});

async function saveAndRead(page: Page, click: () => Promise<void>): Promise<{ path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  // Keep the name the app suggested, as a browser's downloads folder would.
  const path = join(mkdtempSync(join(tmpdir(), 'causeway-e2e-')), download.suggestedFilename());
  await download.saveAs(path);
  return { path, text: readFileSync(path, 'utf8') };
}

describe('views', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser);
    app.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('compares the scenarios with the engine’s numbers', async () => {
    const { page } = app;
    await view(page, 'Compare');
    const doc = await appDocument(page);
    const expected = compareScenarios(doc);
    if (!expected.ok) throw new Error('compareScenarios failed');
    const rows = page.locator('[data-table="compare"] tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.value.length);
    for (const row of expected.value) {
      const cell = page
        .locator(`[data-table="compare"] tr[data-scenario="${row.id}"] td[data-column="npv"] div`)
        .first();
      expect((await cell.textContent())?.trim()).toBe(formatGbpM(row.npv));
    }
    expect(await page.locator('[data-chart="compare-gva"] .recharts-line').count()).toBe(doc.scenarios.length);
    await screenshot(page, '06-compare');
  });

  it('runs Monte Carlo in a worker and shows the band and the tornado', async () => {
    const { page } = app;
    await view(page, 'Results');
    await page.getByLabel('Number of draws').fill('400');
    await page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await page.locator('[data-table="uncertainty"]').waitFor({ timeout: 60_000 });
    await page.getByLabel('Show baseline and projection for').selectOption('total');
    await expect.poll(() => page.locator('[data-chart="gva"] .recharts-area').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-chart="net-fan"] .recharts-area').count()).toBe(2);
    // Local NPV and BCR, UK social NPV and BCR, cost per job and per job-year (the catalogue's uncertain metrics).
    expect(await page.locator('[data-table="uncertainty"] tbody tr').count()).toBe(6);
    await expect.poll(() => page.locator('[data-chart="tornado"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.locator('[data-chart="waterfall"]').scrollIntoViewIfNeeded();
    await screenshot(page, '07-results-uncertainty');
    await page.locator('[data-chart="tornado"]').scrollIntoViewIfNeeded();
    await screenshot(page, '08-tornado');
  });

  it('saves, reopens the file and restores an earlier revision', async () => {
    const { page } = app;
    const first = await saveAndRead(page, () => page.getByRole('button', { name: 'Save', exact: true }).click());
    const saved1 = loadScenario(first.text);
    expect(saved1.ok).toBe(true);
    expect(saved1.document?.meta.revision).toBe(1);
    const doc1 = saved1.document!;
    const scenarioId = await appScenarioId(page);
    const npv1 = await kpi(page, 'npv');

    // Change an assumption and save again as revision 2, with a note.
    const [paramId, param] = Object.entries(doc1.parameters).find(
      ([, p]) => p.low !== undefined && p.high !== undefined && p.high !== p.value,
    )!;
    await view(page, 'Assumptions');
    await page.getByLabel(`${param.label ?? paramId} value`).fill(String(param.high));
    await view(page, 'History');
    await page.getByLabel('Note').fill('Raised to the high case');
    const second = await saveAndRead(page, () => page.getByRole('button', { name: 'Save revision' }).click());
    const doc2 = loadScenario(second.text).document!;
    expect(doc2.meta.revision).toBe(2);
    const moved = setParameterValue(doc1, paramId, param.high!);
    if (!moved.ok) throw new Error('setParameterValue failed');

    // Reopen the saved file through the file picker.
    await openFile(page, second.path);
    await expect.poll(async () => (await appDocument(page)).meta.revision).toBe(2);
    await view(page, 'History');
    await expect.poll(() => page.locator('[data-table="revisions"] tr[data-revision]').count()).toBe(2);
    await expect.poll(() => page.locator('[data-table="revision-changes"] tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('radio', { name: 'Compare to revision 2' }).check();
    await screenshot(page, '09-history');

    // Restore revision 1: the app shows revision 1's numbers again and marks the file modified.
    await page.getByRole('button', { name: 'Restore revision 1' }).click();
    const restored = await appDocument(page);
    expect(restored.parameters[paramId]!.value).toBe(doc1.parameters[paramId]!.value);
    expect(restored.meta.revision).toBe(2);
    await page.getByLabel('Scenario shown').selectOption(scenarioId);
    await expect.poll(() => kpi(page, 'npv')).toBe(npv1);
    expect(await page.locator('.modified').count()).toBeGreaterThan(0);
    const third = await saveAndRead(page, () => page.getByRole('button', { name: 'Save', exact: true }).click());
    expect(loadScenario(third.text).document?.meta.revision).toBe(3);
  });

  it('runs a workshop: large sliders, instant numbers, keep as a new scenario, a log', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop mode' });
    await dialog.waitFor();
    const doc = await appDocument(page);
    const scenarioId = await appScenarioId(page);
    const slider = dialog.locator('input[type=range]').first();
    const id = (await slider.getAttribute('id'))!.replace(/^ws-/, '');
    const p = doc.parameters[id]!;
    const target = Number(await slider.getAttribute('max'));
    await slider.fill(String(target));
    const expected = projectScenario(doc, scenarioId, { set: { [id]: target } });
    if (!expected.ok) throw new Error('projectScenario failed');
    await expect
      .poll(async () => (await dialog.locator('[data-ws-kpi="npv"] .ws-kpi__value').textContent())?.trim())
      .toBe(formatGbpM(expected.value.appraisal.npv));
    await expect.poll(() => dialog.locator('.ws-log li').count(), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await dialog.locator('.ws-log li').first().textContent()).toContain(p.label ?? id);
    await screenshot(page, '10-workshop');
    await dialog.getByLabel('Name of the new scenario').fill('Workshop high case');
    await dialog.getByRole('button', { name: 'Keep this as a new scenario' }).click();
    const after = await appDocument(page);
    const kept = after.scenarios.find((s) => s.name === 'Workshop high case')!;
    expect(kept.overrides?.[id]).toBe(target);
    expect(await appScenarioId(page)).toBe(kept.id);
    await expect.poll(() => dialog.locator('.ws-log li').count()).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: /Leave workshop/ }).click();
    await expect.poll(() => kpi(page, 'npv')).toBe(formatGbpM(expected.value.appraisal.npv));
  });

  it('starts a new scenario file for an area from the library and a template', async () => {
    const { page } = app;
    await view(page, 'Start');
    await screenshot(page, '11-start');
    await page.getByLabel('Area', { exact: true }).selectOption('TLD3');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(async () => (await appDocument(page)).area.code).toBe('TLD3');
    const doc = await appDocument(page);
    expect(doc.logicModel.nodes.length).toBeGreaterThan(3);
    await expect.poll(() => page.locator('.react-flow__node-logic').count()).toBe(doc.logicModel.nodes.length);
    const scenarioId = await appScenarioId(page);
    const expected = projectScenario(doc, scenarioId);
    if (expected.ok) await expect.poll(() => kpi(page, 'npv')).toBe(formatGbpM(expected.value.appraisal.npv));
    await screenshot(page, '12-new-area-model');
    expect(app.errors).toEqual([]);
  });
});
