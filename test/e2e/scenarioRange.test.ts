/**
 * A per-scenario range (issue 14): a scenario whose override leaves the parameter's range stops Monte
 * Carlo with "give the override its own range"; the app's field for that range (low, high,
 * distribution on the override) lets it run, and the band and percentiles it shows come from that
 * range. The file is the Greater Manchester example with every other uncertain input made certain, so
 * the override's range is the only source of spread: its NPV percentiles must then lie between the
 * NPVs at the matching quantiles of the range (NPV rises with the uplift), computed here with
 * projectScenario, independently of the Monte Carlo code.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectScenario, type ScenarioDocument } from '../../models/index.ts';
import {
  appDocument,
  axeViolations,
  launch,
  openApp,
  openDocument,
  screenshotSizes,
  view,
  type AppPage,
} from './browser.ts';

const LOW = 0.12;
const HIGH = 0.18;

/** Every ranged value made a plain number, except the parameter ranges listed. */
function certain(value: unknown, keep: (path: string[]) => boolean, path: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v, k) => certain(v, keep, [...path, String(k)]));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o['value'] === 'number' && ('low' in o || 'high' in o) && !keep(path)) {
    const { low: _l, high: _h, distribution: _d, ...rest } = o;
    return Object.keys(rest).length === 1 ? rest['value'] : rest;
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, certain(v, keep, [...path, k])]));
}

function fixture(): ScenarioDocument {
  const example = JSON.parse(
    readFileSync(new URL('../../scenarios/greater-manchester-digital-adoption.causeway.json', import.meta.url), 'utf8'),
  ) as ScenarioDocument;
  const doc = certain(example, (p) => p.join('.') === 'parameters.dig_uplift') as ScenarioDocument;
  doc.meta.title = 'Per-scenario range test';
  // Above the parameter's own range (0.02 to 0.1): Monte Carlo cannot draw it from there.
  doc.scenarios.push({ id: 'stretch', name: 'Stretch', basedOn: 'digital-modest', overrides: { dig_uplift: 0.15 } });
  return doc;
}

const npvAt = (doc: ScenarioDocument, uplift: number) => {
  const p = projectScenario(doc, 'stretch', { set: { dig_uplift: uplift } });
  if (!p.ok) throw new Error(p.diagnostics[0]!.message);
  return p.value.appraisal.npv;
};

/** "£12.3m" or "−£4.5m" as £m. */
const money = (text: string) => {
  const m = /^(−|-)?£([\d,.]+)m$/.exec(text.trim());
  if (!m) throw new Error(`Not a £m figure: ${text}`);
  return (m[1] ? -1 : 1) * Number(m[2]!.replace(/,/g, ''));
};

describe('a range of its own for a scenario’s override', () => {
  let app: AppPage;
  const doc = fixture();
  beforeAll(async () => {
    app = await openApp(await launch());
    app.page.on('dialog', (d) => void d.accept());
    await openDocument(app.page, doc);
    await app.page.getByLabel('Scenario shown').selectOption('stretch');
  });
  afterAll(async () => {
    await app.page.context().close();
  });

  it('stops Monte Carlo while the override is outside the range it would be drawn from', async () => {
    const { page } = app;
    await view(page, 'Results');
    await page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    const alert = page.locator('.uncertainty [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain('give the override its own range');
    expect(await alert.textContent()).toContain('“Productivity uplift of an adopting firm” (dig_uplift)');
  });

  it('sets the range in the assumptions view, then runs, with percentiles from that range', async () => {
    const { page } = app;
    await view(page, 'Assumptions');
    const who = 'Productivity uplift of an adopting firm in Stretch';
    const row = page.locator('[data-parameter-row="dig_uplift"]');
    // The app says why, and the range fields are open already.
    expect(await row.locator('.scenario-value__warning').textContent()).toContain('Monte Carlo needs a range');
    await page.getByLabel(`Low of ${who}`).fill(String(LOW));
    await page.getByLabel(`High of ${who}`).fill(String(HIGH));
    await page.getByLabel(`Distribution of ${who}`).selectOption('uniform');
    const stretch = (await appDocument(page)).scenarios.find((s) => s.id === 'stretch')!;
    expect(stretch.overrides).toEqual({ dig_uplift: { value: 0.15, low: LOW, high: HIGH, distribution: 'uniform' } });
    expect(await row.locator('.scenario-value__warning').count()).toBe(0);
    await screenshotSizes(page, '32-scenario-range');
    expect(await axeViolations(page)).toEqual([]);

    await view(page, 'Results');
    expect(await page.locator('[data-chart="net-fan"] .recharts-area').count()).toBe(0);
    await page.getByLabel('Number of draws').fill('2000');
    await page.getByLabel('Random seed').fill('7');
    await page.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await page.locator('[data-table="uncertainty"]').waitFor({ timeout: 60_000 });
    // The band appears on the net impact chart.
    await expect.poll(() => page.locator('[data-chart="net-fan"] .recharts-area').count()).toBe(2);
    const headers = (await page.locator('[data-table="uncertainty"] thead th').allTextContents()).slice(1);
    const cells = await page.locator('[data-table="uncertainty"] tr[data-metric="npv"] td').allTextContents();
    const shown = Object.fromEntries(headers.map((h, k) => [h.trim(), money(cells[k]!)]));
    // A uniform draw's q-quantile is LOW + q (HIGH - LOW); 2,000 draws put the sample quantile within
    // 0.03 of q (over 4 standard errors). Shown figures are rounded to £0.1m.
    const at = (q: number) => npvAt(doc, LOW + q * (HIGH - LOW));
    for (const [label, q] of [
      ['p10', 0.1],
      ['p50', 0.5],
      ['p90', 0.9],
    ] as const) {
      const [lo, hi] = [at(q - 0.03), at(q + 0.03)].sort((a, b) => a - b);
      expect(shown[label], label).toBeGreaterThanOrEqual(lo! - 0.05);
      expect(shown[label], label).toBeLessThanOrEqual(hi! + 0.05);
    }
    // Not the parameter's own range: its top (0.1) gives less than the range's bottom.
    expect(npvAt(doc, 0.1)).toBeLessThan(shown['p10']!);
    expect(app.errors).toEqual([]);
  });
});
