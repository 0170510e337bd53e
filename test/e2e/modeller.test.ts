/**
 * The modeller end to end in Chromium: the default example opens; moving a slider, adding a node and
 * a link with a formula and switching scenario all show the engine's own numbers (computed here by
 * calling projectScenario on the same document); a broken formula shows its diagnostic in place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { projectScenario, setParameterValue, type ScenarioDocument } from '../../models/index.ts';
import { formatGbpM, formatJobs, formatRatio } from '../../renderer/format.ts';
import { appDocument, appScenarioId, kpi, launch, openApp, screenshot, view, type AppPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});

function expectedKpis(doc: ScenarioDocument, scenarioId: string) {
  const result = projectScenario(doc, scenarioId);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join(' '));
  const p = result.value;
  const last = p.years.length - 1;
  return {
    npv: formatGbpM(p.appraisal.npv),
    bcr: formatRatio(p.appraisal.bcr),
    netGva: formatGbpM(p.total.netImpact.gva[last]),
    netJobs: formatJobs(p.total.netImpact.jobs[last]),
    projection: p,
  };
}

describe('the modeller', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser);
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('opens on the default example with the engine’s headline numbers', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const scenarioId = await appScenarioId(page);
    const expected = expectedKpis(doc, scenarioId);
    expect(await kpi(page, 'npv')).toBe(expected.npv);
    expect(await kpi(page, 'bcr')).toBe(expected.bcr);
    expect(await kpi(page, 'net-gva')).toBe(expected.netGva);
    // The canvas shows one box per node and the five stage lanes.
    await expect.poll(() => page.locator('.react-flow__node-logic').count()).toBe(doc.logicModel.nodes.length);
    for (const lane of ['Inputs', 'Activities', 'Outputs', 'Outcomes', 'Impacts'])
      await expect.poll(() => page.locator('.lane__title', { hasText: lane }).count()).toBe(1);
    await screenshot(page, '01-logic-model');
    await view(page, 'Assumptions');
    await screenshot(page, '05-assumptions');
    await view(page, 'Logic model');
    expect(app.errors).toEqual([]);
  });

  it('moves a slider and shows the new chart, table and NPV', async () => {
    const { page } = app;
    await view(page, 'Results');
    await page.locator('[data-chart="gva"] .recharts-line').first().waitFor();
    const before = await appDocument(page);
    const scenarioId = await appScenarioId(page);
    const scenario = before.scenarios.find((s) => s.id === scenarioId)!;
    const expectedBefore = expectedKpis(before, scenarioId);
    const nodeRefs = new Set(
      before.logicModel.nodes
        .filter((n) => !n.intervention || (scenario.interventions ?? []).includes(n.intervention))
        .flatMap((n) => (n.expr ?? '').match(/[a-z_][a-z0-9_]*/g) ?? []),
    );
    // A ranged parameter the scenario uses and does not override: the slider then moves the file value.
    const [paramId, param] = Object.entries(before.parameters).find(
      ([id, p]) =>
        p.low !== undefined &&
        p.high !== undefined &&
        p.high > p.low &&
        nodeRefs.has(id) &&
        !(scenario.overrides && id in scenario.overrides) &&
        expectedKpis(
          setParameterValue(before, id, p.high!).ok
            ? (setParameterValue(before, id, p.high!) as { value: ScenarioDocument }).value
            : before,
          scenarioId,
        ).npv !== expectedBefore.npv,
    )!;
    const linePath = await page.locator('[data-chart="gva"] .recharts-line path').last().getAttribute('d');

    await view(page, 'Assumptions');
    await page.getByLabel(`${param.label ?? paramId} slider`).fill(String(param.high));
    await view(page, 'Results');
    const moved = setParameterValue(before, paramId, param.high!);
    if (!moved.ok) throw new Error('setParameterValue failed');
    const expected = expectedKpis(moved.value, scenarioId);
    await expect.poll(() => kpi(page, 'npv')).toBe(expected.npv);
    expect(expected.npv).not.toBe(expectedBefore.npv);
    expect((await page.locator('[data-appraisal="npv"] td').textContent())?.trim()).toBe(expected.npv);
    // The year-by-year table's last row shows the engine's net GVA for the final year.
    const lastRow = page.locator('[data-table="results"] tbody tr').last();
    expect((await lastRow.locator('td').nth(2).textContent())?.trim()).toBe(expected.netGva);
    expect(await page.locator('[data-chart="gva"] .recharts-line path').last().getAttribute('d')).not.toBe(linePath);
    await screenshot(page, '02-results');
    // Undo restores the previous numbers.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'npv')).toBe(expectedBefore.npv);
  });

  it('adds a node and a link with a formula and shows the impact', async () => {
    const { page } = app;
    await view(page, 'Logic model');
    const before = await appDocument(page);
    const scenarioId = await appScenarioId(page);
    const scenario = before.scenarios.find((s) => s.id === scenarioId)!;
    const intervention = before.interventions.find((i) => (scenario.interventions ?? []).includes(i.id))!;
    const source =
      before.logicModel.nodes.find((n) => n.intervention === intervention.id && n.stage === 'output' && n.expr) ??
      before.logicModel.nodes.find((n) => n.intervention === intervention.id && n.expr && n.role !== 'cost')!;
    const sector = before.baseline.sectors[0]!;
    const npvBefore = await kpi(page, 'npv');

    await page.getByLabel('Stage of the new box').selectOption('impact');
    await page.getByRole('button', { name: '+ Add box' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Label').fill('Supply-chain GVA');
    await inspector.getByLabel('Intervention').selectOption(intervention.id);
    await inspector.getByLabel('Role in results').selectOption('gva');
    await inspector.getByLabel('Sector').selectOption(sector.id);
    await inspector.getByLabel('Unit').fill('£m');
    await inspector.getByLabel('Formula (each year)').fill(`${source.id} * 0.002`);
    // The formula uses a box that is not linked in yet: the app says so and offers the link.
    await inspector.getByRole('button', { name: new RegExp(`Add missing link from ${source.id}`) }).click();

    const after = await appDocument(page);
    const added = after.logicModel.nodes.find((n) => n.label === 'Supply-chain GVA')!;
    expect(added).toMatchObject({
      stage: 'impact',
      role: 'gva',
      sector: sector.id,
      intervention: intervention.id,
      expr: `${source.id} * 0.002`,
    });
    expect(after.logicModel.links.some((l) => l.from === source.id && l.to === added.id)).toBe(true);
    const expected = expectedKpis(after, scenarioId);
    await expect.poll(() => kpi(page, 'npv')).toBe(expected.npv);
    expect(expected.npv).not.toBe(npvBefore);
    await expect.poll(() => page.locator('.react-flow__node-logic').count()).toBe(after.logicModel.nodes.length);
    await screenshot(page, '03-node-added');
  });

  it('shows a diagnostic on the node and in the problems list for a broken formula', async () => {
    const { page } = app;
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Formula (each year)').fill('adopters_typo * ');
    await expect.poll(() => inspector.locator('.diag--error').count()).toBeGreaterThan(0);
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect.poll(() => problems.locator('.problem--error').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.logic-node.has-error').count()).toBeGreaterThan(0);
    await screenshot(page, '04-diagnostic');
    // Clicking the problem selects the node at fault.
    await page.getByRole('button', { name: 'Undo' }).click();
    await inspector.getByLabel('Formula (each year)').fill('1 +');
    await problems.locator('.problem--error').first().click();
    await expect.poll(() => inspector.getByLabel('Label').inputValue()).toBe('Supply-chain GVA');
    await page.getByRole('button', { name: 'Undo' }).click();
  });

  it('switches scenario and shows that scenario’s numbers', async () => {
    const { page } = app;
    const doc = await appDocument(page);
    const current = await appScenarioId(page);
    const other = doc.scenarios.find((s) => s.id !== current)!;
    await page.getByLabel('Scenario shown').selectOption(other.id);
    const result = projectScenario(doc, other.id);
    if (result.ok) {
      const expected = expectedKpis(doc, other.id);
      await expect.poll(() => kpi(page, 'npv')).toBe(expected.npv);
      expect(await kpi(page, 'net-jobs')).toBe(expected.netJobs);
    } else {
      await expect.poll(() => page.locator('.kpis--error').count()).toBe(1);
    }
    await page.getByLabel('Scenario shown').selectOption(current);
    expect(app.errors).toEqual([]);
  });
});
