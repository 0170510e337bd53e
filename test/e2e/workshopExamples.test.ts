/**
 * Workshop mode opens on every example (audit of issue 11): the default sliders come from the
 * sensitivity ranking, which also ranks appraisal inputs such as additionality; only parameters
 * become sliders, and the workshop shows its sliders and results rather than a blank page. Sliders
 * whose parameters share a label ("Programme budget a year" in each intervention of a mix) name the
 * intervention.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDocument, launch, openApp, openDocument, type AppPage } from './browser.ts';

const EXAMPLES = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.causeway.json'));

describe('workshop mode on each example', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch(), { width: 1280, height: 720 });
    app.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it.each(EXAMPLES)('opens with sliders for parameters and its results on %s', async (file) => {
    const { page } = app;
    const doc = JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
    await openDocument(page, doc, file);
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop mode' });
    await dialog.waitFor();
    const ids = await dialog
      .locator('.ws-slider')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-parameter')));
    expect(ids.length).toBeGreaterThan(0);
    const parameters = (await appDocument(page)).parameters;
    for (const id of ids) expect(parameters[id!], `slider ${id}`).toBeDefined();
    await expect.poll(() => dialog.locator('.ws-kpi').count()).toBeGreaterThan(0);
    // Each slider has a name of its own: a mix's budgets say whose budget they are.
    const labels = await dialog.locator('.ws-slider__head label').allTextContents();
    expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
    expect(app.errors).toEqual([]);
    if (file.startsWith('west-midlands')) {
      const budgets = labels.filter((l) => l.startsWith('Programme budget a year'));
      const names = (await appDocument(page)).interventions.map((i) => i.name);
      expect(budgets.length).toBeGreaterThan(1);
      for (const b of budgets)
        expect(
          names.some((n) => b === `Programme budget a year (${n})`),
          b,
        ).toBe(true);
    }
    await dialog.getByRole('button', { name: /Leave workshop/ }).click();
    await page.getByRole('dialog', { name: 'Workshop mode' }).waitFor({ state: 'detached' });
  });
});
