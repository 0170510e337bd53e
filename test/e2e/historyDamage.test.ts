/**
 * A damaged history in the History view (issue 9): a file whose revision 2 patch was edited by hand
 * opens; revisions 2 and 1 say in words that they cannot be restored and why, with Restore and the
 * compare buttons off; a banner says what is damaged and offers the cut, which a confirmation
 * describes (what is dropped, what is kept, the model unchanged) before anything is written. After
 * the cut the file holds revisions 3 and 4 only, each restorable, with the same content as before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitRevision,
  jsonEqual,
  listRevisions,
  loadScenario,
  revisionContent,
  serialiseScenario,
  setParameterValue,
  type ScenarioDocument,
} from '../../models/index.ts';
import {
  appDocument,
  axeViolations,
  launch,
  openApp,
  openRevision,
  savedText,
  screenshot,
  view,
  type AppPage,
} from './browser.ts';

const EXAMPLE = 'scenarios/greater-manchester-digital-adoption.causeway.json';
const PARAM = 'dig_annual_budget';
/** The budget in revisions 1 to 4. */
const VALUES = [1.6, 2.2, 2.4, 2.8];

/** Four saves, then revision 2's patch edited by hand (its budget 2.2 becomes 9.9). */
function tamperedFile(): { path: string; doc: ScenarioDocument } {
  const loaded = loadScenario(readFileSync(EXAMPLE, 'utf8'));
  if (!loaded.document) throw new Error('example does not load');
  let saved: ScenarioDocument | null = null;
  VALUES.forEach((value, k) => {
    const edited = setParameterValue(saved ?? loaded.document!, PARAM, value);
    if (!edited.ok) throw new Error('setParameterValue failed');
    saved = commitRevision(saved, edited.value, {
      now: `2026-11-0${k + 1}T10:00:00.000Z`,
      note: `Budget ${value}`,
      retention: false,
    });
  });
  const doc = saved! as ScenarioDocument;
  const patch = doc.history!.revisions.find((r) => r.revision === 2)!.reversePatch as {
    path: string;
    value?: unknown;
  }[];
  const op = patch.find((o) => o.path === `/parameters/${PARAM}/value`);
  if (op?.value !== 2.2) throw new Error('the patch does not hold the budget');
  op.value = 9.9;
  const path = join(mkdtempSync(join(tmpdir(), 'causeway-damaged-')), 'damaged.causeway.json');
  writeFileSync(path, serialiseScenario(doc));
  return { path, doc };
}

const budget = async (app: AppPage) => (await appDocument(app.page)).parameters[PARAM]!.value;
const row = (app: AppPage, revision: number) =>
  app.page.locator(`[data-table="revisions"] tr[data-revision="${revision}"]`);
/** The sentence under a revision that cannot be restored. */
const problem = (app: AppPage, revision: number) =>
  app.page.locator(`[data-table="revisions"] tr[data-problem-of="${revision}"]`);
const banner = (app: AppPage) => app.page.getByRole('region', { name: /history is damaged/ });
const cutButton = (app: AppPage) => app.page.getByRole('button', { name: 'Cut the damaged history…' });
const dialog = (app: AppPage) => app.page.getByRole('dialog', { name: 'Cut the damaged history?' });

