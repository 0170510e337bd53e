/**
 * Building a model from scratch (issue 11, item 5): a new file for an area with no template, then
 * an intervention, a parameter and a scenario created where they are needed, greyed-out boxes
 * explained, sector ids beside names, and a budget by year without a hand-written conditional.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectScenario } from '../../models/index.ts';
import { appDocument, appScenarioId, launch, openApp, screenshotSizes, view, type AppPage } from './browser.ts';

describe('building from scratch', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
    await view(app.page, 'Start');
    await app.page.getByLabel('Area', { exact: true }).selectOption('TLD3');
    for (const box of await app.page.locator('.card input[type=checkbox]:checked').all()) await box.uncheck();
    await app.page.getByRole('button', { name: 'Create' }).click();
    await app.page.waitForFunction(
      () =>
        (
          window as unknown as { __causeway: { store: { getState(): { doc: { area: { code: string } } } } } }
        ).__causeway.store.getState().doc.area.code === 'TLD3',
    );
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('creates an intervention from the inspector and explains why its box is greyed out', async () => {
    const { page } = app;
    await view(page, 'Logic model');
    expect((await appDocument(page)).interventions).toHaveLength(0);
    await page.getByLabel('Stage of the new box').selectOption('input');
    await page.getByRole('button', { name: '+ Add box' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Label').fill('Grant budget');
    await inspector.getByLabel('Intervention').selectOption({ label: 'New intervention…' });
    await inspector.getByPlaceholder('Name of the new intervention').fill('Skills grants');
    await inspector.getByRole('button', { name: 'Create', exact: true }).click();
    const doc = await appDocument(page);
    const intervention = doc.interventions.find((i) => i.name === 'Skills grants')!;
    expect(intervention.additionality).toEqual({
      deadweight: 0,
      leakage: 0,
      displacement: 0,
      substitution: 0,
      multiplier: 1,
    });
    const box = doc.logicModel.nodes.find((n) => n.label === 'Grant budget')!;
    expect(box.intervention).toBe(intervention.id);
    // Business as usual has it off: the inspector says so, and a scenario with it is one click away.
    const note = inspector.getByRole('note');
    await expect.poll(() => note.textContent()).toContain('“Skills grants” is off in the scenario shown');
    await expect.poll(() => page.locator(`.logic-node.is-inactive[data-node-id="${box.id}"]`).count()).toBe(1);
    await inspector.getByRole('button', { name: 'New scenario with “Skills grants”' }).click();
    const scenario = (await appDocument(page)).scenarios.find((s) => s.interventions?.includes(intervention.id))!;
    expect(await appScenarioId(page)).toBe(scenario.id);
    await expect.poll(() => page.locator(`.logic-node.is-inactive[data-node-id="${box.id}"]`).count()).toBe(0);
  });

  it('offers to create an unknown name as a parameter from the formula field', async () => {
    const { page } = app;
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Formula (each year)').fill('grant_per_year * 1');
    await inspector.getByRole('button', { name: 'Create parameter “grant_per_year”' }).click();
    await inspector.getByLabel('Value of grant_per_year').fill('2.5');
    await inspector.getByRole('button', { name: 'Create', exact: true }).click();
    const doc = await appDocument(page);
    expect(doc.parameters['grant_per_year']).toMatchObject({ value: 2.5, label: 'Grant per year' });
    await expect.poll(() => inspector.locator('.ok').textContent()).toContain('valid');
  });

  it('writes a budget by year for you', async () => {
    const { page } = app;
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Role in results').selectOption('cost');
    await inspector.getByRole('button', { name: 'Time profile…' }).click();
    const doc = await appDocument(page);
    const start = doc.horizon.startYear;
    await inspector.getByLabel(`Value in ${start}`).fill('1.5');
    await inspector.getByLabel(`Value in ${start + 2}`).fill('3');
    await inspector.getByRole('button', { name: 'Use this formula' }).click();
    const after = await appDocument(page);
    const box = after.logicModel.nodes.find((n) => n.label === 'Grant budget')!;
    expect(box.expr).not.toMatch(/\?/);
    const p = projectScenario(after, await appScenarioId(page));
    if (!p.ok) throw new Error(p.diagnostics[0]?.message);
    expect(p.value.nodes[box.id]!.slice(0, 4)).toEqual([1.5, 0, 3, 0]);
  });

  it('shows sector ids beside names and makes a new scenario from the toolbar', async () => {
    const { page } = app;
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Role in results').selectOption('gva');
    const doc = await appDocument(page);
    const sector = doc.baseline.sectors[0]!;
    const options = await inspector.getByLabel('Sector').locator('option').allTextContents();
    expect(options).toContain(`${sector.name} (${sector.id})`);
    await screenshotSizes(page, '16-from-scratch-inspector');
    const before = (await appDocument(page)).scenarios.length;
    await page.getByRole('button', { name: 'New scenario', exact: true }).click();
    const after = await appDocument(page);
    expect(after.scenarios).toHaveLength(before + 1);
    expect(after.scenarios.at(-1)!.interventions).toEqual([]);
    expect(await appScenarioId(page)).toBe(after.scenarios.at(-1)!.id);
    expect(app.errors).toEqual([]);
  });
});
