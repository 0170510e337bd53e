/**
 * Shared helpers for the end-to-end tests: Debian's Chromium through playwright-core with the flags
 * that keep it quiet offline, a page on the built app, screenshots, and reading the app's document.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { ScenarioDocument } from '../../models/index.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--headless',
];
export const SCREENSHOTS = 'test-artifacts/screenshots';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export interface AppPage {
  page: Page;
  errors: string[];
}

/** Opens the app with File System Access off (downloads instead), so no native dialog can block. */
export async function openApp(browser: Browser, options: { width?: number; height?: number } = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}?fs=download`);
  await page.getByRole('status', { name: /Headline results/ }).waitFor();
  return { page, errors };
}

/**
 * Screenshots are records for people, not checks. Rather than sleep for transitions to end, finite
 * CSS animations and transitions are fast-forwarded to their end state and infinite ones cancelled
 * (Playwright's `animations: 'disabled'`); Playwright waits for web fonts itself.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, animations: 'disabled', caret: 'hide' });
}

/** The document the app holds right now (the store is exposed for tests and the benchmark). */
export async function appDocument(page: Page): Promise<ScenarioDocument> {
  return page.evaluate(
    () =>
      (window as unknown as { __causeway: { store: { getState(): { doc: unknown } } } }).__causeway.store.getState()
        .doc,
  ) as Promise<ScenarioDocument>;
}

export async function appScenarioId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (
        window as unknown as { __causeway: { store: { getState(): { scenarioId: string } } } }
      ).__causeway.store.getState().scenarioId,
  );
}

export async function kpi(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-kpi="${id}"] .kpi__value`).textContent())?.trim() ?? '';
}

export async function view(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
}