describe('a damaged history in the History view', () => {
  let app: AppPage;
  const file = tamperedFile();
  beforeAll(async () => {
    app = await openApp(await launch());
    await openRevision(app.page, file.path, 4);
    await view(app.page, 'History');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('marks each revision that cannot be restored in words, with the reason, and turns off its buttons', async () => {
    const { page } = app;
    await expect
      .poll(() => problem(app, 2).textContent())
      .toMatch(/Cannot be restored\. Revision 2 does not match what was saved/);
    await expect
      .poll(() => problem(app, 1).textContent())
      .toMatch(/Cannot be restored\. It is older than the damage: revision 2/);
    for (const revision of [1, 2]) {
      const restore = page.getByRole('button', { name: `Restore revision ${revision}` });
      expect(await restore.isDisabled()).toBe(true);
      // The reason is the button's description, for those who cannot see the row.
      const description = await restore.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      );
      expect(description).toMatch(/^Cannot be restored\. /);
      expect(await page.getByRole('radio', { name: `Compare from revision ${revision}` }).isDisabled()).toBe(true);
      expect(await page.getByRole('radio', { name: `Compare to revision ${revision}` }).isDisabled()).toBe(true);
    }
    for (const revision of [3, 4]) {
      expect(await page.getByRole('button', { name: `Restore revision ${revision}` }).isEnabled()).toBe(true);
      expect(await problem(app, revision).count()).toBe(0);
      expect(await row(app, revision).getAttribute('data-restorable')).toBe('true');
    }
  });

  it('says above the list what is damaged and what a cut keeps', async () => {
    const text = await banner(app).textContent();
    expect(text).toContain('Revision 2 does not match what was saved as revision 2');
    expect(text).toContain('Revisions 1 and 2 cannot be restored.');
    expect(text).toContain('keeps revisions 3 and 4');
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, '09d-history-damaged');
  });

  it('fits the window at 1440 and 1024 px: wide comparison tables scroll in their card, the list fits its own', async () => {
    const { page } = app;
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      const sizes = await page.evaluate(() => {
        const card = document.querySelector('.history__list')!;
        const table = card.querySelector('[data-table="revisions"]')!;
        const diff = document.querySelector('.history__diff')!;
        return {
          page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
          list: [table.getBoundingClientRect().right, card.getBoundingClientRect().right],
          diff: [diff.getBoundingClientRect().right, document.documentElement.clientWidth],
        };
      });
      expect(sizes.page[0], `page scroll width at ${width} px`).toBeLessThanOrEqual(sizes.page[1]!);
      expect(sizes.list[0], `revisions table's right edge at ${width} px`).toBeLessThanOrEqual(sizes.list[1]!);
      expect(sizes.diff[0], `comparison card's right edge at ${width} px`).toBeLessThanOrEqual(sizes.diff[1]!);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '09g-history-1024');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('waits for unsaved changes to be saved or undone before it cuts', async () => {
    const { page } = app;
    await view(page, 'Assumptions');
    await page.getByLabel('Programme budget a year value').fill('3.1');
    await view(page, 'History');
    expect(await cutButton(app).isDisabled()).toBe(true);
    expect(await banner(app).textContent()).toContain('Save or undo your unsaved changes first');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => budget(app)).toBe(2.8);
    await expect.poll(() => cutButton(app).isEnabled()).toBe(true);
  });

  it('asks first: Cancel and Esc write nothing', async () => {
    const { page } = app;
    let downloads = 0;
    const count = () => void downloads++;
    page.on('download', count);
    await cutButton(app).click();
    const text = await dialog(app).textContent();
    expect(text).toContain('Revisions 1 and 2 will be dropped from the history of damaged.causeway.json.');
    expect(text).toContain('keeps revisions 3 and 4');
    expect(text).toContain('The model itself is unchanged');
    // Cancel has the focus: Enter on opening does not cut.
    await expect
      .poll(() =>
        dialog(app)
          .getByRole('button', { name: 'Cancel' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await screenshot(page, '09e-history-cut-dialog');
    await page.keyboard.press('Escape');
    await dialog(app).waitFor({ state: 'detached' });
    await cutButton(app).click();
    await dialog(app).getByRole('button', { name: 'Cancel' }).click();
    await dialog(app).waitFor({ state: 'detached' });
    page.off('download', count);
    expect(downloads).toBe(0);
  });

  it('cuts: only restorable revisions remain, the content is unchanged, and each revision restores', async () => {
    const { page } = app;
    await cutButton(app).click();
    // Without File System Access the browser writes the cut file as a download, as Save does.
    const text = await savedText(page, () => dialog(app).getByRole('button', { name: 'Cut the history' }).click());
    const written = loadScenario(text);
    if (!written.document) throw new Error('the cut file does not load');
    expect(listRevisions(written.document).map((r) => [r.revision, r.restorable, r.verified])).toEqual([
      [4, true, true],
      [3, true, true],
    ]);
    expect(jsonEqual(revisionContent(written.document), revisionContent(file.doc))).toBe(true);

    await expect.poll(() => banner(app).count()).toBe(0);
    const listed = page.locator('[data-table="revisions"] tr[data-revision]');
    await expect
      .poll(() => listed.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-revision'))))
      .toEqual(['4', '3']);
    expect(await page.locator('[data-table="revisions"]').textContent()).not.toContain('Cannot be restored');
    // The app holds the cut file as saved: nothing unsaved, nothing to undo.
    expect(jsonEqual(await appDocument(page), written.document)).toBe(true);
    expect(await page.locator('.doc-title__file .modified').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await screenshot(page, '09f-history-after-cut');

    await page.getByRole('button', { name: 'Restore revision 3' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[2]);
    await page.getByRole('button', { name: 'Restore revision 4' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[3]);
    // A save after the cut continues the cut history.
    await page.getByRole('button', { name: 'Restore revision 3' }).click();
    const saved = loadScenario(
      await savedText(page, () => page.getByRole('button', { name: 'Save revision' }).click()),
    );
    expect(listRevisions(saved.document!).map((r) => [r.revision, r.restorable])).toEqual([
      [5, true],
      [4, true],
      [3, true],
    ]);
    expect(saved.document!.parameters[PARAM]!.value).toBe(VALUES[2]);
    expect(app.errors).toEqual([]);
  });
});
