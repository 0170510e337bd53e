/**
 * The inspector's note on a greyed-out box (audit of issue 11): its "Switch … on in …" button names
 * the intervention and the scenario in full, and with a long name it wraps inside the inspector
 * rather than running past its edge.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, openDocument, screenshot, type AppPage } from './browser.ts';

const doc = JSON.parse(
  readFileSync(new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url), 'utf8'),
) as { interventions: { id: string; name: string }[]; logicModel: { nodes: { id: string; intervention?: string }[] } };

describe('the note on a greyed-out box', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    await openDocument(app.page, doc);
    await app.page.getByLabel('Scenario shown').selectOption('bau');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('keeps its long "Switch … on" button inside the inspector', async () => {
    const { page } = app;
    const box = doc.logicModel.nodes.find((n) => n.intervention)!;
    const name = doc.interventions.find((i) => i.id === box.intervention)!.name;
    expect(name.length).toBeGreaterThan(40);
    await page.locator(`.logic-node[data-node-id="${box.id}"]`).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const button = inspector.getByRole('button', { name: `Switch “${name}” on in “Business as usual”` });
    await button.waitFor();
    const panel = (await inspector.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.left + el.clientWidth, scrolls: el.scrollWidth > el.clientWidth };
    }))!;
    const rect = (await button.boundingBox())!;
    expect(panel.scrolls).toBe(false);
    expect(rect.x).toBeGreaterThanOrEqual(panel.left);
    expect(rect.x + rect.width).toBeLessThanOrEqual(panel.right);
    await screenshot(page, '35-inactive-note');
    expect(app.errors).toEqual([]);
  });
});
