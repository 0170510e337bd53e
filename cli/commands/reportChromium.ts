/**
 * Chromium for `causeway report`: the PDF is the app's print view printed by Chromium, and the Word
 * report's charts are PNGs Chromium draws from their SVG at twice their size. Chromium is optional:
 * Debian's package at /usr/bin/chromium (or CHROMIUM_PATH), driven by playwright-core, which is
 * loaded only here and only when installed. Without them `open()` says why in a sentence.
 */
import { access } from 'node:fs/promises';
import { constants } from 'node:fs';

export interface ReportBrowser {
  /** The PNG of an SVG at `scale` times its size. */
  rasterise(svg: string, width: number, height: number, scale: number): Promise<Uint8Array>;
  /** An HTML page printed to PDF with its own @page rules (size, margins, page numbers). */
  printPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export const CHROMIUM_PATH = () => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Playwright = typeof import('playwright-core');

export async function openReportBrowser(): Promise<{ ok: true; browser: ReportBrowser } | { ok: false; why: string }> {
  const executablePath = CHROMIUM_PATH();
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    return { ok: false, why: `Chromium is not installed at ${executablePath} (on Debian: apt-get install chromium)` };
  }
  let playwright: Playwright;
  try {
    // A variable specifier keeps bundlers from pulling the package in: it is found at run time or not at all.
    const name = 'playwright-core';
    playwright = (await import(name)) as Playwright;
  } catch {
    return {
      ok: false,
      why: 'the playwright-core package that drives Chromium is not installed (npm install playwright-core)',
    };
  }
  let launched: Awaited<ReturnType<Playwright['chromium']['launch']>>;
  try {
    launched = await playwright.chromium.launch({ executablePath, args: ARGS, headless: true });
  } catch (e) {
    return { ok: false, why: `Chromium at ${executablePath} did not start (${(e as Error).message.split('\n')[0]})` };
  }
  const browser = launched;
  // One page draws every chart in turn (a new page per chart costs a third of a second).
  let drawing: { scale: number; page: Awaited<ReturnType<typeof browser.newPage>> } | null = null;
  return {
    ok: true,
    browser: {
      async rasterise(svg, width, height, scale) {
        if (!drawing || drawing.scale !== scale) {
          await drawing?.page.close();
          drawing = { scale, page: await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale }) };
        }
        const { page } = drawing;
        await page.setViewportSize({ width, height });
        await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
        return new Uint8Array(await page.locator('svg').first().screenshot({ type: 'png' }));
      },
      async printPdf(html) {
        const page = await browser.newPage();
        try {
          await page.setContent(html);
          await page.emulateMedia({ media: 'print' });
          return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        } finally {
          await page.close();
        }
      },
      close: () => browser.close(),
    },
  };
}
