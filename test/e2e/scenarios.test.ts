/**
 * Scenario inheritance in the app (issue 14): the Greater Manchester example's scenarios as a tree;
 * every value labelled "set here", "inherited from X" or "file value" in words, with "Reset to
 * inherited"; the search order of the scenario shown; a scenario based on another, a package, a cycle
 * refused with the sentence naming the scenarios; and workshop mode keeping a what-if from an
 * inheriting scenario without losing what it inherits. The headline NPV is the engine's for the
 * document as edited, computed here independently of the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectScenario, type ScenarioDocument } from '../../models/index.ts';
import { formatGbpM } from '../../renderer/format.ts';
import {
  appDocument,
  appScenarioId,
  axeViolations,
  kpi,
  launch,
  openApp,
  screenshotSizes,
  view,
  type AppPage,
} from './browser.ts';

const MODEST = 'Digital adoption: £2m a year';
const SCALED = 'Digital adoption: scaled up to £5m a year';
const CAUTIOUS = 'Digital adoption: £2m a year, cautious';
const UPLIFT = 'Productivity uplift of an adopting firm';

const scenario = (doc: ScenarioDocument, id: string) => doc.scenarios.find((s) => s.id === id)!;
const tree = (page: Page) => page.getByRole('group', { name: /^Scenario tree/ });
const show = (page: Page, name: string) =>
  tree(page)
    .getByRole('button', { name: new RegExp(`^${name}( \\(shown\\))? `) })
    .click();
const row = (page: Page, parameter: string) => page.locator(`[data-parameter-row="${parameter}"]`);
const source = (page: Page, parameter: string) => row(page, parameter).locator('.source-label').textContent();

async function expectNpvOf(page: Page): Promise<void> {
  const doc = await appDocument(page);
  const projected = projectScenario(doc, await appScenarioId(page));
  if (!projected.ok) throw new Error(projected.diagnostics[0]!.message);
  await expect.poll(() => kpi(page, 'npv')).toBe(formatGbpM(projected.value.appraisal.npv));
}

describe('scenario inheritance in the app', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
    await view(app.page, 'Assumptions');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('shows the scenarios as a tree and labels each value with where it comes from', async () => {
    const { page } = app;
    // "Scaled up" and "cautious" are based on "modest": nested under it.
    expect(
      await page.locator('[data-scenario-node="digital-modest"] [data-scenario-node="digital-scaled"]').count(),
    ).toBe(1);
    expect(
      await page.locator('[data-scenario-node="digital-modest"] [data-scenario-node="digital-cautious"]').count(),
    ).toBe(1);
    expect(await page.locator('[data-scenario-node="bau"] [data-scenario-node]').count()).toBe(0);

    // Give "modest" a value of its own ...
    await show(page, MODEST);
    expect(await source(page, 'dig_uplift')).toBe('file value');
    await page.getByRole('button', { name: `Set here: ${UPLIFT} in ${MODEST}` }).click();
    await page.getByLabel(`${UPLIFT} in ${MODEST}`, { exact: true }).fill('0.07');
    await expect
      .poll(async () => scenario(await appDocument(page), 'digital-modest').overrides?.['dig_uplift'])
      .toBe(0.07);
    expect(await source(page, 'dig_uplift')).toBe('set here');

    // ... which "scaled up" inherits, says so, and uses.
    await show(page, SCALED);
    expect(await appScenarioId(page)).toBe('digital-scaled');
    expect(await source(page, 'dig_uplift')).toBe(`inherited from ${MODEST}`);
    expect(await row(page, 'dig_uplift').locator('.scenario-value__inherited').textContent()).toBe('0.07');
    expect(await source(page, 'dig_annual_budget')).toBe('set here');
    expect(await page.locator('.scenario-interventions legend .source-label').textContent()).toBe(
      `inherited from ${MODEST}`,
    );
    expect(await page.getByRole('list', { name: 'Search order' }).getByRole('listitem').allTextContents()).toEqual([
      `${SCALED} (this scenario)`,
      MODEST,
      'The file (parameters, interventions’ own factors; no interventions on)',
    ]);
    await expectNpvOf(page);

    // Set it here, then reset it to the inherited value.
    await page.getByRole('button', { name: `Set here: ${UPLIFT} in ${SCALED}` }).click();
    await page.getByLabel(`${UPLIFT} in ${SCALED}`, { exact: true }).fill('0.08');
    await expect
      .poll(async () => scenario(await appDocument(page), 'digital-scaled').overrides?.['dig_uplift'])
      .toBe(0.08);
    expect(await source(page, 'dig_uplift')).toBe('set here');
    await expectNpvOf(page);
    await page.getByRole('button', { name: `Reset to inherited: ${UPLIFT} in ${SCALED}` }).click();
    expect(scenario(await appDocument(page), 'digital-scaled').overrides?.['dig_uplift']).toBeUndefined();
    expect(await source(page, 'dig_uplift')).toBe(`inherited from ${MODEST}`);
    expect(await row(page, 'dig_uplift').locator('.scenario-value__inherited').textContent()).toBe('0.07');

    // Its own local displacement (an additionality factor), reset to the intervention's.
    const displacement = page.locator('[data-factor="digital-adoption.displacement"] .ranges__source');
    expect(await displacement.locator('.source-label').textContent()).toBe('set here');
    await displacement.getByRole('button', { name: /^Reset to inherited: Displacement/ }).click();
    expect(scenario(await appDocument(page), 'digital-scaled').additionality).toBeUndefined();
    expect(await displacement.locator('.source-label').textContent()).toBe('file value');
    await expectNpvOf(page);
    expect(app.errors).toEqual([]);
  });

  it('makes a scenario based on another, adds a package and refuses a cycle naming the scenarios', async () => {
    const { page } = app;
    await page.getByLabel(`Name of a new scenario based on ${SCALED}`).fill('Stretch');
    await page.getByRole('button', { name: 'New scenario based on this' }).click();
    const doc = await appDocument(page);
    expect(scenario(doc, 'stretch')).toEqual({ id: 'stretch', name: 'Stretch', basedOn: 'digital-scaled' });
    expect(await appScenarioId(page)).toBe('stretch');
    expect(await page.locator('[data-scenario-node="digital-scaled"] [data-scenario-node="stretch"]').count()).toBe(1);
    expect(await page.locator('.scenario-interventions legend .source-label').textContent()).toBe(
      `inherited from ${MODEST}`,
    );

    // A package comes before the basedOn chain in the search order.
    await page.getByLabel('Package to add').selectOption('digital-cautious');
    await page.getByRole('button', { name: 'Add package' }).click();
    expect(scenario(await appDocument(page), 'stretch').alsoInheritsFrom).toEqual(['digital-cautious']);
    expect(await page.locator('[data-scenario-node="stretch"] .scenario-tree__packages').first().textContent()).toBe(
      `also inherits from “${CAUTIOUS}”`,
    );
    expect(await page.getByRole('list', { name: 'Search order' }).getByRole('listitem').allTextContents()).toEqual([
      'Stretch (this scenario)',
      CAUTIOUS,
      SCALED,
      MODEST,
      'The file (parameters, interventions’ own factors; no interventions on)',
    ]);
    expect(await source(page, 'dig_uplift')).toBe(`inherited from ${CAUTIOUS}`);
    await expectNpvOf(page);
    await screenshotSizes(page, '31-scenario-tree');
    expect(await axeViolations(page)).toEqual([]);

    // "Modest" based on "Stretch" would be a circle: refused, with the sentence naming them.
    await show(page, MODEST);
    await page.getByLabel('Based on', { exact: true }).selectOption('stretch');
    const alert = page.locator('.scenario-parents [role="alert"]');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/inherit from each other in a circle \(.*"digital-modest".*\)/);
    expect(await alert.textContent()).toContain('"stretch"');
    expect(scenario(await appDocument(page), 'digital-modest').basedOn).toBeUndefined();
    expect(await page.getByLabel('Based on', { exact: true }).inputValue()).toBe('');
    expect(app.errors).toEqual([]);
  });

  it('keeps a workshop what-if from an inheriting scenario as a scenario based on it', async () => {
    const { page } = app;
    await show(page, SCALED);
    const before = await appDocument(page);
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop mode' });
    await dialog.waitFor();
    const slider = dialog.locator('input[type=range]').first();
    const id = (await slider.getAttribute('id'))!.replace(/^ws-/, '');
    const value = Number(await slider.getAttribute('min'));
    await slider.fill(String(value));
    await dialog.getByLabel('Name of the new scenario').fill('Scaled, smaller');
    await dialog.getByRole('button', { name: 'Keep this as a new scenario' }).click();
    const after = await appDocument(page);
    const kept = after.scenarios.find((s) => s.name === 'Scaled, smaller')!;
    // Based on the scenario shown, with the what-if as its own value (an inherited range kept).
    expect(kept.basedOn).toBe('digital-scaled');
    expect(kept.interventions).toBeUndefined();
    const inherited = before.scenarios.find((s) => s.id === 'digital-scaled')!.overrides?.[id];
    expect(kept.overrides?.[id]).toEqual(typeof inherited === 'object' ? { ...inherited, value } : value);
    // It gives what the what-if gave on the scaled-up scenario, inherited additionality and all.
    const expected = projectScenario(before, 'digital-scaled', { set: { [id]: value } });
    if (!expected.ok) throw new Error('projectScenario failed');
    await dialog.getByRole('button', { name: /Leave workshop/ }).click();
    expect(await appScenarioId(page)).toBe(kept.id);
    await expect.poll(() => kpi(page, 'npv')).toBe(formatGbpM(expected.value.appraisal.npv));
    expect(app.errors).toEqual([]);
  });
});
