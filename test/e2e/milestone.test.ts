/**
 * Save a milestone (File > Save Milestone… in the desktop app, Ctrl+Alt+S in both builds): the name is
 * asked in the app's own dialog, because Electron does not implement window.prompt (it throws). The
 * page here throws from window.prompt exactly as Electron does, so a prompt cannot pass for a dialog.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { loadScenario } from '../../models/index.ts';
import { axeViolations, launch, openApp, screenshot, type AppPage } from './browser.ts';

let app: AppPage;
const downloads: Download[] = [];
beforeAll(async () => {
  app = await openApp(await launch());
  await app.page.evaluate(() => {
    window.prompt = () => {
      throw new Error('prompt() is and will not be supported.');
    };
  });
  app.page.on('download', (d) => downloads.push(d));
});
afterAll(async () => {
  await app.page.context().close();
});

const dialog = () => app.page.getByRole('dialog', { name: 'Save a milestone' });

describe('save a milestone', () => {
  it('asks for the name in an accessible dialog; Esc and Cancel close it without saving', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Alt+s');
    await dialog().waitFor();
    const name = dialog().getByRole('textbox', { name: 'Milestone name' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '09c-save-milestone');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Alt+s');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(downloads).toHaveLength(0);
    expect(app.errors).toEqual([]);
  });

  it('opens again when asked in the moment between Cancel and the dialog closing', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Alt+s');
    await dialog().waitFor();
    // Cancel, and ask again before the dialog's close event has been handled (the same task): the
    // old dialog's late close must not take the new one with it.
    await page.evaluate(() => {
      const cancel = [...document.querySelectorAll('dialog[open] button')].find((b) => b.textContent === 'Cancel');
      (cancel as HTMLButtonElement).click();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, altKey: true, bubbles: true }));
    });
    await dialog().waitFor();
    // Asking while it is open changes nothing: what was typed stays.
    await dialog().getByRole('textbox', { name: 'Milestone name' }).fill('Kept');
    await page.keyboard.press('Control+Alt+s');
    expect(await dialog().getByRole('textbox', { name: 'Milestone name' }).inputValue()).toBe('Kept');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(downloads).toHaveLength(0);
  });

  it('refuses an empty name with a sentence, then saves a revision named as given', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Alt+s');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog().getByRole('alert').textContent()).toBe('Give the milestone a name.');
    expect(downloads).toHaveLength(0);
    await dialog().getByRole('textbox', { name: 'Milestone name' }).fill('Board draft');
    const saved = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await (await saved).path();
    await dialog().waitFor({ state: 'detached' });
    const doc = loadScenario(readFileSync(file, 'utf8')).document!;
    const newest = doc.history!.revisions.at(-1)!;
    expect(newest).toMatchObject({ revision: doc.meta.revision, milestone: 'Board draft', note: 'Board draft' });
    expect(app.errors).toEqual([]);
  });
});
