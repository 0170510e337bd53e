/**
 * The PDF print view laid out as Chromium lays it out for print (issue 12 audit): the summary's
 * measure column wide enough to read, the scenario columns equal whatever their cells say, "Not
 * assessed" in the cell with its reason in a note below the table, and section 1 on the title page.
 * The West Midlands example is the one whose "Business as usual" column has no costs to assess.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocument, loadScenario, projectScenarios, reportHtmlDocument } from '../../models/index.ts';
import { runCli } from '../helpers/cli.ts';
import { withTempDir } from '../node/helpers.ts';

const EXAMPLE = join(import.meta.dirname, '../../scenarios/west-midlands-advanced-manufacturing-mix.causeway.json');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM) && spawnSync('pdftotext', ['-v']).error === undefined;
/** A4 less the print stylesheet's 14 mm side margins, in CSS pixels (96 per inch). */
const CONTENT_WIDTH = Math.round(((210 - 28) / 25.4) * 96);

function summaryHtml(): string {
  const doc = loadScenario(readFileSync(EXAMPLE, 'utf8')).document!;
  const projected = projectScenarios(doc);
  if (!projected.ok) throw new Error('the example does not project');
  return reportHtmlDocument(
    buildReportDocument({
      doc,
      scenarios: projected.value.slice(0, 1),
      allScenarios: projected.value,
      sensitivity: new Map(),
      uncertainty: new Map(),
      generator: { version: '0.0.0', generatedAt: '2026-01-01T00:00:00.000Z', fileName: 'wm.causeway.json' },
    }),
  );
}

describe.skipIf(!available)('the print view of a report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(() => browser?.close());

  it('gives the summary a readable measure column and equal scenario columns', async () => {
    const page = await browser.newPage({ viewport: { width: CONTENT_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(summaryHtml());
    const layout = await page.evaluate(() => {
      const table = document.querySelector('table[data-table="summary"]')!;
      const widths = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width);
      const gva = [...table.querySelectorAll('tbody th')].find((th) =>
        th.textContent!.startsWith('Net additional GVA 2026'),
      )!;
      const lineHeight = parseFloat(getComputedStyle(gva).lineHeight);
      const cells = [...table.querySelectorAll('tbody td')].map((td) => td.textContent!);
      const note = table.nextElementSibling;
      return {
        table: table.getBoundingClientRect().width,
        page: document.documentElement.scrollWidth,
        widths,
        gvaLines: Math.round((gva.getBoundingClientRect().height - 4) / lineHeight),
        cells,
        note: note?.classList.contains('report-table-notes') ? note.textContent : null,
      };
    });
    await page.close();
    // Nothing wider than the page: Chromium would shrink every page of the PDF to fit it (it did, to 84%).
    expect(layout.page).toBeLessThanOrEqual(CONTENT_WIDTH);
    const [measure, ...values] = layout.widths;
    expect(layout.widths.length).toBe(6); // measure and five scenarios
    expect(measure! / layout.table).toBeGreaterThanOrEqual(0.28);
    // "Net additional GVA 2026-2040 (£m, 2019 prices)" in at most two lines (it took six).
    expect(layout.gvaLines).toBeLessThanOrEqual(2);
    for (const w of values) expect(Math.abs(w - values[0]!)).toBeLessThan(1);
    // The reason is in a note below the table, not in the cell.
    expect(layout.cells.filter((c) => c.startsWith('Not assessed')).length).toBeGreaterThan(0);
    expect(layout.cells.some((c) => c.includes('('))).toBe(false);
    expect(layout.note).toMatch(/^1\s?Not assessed \(no GVA impact switched on\)/);
  });

  it('starts section 1 on the title page of the PDF the CLI prints', async () => {
    await withTempDir(async (dir) => {
      const run = await runCli(['report', EXAMPLE, '--format', 'pdf', '--out', 'r.pdf'], dir);
      expect(run.code).toBe(0);
      const first = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(dir, 'r.pdf'), '-'], {
        encoding: 'utf8',
      }).stdout;
      expect(first).toMatch(/^\s*West Midlands: an advanced manufacturing mix/);
      expect(first).toContain('1. Summary');
      expect(first).toContain('Headline results of every scenario');
    });
  });
});
