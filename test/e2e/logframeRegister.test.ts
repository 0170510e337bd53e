/**
 * The indicators register on the Greater Manchester example (audit of issue 14): projected figures
 * read as their unit does (whole jobs and firms, £m to one decimal, shares as percentages), not as
 * the model's last digits (6.9461, 21.1878), and the sources name scenarios as people see them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, openDocument, screenshot, view, type AppPage } from './browser.ts';

const doc = JSON.parse(
  readFileSync(new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url), 'utf8'),
) as { scenarios: { id: string; name: string }[] };

describe('the indicators register', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    await openDocument(app.page, doc);
    await app.page.getByLabel('Scenario shown').selectOption('digital-modest');
    await view(app.page, 'Logic & monitoring');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('shows projections rounded to their unit and sources that name the scenario', async () => {
    const { page } = app;
    const table = page.locator('.logframe__table');
    await table.waitFor();
    const headings = await table.locator('thead th').allTextContents();
    const at = (name: string) => headings.indexOf(name);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const byUnit = new Map(rows.map((cells) => [cells[at('Unit')]!, cells]));
    const projected = (unit: string) => byUnit.get(unit)![at('Projected')]!;
    expect(projected('jobs')).toMatch(/^\d[\d,]*$/);
    expect(projected('firms')).toMatch(/^\d[\d,]*$/);
    expect(projected('£m')).toMatch(/^\d[\d,]*\.\d$/);
    expect(projected('share')).toMatch(/^\d+\.\d%$/);
    expect(byUnit.get('share')![at('Target')]).toMatch(/^\d+\.\d%$/);
    const modest = doc.scenarios.find((s) => s.id === 'digital-modest')!;
    const sources = rows.map((cells) => cells[at('Source')]!).join('\n');
    expect(sources).toContain(`"${modest.name}" scenario`);
    expect(sources).not.toContain(`"${modest.id}"`);
    await screenshot(page, '34-logframe-rounded');
    expect(app.errors).toEqual([]);
  });
});
