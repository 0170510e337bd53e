/**
 * Reports from the app, end to end in Chromium: each format exported through the Report panel and
 * read back (the workbook and the Word document unzipped, the CSV tables, Markdown, the print view
 * printed to PDF and its first pages rendered with pdftoppm), charts and the logic-model canvas saved
 * as PNG (twice their size) and SVG, and the export libraries kept out of the first bundle. The PDF
 * pages and chart pictures go to test-artifacts/ for people to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatGbpMillions, projectScenario } from '../../models/index.ts';
import { pngSize, readDocx, readXlsx } from '../models/report/officeReader.ts';
import { appDocument, appScenarioId, launch, openApp, screenshot, view, type AppPage } from './browser.ts';

const OUT = 'test-artifacts/reports';
const CHARTS = 'test-artifacts/charts';
const PAGES = 'test-artifacts/report-pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  for (const dir of [OUT, CHARTS, PAGES]) mkdirSync(dir, { recursive: true });
});

async function download(
  page: Page,
  click: () => Promise<void>,
  timeout = 60_000,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  const name = file.suggestedFilename();
  await file.saveAs(join(OUT, name));
  return { name, bytes: readFileSync(join(OUT, name)) };
}

async function exportAs(page: Page, label: RegExp, scope: 'shown' | 'every' = 'shown') {
  const panel = page.getByRole('dialog', { name: 'Export a report' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Report…' }).click();
  await panel.getByRole('radio', { name: label }).check();
  await panel.getByRole('radio', { name: scope === 'shown' ? /The scenario shown/ : /Every scenario/ }).check();
  return download(page, () => panel.getByRole('button', { name: 'Export' }).click());
}

describe('reports from the app', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser);
    // A Monte Carlo run, so the reports carry an Uncertainty section.
    await view(app.page, 'Results');
    await app.page.getByLabel('Number of draws').fill('300');
    await app.page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await app.page.locator('[data-table="uncertainty"]').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('exports the Excel workbook with the engine’s numbers', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const scenarioId = await appScenarioId(page);
    await page.getByRole('button', { name: 'Report…' }).click();
    await screenshot(page, '20-report-panel');
    const { name, bytes } = await exportAs(page, /Excel workbook/);
    expect(name).toMatch(new RegExp(`-${scenarioId}\\.xlsx$`));
    const sheets = readXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Results by year',
      'By council',
      'Appraisal',
      'Uncertainty',
      'Sensitivity',
      'Assumptions',
      'Logic model',
    ]);
    const expected = projectScenario(doc, scenarioId);
    if (!expected.ok) throw new Error('does not project');
    const appraisal = sheets.find((s) => s.name === 'Appraisal')!;
    const total = expected.value.years.length + 3;
    expect(Number((appraisal.cells.get(`H${total}`)!.value as number).toFixed(1))).toBe(
      Number(expected.value.appraisal.npv.toFixed(1)),
    );
    expect(appraisal.cells.get(`H${total}`)!.format).toBe('"£"#,##0.00"m"');
  });

  it('exports the Word report with its charts drawn as PNG at twice their size', async () => {
    const { page } = app;
    const { bytes } = await exportAs(page, /Word report/);
    const docx = readDocx(bytes);
    const pngs = docx.media.filter((m) => m.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(6);
    const sizes = pngs.map((m) => pngSize(docx.files.get(m)!));
    // Every chart is 720 x (at least) 240 drawn at 2x; the logic model is wider.
    expect(sizes.filter((s) => s.width === 1440).length).toBeGreaterThanOrEqual(5);
    for (const m of pngs) writeFileSync(join(CHARTS, `docx-${m.split('/').pop()}`), docx.files.get(m)!);
    expect(docx.tables.every((t) => t.headerRows[0])).toBe(true);
    expect(docx.paragraphs).toContain('7. Uncertainty and sensitivity');
  });

  it('exports Markdown and every table as CSV', async () => {
    const { page } = app;
    const md = await exportAs(page, /Markdown/, 'every');
    expect(md.bytes.toString('utf8')).toMatch(/^# .+\n/);
    const csv = await exportAs(page, /Every table as CSV/);
    const files = unzipSync(csv.bytes);
    const names = Object.keys(files);
    expect(names).toContain('summary-summary.csv');
    expect(names, names.join(', ')).toContain('results-by-year-results-by-scope.csv');
    // UTF-8 with a byte-order mark (a decoder would drop it, so read the bytes).
    for (const n of names) expect([...files[n]!.subarray(0, 3)], n).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(files['summary-summary.csv']!)).toMatch(
      /^Scenario,"Net additional GVA \d{4} \(£m, \d{4} prices\)",/,
    );
  });

  it('prints the report’s print view to a PDF of numbered A4 pages', async () => {
    const { page } = app;
    // The browser build prints through the browser's dialog: catch what it would print instead.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: string }).printed = document.querySelector('.causeway-print-host')!.outerHTML;
      };
    });
    const panel = page.getByRole('dialog', { name: 'Export a report' });
    if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Report…' }).click();
    await panel.getByRole('radio', { name: /PDF/ }).check();
    await panel.getByRole('button', { name: 'Export' }).click();
    const printed = await page.waitForFunction(() => (window as unknown as { printed?: string }).printed);
    const html = (await printed.jsonValue()) as string;
    // Printed once, the print view is gone from the page again.
    expect(await page.locator('.causeway-print-host').count()).toBe(0);
    const printer = await browser.newPage();
    await printer.setContent(
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body>${html}</body></html>`,
    );
    await printer.emulateMedia({ media: 'print' });
    const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true });
    await printer.close();
    writeFileSync(join(OUT, 'app-report.pdf'), pdf);
    const info = spawnSync('pdfinfo', [join(OUT, 'app-report.pdf')], { encoding: 'utf8' });
    if (info.error) throw new Error('pdfinfo is missing: apt-get install poppler-utils (.ci/run does).');
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(8);
    const doc = await appDocument(page);
    const scenario = projectScenario(doc, await appScenarioId(page));
    if (!scenario.ok) throw new Error('does not project');
    expect(html).toContain(formatGbpMillions(scenario.value.appraisal.npv).replace('−', '\u2212'));
    const rendered = spawnSync('pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      '1',
      '-l',
      '4',
      join(OUT, 'app-report.pdf'),
      join(PAGES, 'page'),
    ]);
    if (rendered.error) throw new Error('pdftoppm is missing: apt-get install poppler-utils (.ci/run does).');
    expect(readdirSync(PAGES).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
  });

  it('saves a chart as PNG at twice its size and as SVG, and the logic model as SVG', async () => {
    const { page } = app;
    const menu = page.locator('[data-save-image="gva-trend"]');
    await menu.locator('summary').click();
    const png = await download(page, () => menu.getByRole('menuitem', { name: 'PNG (2×)' }).click());
    expect(png.name).toBe('gva-trend.png');
    expect(pngSize(png.bytes)).toEqual({ width: 1440, height: 760 });
    writeFileSync(join(CHARTS, 'app-gva-trend.png'), png.bytes);
    await menu.locator('summary').click();
    const svg = await download(page, () => menu.getByRole('menuitem', { name: 'SVG' }).click());
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="380"/);
    const tornado = page.locator('[data-save-image="tornado-npv"]');
    await tornado.locator('summary').click();
    const tornadoPng = await download(page, () => tornado.getByRole('menuitem', { name: 'PNG (2×)' }).click());
    writeFileSync(join(CHARTS, 'app-tornado.png'), tornadoPng.bytes);

    await view(page, 'Logic model');
    const canvas = page.locator('[data-save-image="logic-model"]');
    await canvas.locator('summary').click();
    const diagram = await download(page, () => canvas.getByRole('menuitem', { name: 'PNG (2×)' }).click());
    writeFileSync(join(CHARTS, 'app-logic-model.png'), diagram.bytes);
    expect(pngSize(diagram.bytes).width).toBeGreaterThan(2000);
    await canvas.locator('summary').click();
    const diagramSvg = await download(page, () => canvas.getByRole('menuitem', { name: 'SVG' }).click());
    expect(diagramSvg.name).toBe('logic-model.svg');
    const text = diagramSvg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg /);
    // Every box of the model is in the picture by its label (as SVG text, so XML-escaped).
    const labels = (await appDocument(page)).logicModel.nodes.map((n) => n.label);
    expect(labels.length).toBeGreaterThan(3);
    const escaped = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    for (const label of labels) expect(text, label).toContain(escaped(label.split(' ')[0]!));
  });
});

describe('the first bundle', () => {
  it('does not carry the workbook and document libraries, which load when an export asks', () => {
    const assets = 'dist/web/assets';
    const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const entry = files.find((f) => f.startsWith('index-'))!;
    const text = readFileSync(join(assets, entry), 'utf8');
    // Strings only the libraries hold: docx's table-heading element and write-excel-file's cell-format
    // table (the baseline importer in the first bundle reads workbooks, so it knows their part names).
    expect(text).not.toContain('w:tblHeader');
    expect(text).not.toContain('cellXfs');
    const writers = files.find((f) => f.startsWith('writers-'))!;
    const lazy = readFileSync(join(assets, writers), 'utf8');
    expect(lazy).toContain('w:tblHeader');
    expect(lazy).toContain('cellXfs');
  });
});
