/**
 * Chromium for `causeway report`: the PDF is the app's print view printed by Chromium, and the Word
 * report's charts are PNGs Chromium draws from their SVG at twice their size. Chromium is optional:
 * CHROMIUM_PATH, else Chromium or Google Chrome where the platform usually installs it (findChromium),
 * driven by playwright-core, which is loaded only here and only when installed. Without them
 * `open()` says why in a sentence.
 */
import { access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { win32 } from 'node:path';

export interface ReportBrowser {
  /** The PNG of an SVG at `scale` times its size. */
  rasterise(svg: string, width: number, height: number, scale: number): Promise<Uint8Array>;
  /** An HTML page printed to PDF with its own @page rules (size, margins, page numbers). */
  printPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Where Chromium or Chrome usually is, in the order tried: the browsers Debian, Ubuntu, macOS and Windows install. */
function usualPlaces(env: Record<string, string | undefined>, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return [
      ...roots.map((r) => win32.join(r, 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((r) => win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
}

const isExecutable = (path: string) =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

/**
 * The Chromium to print with: CHROMIUM_PATH when set (taken as given: a choice, not a guess), else
 * the first of the usual places that holds a program; or why there is none, in words.
 */
export async function findChromium(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => Promise<boolean> = isExecutable,
): Promise<{ ok: true; path: string } | { ok: false; why: string }> {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen)
    return (await exists(chosen))
      ? { ok: true, path: chosen }
      : { ok: false, why: `Chromium is not installed at ${chosen} (CHROMIUM_PATH)` };
  const places = usualPlaces(env, platform);
  for (const path of places) if (await exists(path)) return { ok: true, path };
  return {
    ok: false,
    why: `neither Chromium nor Google Chrome was found (looked for ${places.join(', ')}; set CHROMIUM_PATH to the program, or on Debian: apt-get install chromium)`,
  };
}

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
  const found = await findChromium();
  if (!found.ok) return found;
  const executablePath = found.path;
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
