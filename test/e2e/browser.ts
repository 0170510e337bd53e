/**
 * Shared helpers for the end-to-end tests: Debian's Chromium through playwright-core with the flags
 * that keep it quiet offline, a page on the built app, screenshots, and reading the app's document.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

let shared: Promise<Browser> | undefined;

/**
 * One Chromium for the whole e2e project: its files run one after another in one worker that keeps
 * its modules (vitest.config.ts), so they share this browser and each opens its own context.
 * Playwright closes the browser when the worker exits.
 */
export async function launch(): Promise<Browser> {
  // A file that closed the browser anyway does not take it from the files after it.
  if (shared && !(await shared).isConnected()) shared = undefined;
  shared ??= chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return shared;
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

/** The two sizes every view is recorded at: a small laptop or projector, and a desktop. */
export const SCREEN_SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;

/** Screenshots of the page at each of SCREEN_SIZES, named `<name>-<width>x<height>`. */
export async function screenshotSizes(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${size.width}x${size.height}`);
  }
  if (original) await page.setViewportSize(original);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs the axe-core audit (WCAG 2.0/2.1 A and AA rules) on the page as it stands and returns the
 * serious and critical violations. The page's CSP forbids inline scripts, so axe is evaluated
 * through the debugger protocol rather than injected as a script tag.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

/**
 * Text cut off inside `root`: every element with its own text whose content is wider than its box
 * (scrollWidth > clientWidth) and that does not scroll on purpose, plus whether the page itself
 * scrolls sideways. Returns short descriptions for a readable failure.
 */
export async function clippedText(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth)
      out.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    const scope = document.querySelector(selector);
    if (!scope) return [`no element matches ${selector}`];
    for (const el of scope.querySelectorAll<HTMLElement>('*')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      // Visually hidden text for screen readers (1 px, clipped) is not meant to be seen.
      if (!ownText || el.clientWidth <= 1) continue;
      const style = getComputedStyle(el);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(
          `"${el.textContent!.trim().slice(0, 40)}" (${el.tagName.toLowerCase()}.${el.className}): ${el.scrollWidth} > ${el.clientWidth}`,
        );
    }
    return out;
  }, root);
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
  return (await page.locator(`[data-kpi="${id}"] > .kpi__value`).textContent())?.trim() ?? '';
}

export async function view(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
}

/** Clicks something that saves (the browser downloads the file) and returns the saved text. */
export async function savedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'causeway-e2e-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** Chooses a file through Open… (a path on disk, or a file's name and bytes); the caller waits for what it needs. */
export async function openFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
}

/** Opens a file on disk through Open… and waits until the app holds its revision. */
export async function openRevision(page: Page, path: string, revision: number): Promise<void> {
  await openFile(page, path);
  await page.waitForFunction(
    (r) =>
      (
        window as unknown as { __causeway: { store: { getState(): { doc: { meta: { revision?: number } } } } } }
      ).__causeway.store.getState().doc.meta.revision === r,
    revision,
  );
}

/** Opens a document through Open… (a file chooser given the document's text). */
export async function openDocument(page: Page, doc: unknown, name = 'test.causeway.json'): Promise<void> {
  await openFile(page, { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc, null, 2)) });
  await page.waitForFunction(
    (title) =>
      (
        window as unknown as { __causeway: { store: { getState(): { doc: { meta: { title: string } } } } } }
      ).__causeway.store.getState().doc.meta.title === title,
    (doc as { meta: { title: string } }).meta.title,
  );
}
