/**
 * Accessibility (issue 11, item 8): an axe-core audit (WCAG 2.0 and 2.1, A and AA) of every view
 * at 1024x768 and 1440x900,
 * the inspector with a box and with a link selected, workshop mode and the shortcut list, with no
 * serious or critical violations; the keyboard shortcuts are listed from Help and with "?". Every
 * view is also recorded at 1024x768 and 1440x900 for people to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openApp, screenshotSizes, view, type AppPage } from './browser.ts';

const VIEWS = ['Start', 'Logic model', 'Assumptions', 'Results', 'Compare', 'History', 'Method note'];

describe('accessibility', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('has no serious or critical axe violations in any view, and one level-one heading', async () => {
    const { page } = app;
    const found: Record<string, unknown> = {};
    // At a small laptop's size too: a table that scrolls sideways there must be reachable by keyboard.
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const name of VIEWS) {
      await view(page, name);
      await page.locator('main').waitFor();
      if (name === 'Results') await page.locator('[data-chart="gva"] .recharts-line').first().waitFor();
      const violations = await axeViolations(page);
      if (violations.length) found[`${name} at 1024x768`] = violations;
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const name of VIEWS) {
      await view(page, name);
      await page.locator('main').waitFor();
      if (name === 'Results') await page.locator('[data-chart="gva"] .recharts-line').first().waitFor();
      const violations = await axeViolations(page);
      if (violations.length) found[name] = violations;
      if ((await page.locator('h1').count()) === 0) found[`${name}: level-one heading`] = 'none';
      await screenshotSizes(page, `20-view-${name.toLowerCase().replace(/ /g, '-')}`);
    }
    // The inspector with a box selected, then an arrow.
    await view(page, 'Logic model');
    await page.locator('.react-flow__node-logic').first().click();
    let violations = await axeViolations(page);
    if (violations.length) found['Inspector (box)'] = violations;
    await screenshotSizes(page, '21-inspector-box');
    await page.locator('.react-flow__edge').first().click({ force: true });
    violations = await axeViolations(page);
    if (violations.length) found['Inspector (link)'] = violations;
    // Workshop mode.
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await page.getByRole('dialog', { name: 'Workshop mode' }).waitFor();
    violations = await axeViolations(page);
    if (violations.length) found['Workshop'] = violations;
    await screenshotSizes(page, '22-workshop');
    await page.keyboard.press('Escape');
    expect(found).toEqual({});
  });

  it('lists the keyboard shortcuts from Help and with "?"', async () => {
    const { page } = app;
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    for (const key of ['Ctrl+S', 'Ctrl+O', 'Ctrl+Z', 'Ctrl+F', 'Esc', '?']) expect(text).toContain(key);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotSizes(page, '23-shortcuts');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(app.errors).toEqual([]);
  });
});
