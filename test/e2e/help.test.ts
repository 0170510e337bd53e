/**
 * Help and the baseline end to end: the method note is the README's own section, About states the
 * data vintage, and a sector added from the library carries its ONS figures into the projection.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CURRENT_SCHEMA_VERSION, LIBRARY_VINTAGE, projectScenario, sectorBaselines } from '../../models/index.ts';
import { appDocument, appScenarioId, launch, openApp, screenshot, view, type AppPage } from './browser.ts';

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser);
});
afterAll(async () => {
  await app.page.context().close();
});

describe('help', () => {
  it('shows the method note from the README, and About with the data vintage', async () => {
    const { page } = app;
    await view(page, 'Method note');
    const note = page.getByRole('region', { name: 'Method note' });
    // A sentence straight from the README's method note.
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('total productivity is total GVA over total jobs');
    await expect.poll(() => note.textContent()).toContain('total productivity is total GVA over total jobs');
    await expect.poll(() => note.locator('strong').first().textContent()).toBe('Units.');
    const about = page.getByRole('region', { name: 'About Causeway' });
    expect(await about.textContent()).toContain(LIBRARY_VINTAGE.label);
    expect(await about.textContent()).toContain(`schemaVersion ${CURRENT_SCHEMA_VERSION}`);
    await screenshot(page, '13-method-note');
  });
});

describe('baseline sectors', () => {
  it('adds a sector from the library for the file’s area, with its figures in the projection', async () => {
    const { page } = app;
    await view(page, 'Assumptions');
    const before = await appDocument(page);
    expect(before.baseline.sectors.some((s) => s.id === 'ck')).toBe(false);
    await page.getByLabel('Sector to add').selectOption('ck');
    await page.getByRole('button', { name: 'Add sector' }).click();
    const after = await appDocument(page);
    const expected = sectorBaselines(after.area.code, ['ck'], { steadyVolatileGrowth: true });
    if (!expected.ok) throw new Error('library lookup failed');
    const added = after.baseline.sectors.find((s) => s.id === 'ck');
    expect(added).toEqual(expected.value[0]);
    await expect.poll(() => page.getByLabel(`GVA of ${added!.name}`).inputValue()).toBe(String(added!.gva));
    // The baseline total now includes the sector's own projection.
    const projection = projectScenario(after, await appScenarioId(page));
    if (!projection.ok) throw new Error('projection failed');
    expect(projection.value.sectors['ck']!.baseline.gva[0]).toBeCloseTo(
      added!.gva * Math.pow(1 + added!.gvaGrowth, after.horizon.startYear - added!.dataYear),
      6,
    );
    // A sector that boxes use cannot be removed; the new one can.
    expect(
      await page.getByRole('button', { name: `Remove sector ${after.baseline.sectors[0]!.name}` }).isDisabled(),
    ).toBe(true);
    await page.getByRole('button', { name: `Remove sector ${added!.name}` }).click();
    expect((await appDocument(page)).baseline.sectors.some((s) => s.id === 'ck')).toBe(false);
  });
});
