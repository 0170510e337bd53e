/**
 * "Why this number?" from the headline net jobs (issue 14), checked on screen alone: on the West
 * Midlands mix (three interventions), the trace's value is the headline figure, its value is the
 * reference plus the change, and the shares of the change its rows show add up to the change, each
 * within the rounding of the figures shown.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { launch, openApp, openDocument, screenshotSizes, type AppPage } from './browser.ts';

/** A figure as shown ("1,234", "+12.5", "−0.3") and half a unit of its last digit. */
function shownNumber(text: string): { value: number; rounding: number } {
  const clean = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/,/g, '')
    .replace(/^\+/, '');
  const m = /^-?\d+(\.(\d+))?/.exec(clean);
  if (!m) throw new Error(`Not a number: "${text}"`);
  return { value: Number(m[0]), rounding: 0.5 * 10 ** -(m[2]?.length ?? 0) };
}

describe('the trace of the headline net jobs', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
    const doc = JSON.parse(
      readFileSync(
        new URL('../../scenarios/west-midlands-advanced-manufacturing-mix.causeway.json', import.meta.url),
        'utf8',
      ),
    );
    await openDocument(app.page, doc);
    await app.page.getByLabel('Scenario shown').selectOption('mix');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('adds up on screen to the headline figure, in the last year and at the peak', async () => {
    const { page } = app;
    const final = shownNumber((await page.locator('[data-kpi="net-jobs"] > .kpi__value').textContent())!);
    const strip = (await page.locator('[data-kpi="net-jobs"]').textContent())!;
    const [, peakText, peakYear] = /peak ([\d,.]+) in (\d{4})/.exec(strip)!;
    await page.getByRole('button', { name: /Net additional jobs.*Why this number\?/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Why this number?' });
    await dialog.waitFor();
    await addsUp(dialog, final, 3);
    await screenshotSizes(page, '33-trace-net-jobs');
    // The peak year, chosen in the panel.
    await dialog.getByRole('combobox', { name: /^Year/ }).selectOption(peakYear!);
    await addsUp(dialog, shownNumber(peakText!), 3);
    expect(app.errors).toEqual([]);
  });
});

describe('the trace of a headline whose effect has faded by the final year', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    const doc = JSON.parse(
      readFileSync(
        new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url),
        'utf8',
      ),
    );
    await openDocument(app.page, doc);
    await app.page.getByLabel('Scenario shown').selectOption('digital-modest');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('opens at the peak year, where the change is, with the final year one click away', async () => {
    const { page } = app;
    // Net jobs have faded to nothing by 2040 in this scenario; they peak earlier.
    const final = shownNumber((await page.locator('[data-kpi="net-jobs"] > .kpi__value').textContent())!);
    expect(final.value).toBe(0);
    const strip = (await page.locator('[data-kpi="net-jobs"]').textContent())!;
    const [, peakText, peakYear] = /peak ([\d,.]+) in (\d{4})/.exec(strip)!;
    await page.getByRole('button', { name: /Net additional jobs.*Why this number\?/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Why this number?' });
    await dialog.waitFor();
    const summary = dialog.locator('.trace__summary');
    expect(await summary.textContent()).toContain(` in ${peakYear}, `);
    expect(await dialog.getByRole('combobox', { name: /^Year/ }).inputValue()).toBe(peakYear);
    // One intervention: its share is the whole (non-zero) change at the peak.
    await addsUp(dialog, shownNumber(peakText!), 1);
    await screenshotSizes(page, '33b-trace-net-jobs-faded');
    // The final year, named as such, is one click away; and the peak is one click back.
    const years = dialog.getByRole('group', { name: 'Year to trace' });
    await years.getByRole('button', { name: `${peakYear} (peak)` }).waitFor();
    await years.getByRole('button', { name: /\(final year\)$/ }).click();
    const end = String(
      JSON.parse(
        readFileSync(
          new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url),
          'utf8',
        ),
      ).horizon.endYear,
    );
    await expect.poll(() => summary.textContent()).toContain(` in ${end}, `);
    await years.getByRole('button', { name: `${peakYear} (peak)` }).click();
    await expect.poll(() => summary.textContent()).toContain(` in ${peakYear}, `);
    expect(app.errors).toEqual([]);
  });
});

/** The trace shows `headline`, its reference plus its change, and `rows` shares adding up to the change. */
async function addsUp(dialog: Locator, headline: { value: number; rounding: number }, rows: number): Promise<void> {
  expect(headline.value).toBeGreaterThan(0);
  const summary = dialog.locator('.trace__summary');
  const value = shownNumber((await summary.locator('[data-trace-value]').textContent())!);
  // The headline and the trace show the same number (each rounded its own way).
  expect(Math.abs(value.value - headline.value)).toBeLessThanOrEqual(value.rounding + headline.rounding);
  // "… against R in Business as usual, a change of C."
  const text = (await summary.textContent())!;
  const against = shownNumber(/against (\S+)/.exec(text)![1]!);
  const change = shownNumber((await summary.locator('strong').nth(2).textContent())!);
  expect(Math.abs(against.value + change.value - value.value)).toBeLessThanOrEqual(
    against.rounding + change.rounding + value.rounding,
  );
  // One row per intervention; their shares add up to the change.
  const shares = await dialog.locator('.trace__table > tbody > tr.trace__row .trace__share').allTextContents();
  expect(shares).toHaveLength(rows);
  const parts = shares.map(shownNumber);
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const slack = parts.reduce((s, p) => s + p.rounding, change.rounding);
  expect(Math.abs(sum - change.value)).toBeLessThanOrEqual(slack);
}
