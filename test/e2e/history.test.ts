/**
 * History with unsaved edits (issue 11, item 1): restoring and comparing revisions read the saved
 * revisions only, whatever is unsaved; a restore is one undoable edit; "now" in a diff is the
 * unsaved document and says so; undoing across a save does not hide the newest revision.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitRevision,
  loadScenario,
  projectScenario,
  serialiseScenario,
  setParameterValue,
  type ScenarioDocument,
} from '../../models/index.ts';
import { formatGbpM } from '../../renderer/format.ts';
import { appDocument, launch, openApp, openRevision, screenshot, view, type AppPage } from './browser.ts';

const EXAMPLE = 'scenarios/greater-manchester-digital-adoption.causeway.json';
const PARAM = 'dig_annual_budget';
const VALUES = [1.6, 2.2, 2.4];

function withBudget(doc: ScenarioDocument, value: number): ScenarioDocument {
  const out = setParameterValue(doc, PARAM, value);
  if (!out.ok) throw new Error('setParameterValue failed');
  return out.value;
}

/** A file saved three times, the budget 1.6, 2.2 and 2.4 in revisions 1, 2 and 3. */
function threeRevisions(): { path: string; docs: ScenarioDocument[] } {
  const loaded = loadScenario(readFileSync(EXAMPLE, 'utf8'));
  if (!loaded.document) throw new Error('example does not load');
  let saved: ScenarioDocument | null = null;
  const docs: ScenarioDocument[] = [];
  VALUES.forEach((value, k) => {
    saved = commitRevision(saved, withBudget(saved ?? loaded.document!, value), {
      now: `2026-11-0${k + 1}T10:00:00.000Z`,
      note: `Budget ${value}`,
      retention: false,
    });
    docs.push(saved);
  });
  const path = join(mkdtempSync(join(tmpdir(), 'causeway-history-')), 'three.causeway.json');
  writeFileSync(path, serialiseScenario(docs[2]!));
  return { path, docs };
}

const budget = async (app: AppPage) => (await appDocument(app.page)).parameters[PARAM]!.value;

describe('history with unsaved edits', () => {
  let app: AppPage;
  const file = threeRevisions();
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
    await openRevision(app.page, file.path, 3);
    await view(app.page, 'History');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('restores any saved revision after another restore, each as one undoable edit', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Restore revision 1' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[0]);
    await page.getByRole('button', { name: 'Restore revision 3' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[2]);
    await page.getByRole('button', { name: 'Restore revision 2' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[1]);
    // One undo takes back one restore.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[2]);
    await page.getByRole('button', { name: 'Restore revision 2' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[1]);
  });

  it('compares two saved revisions from the file, not from the unsaved document', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Compare from revision 2' }).check();
    await page.getByRole('radio', { name: 'Compare to revision 3' }).check();
    const changes = page.locator('[data-table="revision-changes"] tbody tr');
    await expect.poll(() => changes.count()).toBe(1);
    // In labels and units people use, not JSON paths.
    const row = await changes.first().textContent();
    expect(row).toContain('Programme budget a year');
    expect(row).toContain('2.2');
    expect(row).toContain('2.4');
    expect(row).not.toContain('parameters.');
  });

  it('diffs a saved revision against "now", the unsaved document, labelled as such', async () => {
    const { page } = app;
    // Save (the browser downloads revision 4), then edit without saving.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save revision' }).click();
    await download;
    await expect.poll(async () => (await appDocument(page)).meta.revision).toBe(4);
    const saved4 = await appDocument(page);
    await view(page, 'Assumptions');
    await page.getByLabel('Programme budget a year value').fill('2.45');
    await view(page, 'History');
    await page.getByRole('radio', { name: 'Compare from revision 4' }).check();
    await page.getByRole('radio', { name: /Compare with now/ }).check();
    await expect.poll(() => page.locator('#diff-title').textContent()).toMatch(/now \(unsaved\)/);
    const changes = page.locator('[data-table="revision-changes"] tbody tr');
    await expect.poll(() => changes.count()).toBe(1);
    // The "before" NPV is revision 4's, the "after" NPV the unsaved document's.
    const scenario = saved4.scenarios.find((s) => (s.interventions?.length ?? 0) > 0)!.id;
    const before = projectScenario(saved4, scenario);
    const after = projectScenario(withBudget(saved4, 2.45), scenario);
    if (!before.ok || !after.ok) throw new Error('projection failed');
    const cells = page.locator(`[data-table="revision-results"] tr[data-scenario="${scenario}"] td`);
    expect((await cells.nth(0).textContent())?.trim()).toBe(formatGbpM(before.value.appraisal.npv));
    expect((await cells.nth(1).textContent())?.trim()).toBe(formatGbpM(after.value.appraisal.npv));
    await screenshot(page, '09b-history-unsaved');
  });

  it('keeps the newest revision listed after undoing across a save', async () => {
    const { page } = app;
    // Undo the unsaved edit and then past the save, back to the restore of revision 2.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('[data-table="revisions"] tr[data-revision]').first().getAttribute('data-revision'))
      .toBe('4');
    await page.getByRole('button', { name: 'Restore revision 4' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[1]);
    await page.getByRole('button', { name: 'Restore revision 3' }).click();
    await expect.poll(() => budget(app)).toBe(VALUES[2]);
    expect(app.errors).toEqual([]);
  });
});
