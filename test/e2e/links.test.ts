/**
 * Links are first-class on the canvas (issue 14): an arrow is selected by a click and by the keyboard
 * (Tab to it and Enter; or from a box's list of arrows), its rationale and evidence are edited in the
 * link inspector and saved with the file; Delete and the inspector's button delete it, saying which
 * formula needs it; a quantified link without evidence is a warning in Problems, on the arrow and in
 * its inspector. The new panels pass the axe audit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isQuantifiedLink, loadScenario } from '../../models/index.ts';
import { appDocument, axeViolations, launch, openApp, savedText, screenshotSizes, type AppPage } from './browser.ts';

const selection = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { __causeway: { store: { getState(): { selection: unknown } } } }
      ).__causeway.store.getState().selection,
  );

const edge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);

/**
 * Clicks an arrow on its line, half way along (the middle of its bounding box may be empty space or a
 * box), after fitting the canvas so that every arrow is on screen; until it is selected, since an
 * animation of the view (selecting a box from the inspector centres it) may still be running.
 */
async function clickEdge(page: Page, id: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByRole('button', { name: 'Fit to window' }).click();
    await page.waitForFunction(async () => {
      const read = () => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
      const before = read();
      await new Promise((r) => setTimeout(r, 100));
      return read() === before;
    });
    const at = await edge(page, id)
      .locator('.react-flow__edge-path')
      .evaluate((path: SVGPathElement) => {
        const p = path.getPointAtLength(path.getTotalLength() * 0.5);
        const m = path.getScreenCTM()!;
        return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
      });
    await page.mouse.click(at.x, at.y);
    const sel = (await selection(page)) as { kind: string; id: string } | null;
    if (sel?.kind === 'link' && sel.id === id) return;
  }
  throw new Error(`Could not select the arrow ${id} by clicking it.`);
}

