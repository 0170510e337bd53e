/**
 * The headline views render from the metric catalogue: the figures are the worked example's, computed
 * by hand (test/models/engine/workedExample.test.ts: net GVA 2028 £32.4m, net jobs 302, NPV £73.4m,
 * BCR 17.97, very high, cost per net job £14,416, cumulative net GVA £81.0m), and changing nothing but
 * a catalogue label changes what each view shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { METRICS, projectScenario } from '../../models/index.ts';
import { KpiStrip } from '../../renderer/app/KpiStrip.tsx';
import { CompareView } from '../../renderer/compare/CompareView.tsx';
import { AppraisalPanel } from '../../renderer/results/AppraisalPanel.tsx';
import { WorkshopResults } from '../../renderer/workshop/WorkshopResults.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import type { FileCommands } from '../../renderer/app/useFileCommands.ts';
import { workedExample } from '../helpers/docs.ts';
import { renderWithStore } from './helpers.tsx';

type Labelled = { label: string; short: string };
const saved = new Map<string, Labelled>();
/** Change a catalogue entry's label for one test; put back afterwards. */
function relabel(id: keyof typeof METRICS, change: Partial<Labelled>) {
  const metric = METRICS[id] as Labelled;
  if (!saved.has(id)) saved.set(id, { label: metric.label, short: metric.short });
  Object.assign(metric, change);
}
afterEach(() => {
  for (const [id, labels] of saved) Object.assign(METRICS[id as keyof typeof METRICS], labels);
  saved.clear();
  cleanup();
});

function workedStore() {
  const store = createCauswayStore(workedExample());
  store.getState().selectScenario('digital-led');
  return store;
}

