/**
 * Messages (issue 11, item 6): Problems are recomputed from the document as it is (no stale
 * load-time errors), the inspector and the headline agree on a formula that cannot run (x / 0), and
 * problems name boxes by label rather than JSON path.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, serialiseScenario, updateNode } from '../../models/index.ts';
import { launch, openApp, openFile, view, type AppPage } from './browser.ts';

const loaded = loadScenario(
  readFileSync('scenarios/greater-manchester-digital-adoption.causeway.json', 'utf8'),
).document!;
const cost = loaded.logicModel.nodes.find((n) => n.role === 'cost')!;

describe('messages', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    // A file saved with a broken formula: the error is found when it is opened.
    const broken = updateNode(loaded, cost.id, { expr: `${cost.expr} *` });
    const path = join(mkdtempSync(join(tmpdir(), 'causeway-messages-')), 'broken.causeway.json');
    writeFileSync(path, serialiseScenario(broken));
    await openFile(app.page, path);
    await app.page.locator('.problem--error').first().waitFor();
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('drops a load-time formula error once the formula is fixed', async () => {
    const { page } = app;
    const problems = page.getByRole('region', { name: 'Problems' });
    // Named by the box's label, not by a JSON path.
    const first = problems.locator('.problem--error').first();
    expect(await first.textContent()).toContain(`Box “${cost.label}”: formula`);
    expect(await problems.textContent()).not.toContain('logicModel.nodes[');
    await first.click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Formula (each year)').fill(cost.expr!);
    await expect.poll(() => problems.locator('.problem--error').count()).toBe(0);
    await expect.poll(() => inspector.locator('.ok').textContent()).toContain('valid');
  });

  it('flags a division by zero in the inspector, on the box and in Problems, as the headline does', async () => {
    const { page } = app;
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Formula (each year)').fill('dig_annual_budget / 0');
    await expect.poll(() => page.locator('.kpis--error').count()).toBe(1);
    await expect.poll(() => inspector.locator('.diag--error').count()).toBeGreaterThan(0);
    expect(await inspector.locator('.diag--error').first().textContent()).toMatch(/infinity/);
    expect(await inspector.locator('.ok').count()).toBe(0);
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect.poll(() => problems.locator('.problem--error').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`.logic-node.has-error[data-node-id="${cost.id}"]`).count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await view(page, 'Logic model');
    expect(app.errors).toEqual([]);
  });
});
