/**
 * From a blank file to a projected number (audit of issues 11 and 14): a blank file says in one
 * sentence that it needs a sector and where to add one (not thirty "undefined (NaN)" figures), a
 * GVA or jobs box offers "New sector…" which leads there, and a box of 40 jobs in a sector, in an
 * intervention with no deadweight, leakage, displacement or substitution and a multiplier of 1,
 * gives 40 net jobs a year (40 x (1 - 0) x (1 - 0) x (1 - 0) x (1 - 0) x 1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDocument, kpi, launch, openApp, view, type AppPage } from './browser.ts';

const NO_SECTORS = 'Add a sector in Assumptions (or import a baseline) before anything can be projected';

describe('a tiny model from a blank file', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
    await view(app.page, 'Start');
    await app.page.getByRole('button', { name: 'Blank file' }).click();
    await app.page.waitForFunction(
      () =>
        (
          window as unknown as { __causeway: { store: { getState(): { doc: { baseline: { sectors: [] } } } } } }
        ).__causeway.store.getState().doc.baseline.sectors.length === 0,
    );
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('says once that a sector is needed and where to add it, with no NaN figures', async () => {
    const { page } = app;
    await view(page, 'Logic model');
    const status = page.locator('.kpis--error');
    await expect.poll(() => status.textContent()).toContain(NO_SECTORS);
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect.poll(() => problems.textContent()).toContain(NO_SECTORS);
    expect(await problems.locator('.problem--error').count()).toBe(1);
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|beyond what Causeway can compute/);
  });

  it('offers New sector… on a jobs box, which leads to Assumptions to add one', async () => {
    const { page } = app;
    await page.getByLabel('Stage of the new box').selectOption('output');
    await page.getByRole('button', { name: '+ Add box' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Label').fill('Jobs created');
    await inspector.getByLabel('Role in results').selectOption('jobs');
    await inspector.getByLabel('Sector').selectOption({ label: 'New sector… (in Assumptions)' });
    const sectorToAdd = page.getByLabel('Sector to add');
    await expect.poll(() => sectorToAdd.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByLabel('Area', { exact: true }).selectOption('TLD3');
    await sectorToAdd.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add sector' }).click();
    expect((await appDocument(page)).baseline.sectors).toHaveLength(1);
  });

  it('projects 40 net jobs from a box of 40 jobs in that sector', async () => {
    const { page } = app;
    await view(page, 'Logic model');
    const box = (await appDocument(page)).logicModel.nodes.find((n) => n.label === 'Jobs created')!;
    await page.locator(`.logic-node[data-node-id="${box.id}"]`).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const sector = (await appDocument(page)).baseline.sectors[0]!;
    await inspector.getByLabel('Sector').selectOption(sector.id);
    await inspector.getByLabel('Formula (each year)').fill('40');
    await inspector.getByLabel('Intervention').selectOption({ label: 'New intervention…' });
    await inspector.getByPlaceholder('Name of the new intervention').fill('Jobs fund');
    await inspector.getByRole('button', { name: 'Create', exact: true }).click();
    await inspector.getByRole('button', { name: 'New scenario with “Jobs fund”' }).click();
    await expect.poll(() => kpi(page, 'net-jobs')).toBe('40');
    const problems = page.getByRole('region', { name: 'Problems' });
    expect(await problems.locator('.problem--error').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
