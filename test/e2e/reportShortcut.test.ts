/**
 * File > Export Report… (issue 12): the desktop menu sends `file.export-report`, and Ctrl+Shift+E
 * sends the same command in both builds; it opens the report panel with the focus in it, and the
 * keyboard shortcut list names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, view, type AppPage } from './browser.ts';

let app: AppPage;
beforeAll(async () => {
  app = await openApp(await launch());
});
afterAll(async () => {
  await app.page.context().close();
});

describe('the Export Report shortcut', () => {
  it('opens the report panel from any view, with the focus on its format choice', async () => {
    const { page } = app;
    const panel = page.getByRole('dialog', { name: 'Export a report' });
    expect(await panel.count()).toBe(0);
    await view(page, 'History');
    await page.keyboard.press('Control+Shift+E');
    await panel.waitFor();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? ''))
      .toBe('report-format');
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });
    // Again, from a text field: the shortcut works anywhere.
    await page.getByRole('textbox', { name: 'Note' }).focus();
    await page.keyboard.press('Control+Shift+E');
    await panel.waitFor();
    expect(app.errors).toEqual([]);
  });

  it('from workshop mode, leaves it and opens the panel in the toolbar', async () => {
    const { page } = app;
    const panel = page.getByRole('dialog', { name: 'Export a report' });
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await page.getByRole('navigation', { name: 'Views' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+E');
    await panel.waitFor();
    expect(app.errors).toEqual([]);
  });

  it('is in the keyboard shortcut list', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const row = list.locator('tr', { hasText: 'Export a report' });
    expect(await row.locator('kbd').allTextContents()).toEqual(['Ctrl+Shift+E']);
  });
});
