/**
 * The headline views render from the metric catalogue: the figures are the worked example's, computed
 * by hand (test/models/engine/workedExample.test.ts: net GVA 2028 £32.4m, net jobs 302, local NPV
 * £73.4m, local BCR 17.97, cost per net job £14,416, per job-year 4.4e6 / 761.56 = £5,778, cumulative
 * net GVA £81.0m). The example has no national factors, so UK social value and the value-for-money
 * band are "Not assessed"; with Dn 0.5 and the GVA a productivity benefit (test/models/report/
 * tables.test.ts), UK PV £38.9m, NPSV £34.5m, UK social BCR 8.99, very high. Changing nothing but a
 * catalogue label changes what each view shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { METRICS, projectScenario } from '../../models/index.ts';
import { KpiStrip } from '../../renderer/app/KpiStrip.tsx';
import { CompareView } from '../../renderer/compare/CompareView.tsx';
import { AppraisalMeasures } from '../../renderer/appraisal/AppraisalMeasures.tsx';
import { WorkshopResults } from '../../renderer/workshop/WorkshopResults.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import type { FileCommands } from '../../renderer/app/useFileCommands.ts';
import { withChange, workedExample } from '../helpers/docs.ts';
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
      'Local NPV',
      'Local GVA per £1',
      'UK social BCR',
      'Value for money',
      'Cost per net job',
    ]);
    // Net GVA 16.2, 32.4, 32.4 and net jobs 154.1, 305.2, 302.2 in 2026-2028 (test/helpers/docs.ts):
    // peaks in 2027 (the first year at the largest value), totals 81.0 and 761.6 job-years; public
    // cost 4.4 (£m) gives 4.4e6 / 305.2 per job at the peak and 4.4e6 / 761.6 per job-year.
    expect(texts(container, '.kpi__value')).toEqual([
      '£32.4m',
      '£32.4m',
      '£81.0m',
      '302',
      '305',
      '762',
      '£73.4m',
      '17.97',
      'Not assessed',
      'Not assessed',
      '£14,416',
      '£5,778',
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

describe('AppraisalMeasures', () => {
  const national = () =>
    withChange(workedExample(), (d) => {
      d.interventions[0]!.national = { displacement: 0.5, labourSupply: 0.1, illustrative: true };
      d.logicModel.nodes.find((n) => n.id === 'uplift')!.benefit = 'productivity';
    });
  const projection = (doc = workedExample()) => {
    const p = projectScenario(doc, 'digital-led');
    if (!p.ok) throw new Error('worked example does not project');
    return p.value;
  };

  it('shows the local return and UK social value side by side, with plain labels and hand-calculated figures', () => {
    const doc = national();
    const { container } = renderWithStore(<AppraisalMeasures doc={doc} projection={projection(doc)} />);
    expect(texts(container, '[data-measure="local"] h4, [data-measure="social"] h4')).toEqual([
      'Local economic return',
      'UK social value (Green Book)',
    ]);
    expect(texts(container, '[data-measure="local"] [data-appraisal] th')).toEqual([
      'Present value of net local GVA',
      'Present value of public costs (with optimism bias)',
      'Net local GVA less public cost (present value)',
      'Net local GVA per £1 of public cost',
    ]);
    expect(texts(container, '[data-measure="local"] [data-appraisal] td')).toEqual([
      '£77.8m',
      '£4.3m',
      '£73.4m',
      '17.97',
    ]);
    expect(texts(container, '[data-measure="social"] [data-appraisal] th')).toEqual([
      'Present value of UK social benefits',
      'Present value of private costs (with optimism bias)',
      'Present value of public costs (with optimism bias)',
      'Net present social value (UK)',
      'UK social BCR (Green Book)',
      'Value-for-money category (UK social BCR)',
    ]);
    expect(texts(container, '[data-measure="social"] [data-appraisal] td')).toEqual([
      '£38.9m',
      '£0.0m',
      '£4.3m',
      '£34.5m',
      '8.99',
      'Very high',
    ]);
    expect(texts(container, '[data-appraisal="cost-per-job-year"] td')).toEqual(['£5,778']);
    expect(texts(container, '[data-illustrative]')[0]).toMatch(/national factors of Digital adoption support/);
  });

  it('says "not assessed" and what to set when an intervention has no national factors', () => {
    const { container } = renderWithStore(<AppraisalMeasures doc={workedExample()} projection={projection()} />);
    expect(texts(container, '[data-appraisal="social-bcr"] td')[0]).toMatch(/^Not assessed \(/);
    expect(texts(container, '[data-appraisal="vfm"] td')[0]).toMatch(/^Not assessed \(/);
    expect(texts(container, '[data-measure="social"] [role="status"]')[0]).toMatch(
      /"digital" has no national factors: set national displacement and the labour-supply share\..*Set them under Assumptions/,
    );
  });

  it('shows a changed catalogue label', () => {
    relabel('pv-costs', { label: 'Costs, discounted (test)' });
    const { container } = renderWithStore(<AppraisalMeasures doc={workedExample()} projection={projection()} />);
    expect(texts(container, '[data-measure="local"] [data-appraisal="pv-costs"] th')).toEqual([
      'Costs, discounted (test)',
    ]);
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
      'PV local GVA (£m)',
      'PV public costs (£m)',
      'Local NPV (£m)',
      'Local GVA per £1',
      'PV UK benefits (£m)',
      'PV private costs (£m)',
      'UK NPSV (£m)',
      'UK social BCR',
      'Value for money',
      'Cost per net job',
      'Cost per job-year',
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
      'Not assessed',
      '£0.0m',
      'Not assessed',
      'Not assessed',
      'Not assessed',
      '£14,416',
      '£5,778',
    ]);
    expect(cells('bau')).toEqual([
      '£0.0m',
      '£0.0m',
      '£0.0m',
      '0',
      '0',
      '0',
      '£0.0m',
      '£0.0m',
      '£0.0m',
      'Not assessed',
      '£0.0m',
      '£0.0m',
      '£0.0m',
      'Not assessed',
      'Not assessed',
      '–',
      '–',
    ]);
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
      '\uFEFFScenario,"Net additional GVA 2028 (£m, 2019 prices)","Net additional GVA in the peak year (£m, 2019 prices)",Year of peak net additional GVA,"Net additional GVA 2026–2028 (£m, 2019 prices)",Net additional jobs 2028 (jobs),Net additional jobs in the peak year (jobs),Year of peak net additional jobs,Net additional job-years 2026–2028 (job-years),"Present value of net local GVA (£m, 2019 prices)","Present value of public costs (with optimism bias) (£m, 2019 prices)","Net local GVA less public cost (present value) (£m, 2019 prices)",Net local GVA per £1 of public cost (ratio),"Present value of UK social benefits (£m, 2019 prices)","Present value of private costs (with optimism bias) (£m, 2019 prices)","Net present social value (UK) (£m, 2019 prices)",UK social BCR (Green Book) (ratio),Value-for-money category (UK social BCR),"Cost per net additional job (£ per job, 2019 prices)","Cost per net job-year (£ per job-year, 2019 prices)"',
    );
    // A figure that is not assessed is an empty cell, never a zero; the peak years are columns of their own.
    expect(lines[2]).toBe('Digital-led,32.4,32.4,2027,81.0,302,305,2027,762,77.8,4.3,73.4,17.97,,0.0,,,,14416,5778');
    expect(lines[1]).toBe('Business as usual,0.0,0.0,,0.0,0,0,,0,0.0,0.0,0.0,,0.0,0.0,0.0,,,,');
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
      'Net local GVA less public cost (present value)',
      'Net local GVA per £1 of public cost',
      'UK social BCR (Green Book)',
      'Cost per net job-year',
    ]);
    // Peaks of 32.4 and 305.2 in 2027 (the first year at the largest value).
    expect(texts(container, '[data-ws-kpi="net-jobs-peak"] .ws-kpi__value')).toEqual(['305']);
    expect(texts(container, '.ws-kpi__basis')).toEqual(['in 2027', 'in 2027']);
    expect(texts(container, '[data-ws-kpi="npv"] .ws-kpi__value')).toEqual(['£73.4m']);
    expect(texts(container, '[data-ws-kpi="npv"] .ws-kpi__delta')).toEqual(['▲ +£73.4m vs scenario']);
  });
});
