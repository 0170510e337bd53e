/**
 * "Fit to window" at 1440x900 (audit of issue 11): the minimap sits in the canvas's bottom-right
 * corner, so a fit that used the whole canvas put the Impacts column under it. After a fit, no box
 * and no stage column may overlap the minimap, on each of the three examples.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, openDocument, screenshot, type AppPage } from './browser.ts';

const EXAMPLES = [
  'greater-manchester-digital-adoption',
  'west-midlands-advanced-manufacturing-mix',
  'west-yorkshire-machinery-reshoring',
];

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

describe('Fit to window at 1440x900', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch(), { width: 1440, height: 900 });
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  const CASES = EXAMPLES.flatMap((example) =>
    (['Fit to window', 'the zoom controls’ fit', 'opening the file'] as const).map((how) => [example, how] as const),
  );

  it.each(CASES)('keeps every box of %s clear of the minimap after %s', async (example, how) => {
    const { page } = app;
    const doc = JSON.parse(readFileSync(new URL(`../../scenarios/${example}.causeway.json`, import.meta.url), 'utf8'));
    await openDocument(page, doc);
    if (how === 'Fit to window') await page.getByRole('button', { name: 'Fit to window' }).click();
    if (how === 'the zoom controls’ fit') await page.locator('.react-flow__controls-fitview').click();
    const minimap = page.locator('.react-flow__minimap');
    // The fit is animated: wait until the boxes stop moving, then measure.
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.react-flow__node')].map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }),
      );
    let before: Box[] = [];
    await expect
      .poll(async () => {
        const now = await boxes();
        const settled = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return settled;
      })
      .toBe(true);
    const m = (await minimap.boundingBox())!;
    const overlapping = before
      .filter((b) => b.left < m.x + m.width && b.right > m.x && b.top < m.y + m.height && b.bottom > m.y)
      .map((b) => b.name.slice(0, 40));
    await screenshot(page, `36-fit-${example}-${how.replace(/\W+/g, '-')}`);
    expect(before.length).toBe(doc.logicModel.nodes.length + 5);
    expect(overlapping).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