const texts = (container: HTMLElement, selector: string) =>
  [...container.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('KpiStrip', () => {
  it('shows the catalogue’s strip metrics with the hand-calculated figures', () => {
    const { container } = renderWithStore(<KpiStrip />, workedStore());
    expect(texts(container, '.kpi__label')).toEqual([
      'Net GVA 2028',
      'Net jobs 2028',
      'NPV',
      'BCR',
      'Value for money',
      'Cost per net job',
    ]);
    // Net GVA 16.2, 32.4, 32.4 and net jobs 154.1, 305.2, 302.2 in 2026-2028 (test/helpers/docs.ts):
    // peaks in 2027 (the first year at the largest value), totals 81.0 and 761.6 job-years; cost per
    // job is 4.4e6 / 305.2 at that peak.
    expect(texts(container, '.kpi__value')).toEqual([
      '£32.4m',
      '£32.4m',
      '£81.0m',
      '302',
      '305',
      '762',
      '£73.4m',
      '17.97',
      'Very high',
      '£14,416',
    ]);
    expect(texts(container, '[data-kpi="npv"] .kpi__value')).toEqual(['£73.4m']);
    expect(texts(container, '[data-kpi="net-jobs-peak"]')).toEqual(['peak 305 in 2027']);
    expect(texts(container, '[data-kpi="net-jobs-cumulative"]')).toEqual(['2026–2028 762 job-years']);
    expect(texts(container, '[data-kpi="cost-per-job"] .kpi__basis')).toEqual(['per net job at the peak, 2027']);
  });

  it('shows a changed catalogue label', () => {
    relabel('npv', { short: 'Net present value (test)' });
    relabel('net-gva', { short: 'Extra GVA' });
    const { container } = renderWithStore(<KpiStrip />, workedStore());
    expect(texts(container, '[data-kpi="npv"] .kpi__label')).toEqual(['Net present value (test)']);
    expect(texts(container, '[data-kpi="net-gva"] .kpi__label')).toEqual(['Extra GVA 2028']);
  });
});

describe('AppraisalPanel', () => {
  const projection = () => {
    const p = projectScenario(workedExample(), 'digital-led');
    if (!p.ok) throw new Error('worked example does not project');
    return p.value;
  };

  it('lists the appraisal metrics with their full labels and the hand-calculated figures', () => {
    const { container } = renderWithStore(<AppraisalPanel doc={workedExample()} projection={projection()} />);
    expect(texts(container, '[data-appraisal] th')).toEqual([
      'Present value of benefits (net additional GVA)',
      'Present value of costs (with optimism bias)',
      'Net present value',
      'Benefit–cost ratio',
      'Value-for-money category',
      'Cost per net additional job',
    ]);
    expect(texts(container, '[data-appraisal] td')).toEqual([
      '£77.8m',
      '£4.3m',
      '£73.4m',
      '17.97',
      'Very high',
      '£14,416',
    ]);
  });

  it('shows a changed catalogue label', () => {
    relabel('pv-costs', { label: 'Costs, discounted (test)' });
    const { container } = renderWithStore(<AppraisalPanel doc={workedExample()} projection={projection()} />);
    expect(texts(container, '[data-appraisal="pv-costs"] th')).toEqual(['Costs, discounted (test)']);
  });
});

describe('CompareView', () => {
  function files(exported: [string, string][] = []): FileCommands {
    return { exportCsv: async (name: string, csv: string) => void exported.push([name, csv]) } as FileCommands;
  }

  it('shows every scenario under the catalogue’s compare headings, best values marked', () => {
    const { container } = renderWithStore(<CompareView files={files()} />, workedStore());
    expect(texts(container, '[data-table="compare"] thead th')).toEqual([
      'Scenario',
      'Net GVA 2028 (£m)',
      'Peak net GVA (£m)',
      'Net GVA 2026–2028 (£m)',
      'Net jobs 2028',
      'Peak net jobs',
      'Net job-years 2026–2028',
      'PV benefits (£m)',
      'PV costs (£m)',
      'NPV (£m)',
      'BCR',
      'Value for money',
      'Cost per net job',
    ]);
    const cells = (id: string) =>
      texts(
        container,
        `tr[data-scenario="${id}"] td > div:first-child, tr[data-scenario="${id}"] td[data-column="vfm"]`,
      );
    expect(cells('digital-led')).toEqual([
      '£32.4m',
      '£32.4m',
      '£81.0m',
      '302',
      '305',
      '762',
      '£77.8m',
      '£4.3m',
      '£73.4m',
      '17.97',
      'Very high',
      '£14,416',
    ]);
    expect(cells('bau')).toEqual(['£0.0m', '£0.0m', '£0.0m', '0', '0', '0', '£0.0m', '£0.0m', '£0.0m', '–', '–', '–']);
    // The peak's year sits under the peak figure.
    expect(texts(container, 'tr[data-scenario="digital-led"] td[data-column="net-jobs-peak"] div')).toContain(
      'in 2027',
    );
    // Higher NPV is better: digital-led's is marked, and its difference from business as usual is shown.
    expect(container.querySelector('tr[data-scenario="digital-led"] td[data-column="npv"]')!.className).toContain(
      'is-best',
    );
    expect(texts(container, 'tr[data-scenario="digital-led"] td[data-column="npv"] .delta')).toEqual(['+£73.4m']);
  });

  it('shows a changed catalogue label', () => {
    relabel('bcr', { short: 'Return ratio (test)' });
    const { container } = renderWithStore(<CompareView files={files()} />, workedStore());
    expect(texts(container, '[data-table="compare"] thead th')).toContain('Return ratio (test)');
  });

  it('exports the compare table through the one CSV writer', async () => {
    const exported: [string, string][] = [];
    renderWithStore(<CompareView files={files(exported)} />, workedStore());
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(exported).toHaveLength(1);
    const [name, csv] = exported[0]!;
    expect(name).toBe('scenario-comparison.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFScenario,"Net additional GVA 2028 (£m, 2019 prices)","Net additional GVA in the peak year (£m, 2019 prices)",Year of peak net additional GVA,"Net additional GVA 2026–2028 (£m, 2019 prices)",Net additional jobs 2028 (jobs),Net additional jobs in the peak year (jobs),Year of peak net additional jobs,Net additional job-years 2026–2028 (job-years),"Present value of benefits (net additional GVA) (£m, 2019 prices)","Present value of costs (with optimism bias) (£m, 2019 prices)","Net present value (£m, 2019 prices)",Benefit–cost ratio (ratio),Value-for-money category,"Cost per net additional job (£ per job, 2019 prices)"',
    );
    expect(lines[2]).toBe('Digital-led,32.4,32.4,2027,81.0,302,305,2027,762,77.8,4.3,73.4,17.97,Very high,14416');
    expect(lines[1]).toBe('Business as usual,0.0,0.0,,0.0,0,0,,0,0.0,0.0,0.0,,,');
  });
});

describe('WorkshopResults', () => {
  it('shows the catalogue’s workshop metrics with their change from the scenario as it stands', () => {
    const doc = workedExample();
    const base = projectScenario(doc, 'bau');
    const current = projectScenario(doc, 'digital-led');
    const { container } = renderWithStore(<WorkshopResults doc={doc} base={base} current={current} />);
    expect(texts(container, '.ws-kpi__label')).toEqual([
      'Net additional GVA in the peak year',
      'Net additional jobs in the peak year',
      'Net present value',
      'Benefit–cost ratio',
      'Cost per net additional job',
    ]);
    // Peaks of 32.4 and 305.2 in 2027 (the first year at the largest value).
    expect(texts(container, '[data-ws-kpi="net-jobs-peak"] .ws-kpi__value')).toEqual(['305']);
    expect(texts(container, '.ws-kpi__basis')).toEqual(['in 2027', 'in 2027', 'per net job at the peak, 2027']);
    expect(texts(container, '[data-ws-kpi="npv"] .ws-kpi__value')).toEqual(['£73.4m']);
    expect(texts(container, '[data-ws-kpi="npv"] .ws-kpi__delta')).toEqual(['▲ +£73.4m vs scenario']);
  });
});