describe('links on the canvas', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('selects an arrow by a click, edits its rationale and saves it in the file', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    // Every arrow is drawn, those between boxes of one stage included.
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(doc.logicModel.links.length);
    const link = doc.logicModel.links.at(-1)!;
    await clickEdge(page, link.id);
    expect(await selection(page)).toEqual({ kind: 'link', id: link.id });
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('heading', { name: 'Link' }).waitFor();
    const rationale = 'Firms that produce more need more staff (ONS productivity and jobs, 2019).';
    await inspector.getByLabel('Rationale').fill(rationale);
    await inspector.getByLabel('Evidence strength').selectOption('moderate');
    const text = await savedText(page, () => page.getByRole('button', { name: 'Save', exact: true }).click());
    const saved = loadScenario(text);
    expect(saved.ok).toBe(true);
    const savedLink = saved.document!.logicModel.links.find((l) => l.id === link.id)!;
    expect(savedLink.rationale).toBe(rationale);
    expect(savedLink.evidence).toBe('moderate');
  });

  it('selects an arrow with the keyboard: Tab to it on the canvas and Enter, announced', async () => {
    const { page } = app;
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    expect(await selection(page)).toBeNull();
    // From the box search, Tab moves into the canvas; the arrows come first.
    await page.getByPlaceholder('Find a box (Ctrl+F)').focus();
    let focused: { role: string | null; id: string | null; label: string | null } = {
      role: null,
      id: null,
      label: null,
    };
    for (let k = 0; k < 40 && focused.role !== 'edge'; k++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => ({
        role: document.activeElement?.getAttribute('aria-roledescription') ?? null,
        id: document.activeElement?.getAttribute('data-id') ?? null,
        label: document.activeElement?.getAttribute('aria-label') ?? null,
      }));
    }
    expect(focused.role).toBe('edge');
    // The arrow says what it joins and how strong its evidence is.
    expect(focused.label).toMatch(/^Quantified link from .+ to .+, (strong|moderate|weak) evidence$/);
    await page.keyboard.press('Enter');
    expect(await selection(page)).toEqual({ kind: 'link', id: focused.id });
    const doc = await appDocument(page);
    const link = doc.logicModel.links.find((l) => l.id === focused.id)!;
    const label = (id: string) => doc.logicModel.nodes.find((n) => n.id === id)!.label;
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect
      .poll(() => inspector.getByRole('status').textContent())
      .toBe(`Selected the arrow from ${label(link.from)} to ${label(link.to)}.`);
    await inspector.getByLabel('Rationale').fill('Edited from the keyboard.');
    expect((await appDocument(page)).logicModel.links.find((l) => l.id === link.id)!.rationale).toBe(
      'Edited from the keyboard.',
    );
    // Escape on the focused arrow clears the selection.
    await edge(page, link.id).focus();
    await page.keyboard.press('Escape');
    expect(await selection(page)).toBeNull();
  });

  it('reaches every arrow of a box from its inspector, and its boxes from the arrow', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const box = doc.logicModel.nodes.find((n) => n.id === 'dig_cum_supported')!;
    const into = doc.logicModel.links.filter((l) => l.to === box.id);
    await page.locator(`.react-flow__node[data-id="${box.id}"]`).focus();
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const list = inspector.getByRole('list', { name: 'Arrows into this box' });
    expect(await list.getByRole('button').count()).toBe(into.length);
    const button = list.locator(`[data-link="${into[0]!.id}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await selection(page)).toEqual({ kind: 'link', id: into[0]!.id });
    // Focus moves to the link's heading rather than being lost with the button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Link');
    await screenshotSizes(page, '30-link-inspector');
    expect(await axeViolations(page)).toEqual([]);
    const source = doc.logicModel.nodes.find((n) => n.id === into[0]!.from)!;
    await inspector.getByRole('button', { name: source.label, exact: true }).click();
    expect(await selection(page)).toEqual({ kind: 'node', id: into[0]!.from });
    expect(app.errors).toEqual([]);
  });

  it('shows a quantified link without evidence as a warning, on the arrow and in its inspector', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const link = doc.logicModel.links.find((l) => l.id === 'dig_gva-dig_jobs')!;
    expect(isQuantifiedLink(doc, link)).toBe(true);
    await clickEdge(page, link.id);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Evidence strength').selectOption('none');
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect
      .poll(() => problems.getByRole('button', { name: /carries a number .* but states no evidence/ }).count())
      .toBe(1);
    expect(await inspector.getByRole('list', { name: 'Problems with this link' }).textContent()).toMatch(
      /^Warning: The link from .* states no evidence/,
    );
    expect(await edge(page, link.id).getAttribute('aria-label')).toMatch(/no evidence stated, with a warning$/);
    expect(await axeViolations(page)).toEqual([]);
    await inspector.getByLabel('Evidence strength').selectOption('weak');
    await expect.poll(() => problems.getByRole('button', { name: /states no evidence/ }).count()).toBe(0);
  });

  it('deletes an arrow with the Delete key, saying which formula needs it, and Undo brings it back', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const link = doc.logicModel.links.find((l) => l.id === 'dig_gva-dig_jobs')!;
    const label = (id: string) => doc.logicModel.nodes.find((n) => n.id === id)!.label;
    await clickEdge(page, link.id);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await appDocument(page)).logicModel.links.some((l) => l.id === link.id)).toBe(false);
    const alert = page.locator('.notice[role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('which a formula needs');
    // The check's own sentence about the formula, and the box whose formula it is selected.
    expect(await alert.textContent()).toContain(
      `Formula of box “${label(link.to)}” (${link.to}) uses box “${label(link.from)}” (${link.from}), but there is no link from “${label(link.from)}” to “${label(link.to)}”`,
    );
    expect(await selection(page)).toEqual({ kind: 'node', id: link.to });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await appDocument(page)).logicModel.links.some((l) => l.id === link.id)).toBe(true);
  });

  it('deletes an arrow with the inspector’s button', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const link = doc.logicModel.links.find((l) => l.id === 'dig_firms-dig_extra_new')!;
    await clickEdge(page, link.id);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    // The inspector says beforehand that the target's formula uses it.
    expect(await inspector.locator('.link-needed').textContent()).toContain('Deleting this arrow leaves the formula');
    await inspector.getByRole('button', { name: /^Delete the link from / }).click();
    expect((await appDocument(page)).logicModel.links.some((l) => l.id === link.id)).toBe(false);
    await expect
      .poll(() => page.locator('.notice[role="alert"]').textContent())
      .toContain(`(${link.from}), but there is no link from`);
    expect(app.errors).toEqual([]);
  });
});
