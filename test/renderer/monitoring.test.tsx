/**
 * Issue 14 in the app: the trace panel from a headline figure and from a box, the inspector's
 * indicators, the logic checks list with dismissals, and the indicators register with actuals against
 * the projection. Numbers are checked against models/explain and models/report directly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import {
  explain,
  formatContribution,
  formatTraceValue,
  senseChecks,
  setIndicatorActual,
  updateIndicator,
  addIndicator,
} from '../../models/index.ts';
import { KpiStrip } from '../../renderer/app/KpiStrip.tsx';
import { NodeInspector } from '../../renderer/inspector/NodeInspector.tsx';
import { LogicChecksList } from '../../renderer/monitoring/LogicChecksList.tsx';
import { LogframePanel } from '../../renderer/monitoring/LogframePanel.tsx';
import { ContextPanel } from '../../renderer/monitoring/ContextPanel.tsx';
import { TraceHost } from '../../renderer/trace/TraceHost.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { selectDoc, useCauseway } from '../../renderer/store/context.tsx';
import { exampleDoc, renderWithStore } from './helpers.tsx';

afterEach(cleanup);

function InspectorHarness({ id }: { id: string }) {
  const doc = useCauseway(selectDoc);
  return <NodeInspector doc={doc} node={doc.logicModel.nodes.find((n) => n.id === id)!} problems={[]} />;
}

describe('the trace panel', () => {
  it('opens from the headline net jobs with the trace models/explain gives, and expands a level', () => {
    const { store } = renderWithStore(
      <TraceHost>
        <KpiStrip />
      </TraceHost>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Net additional jobs.*Why this number\?/ }));
    const dialog = screen.getByRole('dialog', { name: 'Why this number?' });
    const expected = explain(store.getState().doc, 'digital-led', { total: 'jobs' });
    if (!expected.ok) throw new Error('explain failed');
    expect(dialog.querySelector('[data-trace-value]')!.textContent).toBe(
      `${formatTraceValue(expected.value.value)} jobs`,
    );
    const first = expected.value.inputs[0]!;
    const row = dialog.querySelector(`[data-trace-entry="intervention:${first.id}"]`)!;
    expect(row.textContent).toContain(formatContribution(first.contribution));
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Show the inputs of/ }));
    expect(dialog.querySelector(`[data-trace-entry="gross:${first.id}"]`)).toBeTruthy();
    expect(dialog.textContent).toContain('= gross x (1 - deadweight)');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens from a box in the inspector, and another year can be chosen', () => {
    const { store } = renderWithStore(
      <TraceHost>
        <InspectorHarness id="digital_gva" />
      </TraceHost>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Why this number?' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Year'), { target: { value: '2030' } });
    const expected = explain(store.getState().doc, 'digital-led', { node: 'digital_gva' }, { year: 2030 });
    if (!expected.ok) throw new Error('explain failed');
    expect(dialog.querySelector('[data-trace-value]')!.textContent).toBe(
      `${formatTraceValue(expected.value.value)} £m`,
    );
    expect(dialog.textContent).toContain('= productivity_gain');
  });
});

describe('indicators in the inspector', () => {
  it('adds an indicator in the box unit and records its target and an actual', () => {
    const { store } = renderWithStore(<InspectorHarness id="digital_gva" />);
    fireEvent.click(screen.getByRole('button', { name: 'Add indicator' }));
    const node = () => store.getState().doc.logicModel.nodes.find((n) => n.id === 'digital_gva')!;
    expect(node().indicators).toEqual(
      [{ id: 'indicator-1', name: 'Indicator for Digital adoption GVA', unit: '£m' }].map((i) => ({
        ...i,
        name: expect.any(String),
      })),
    );
    const name = node().indicators![0]!.name;
    fireEvent.change(screen.getByLabelText(`Target of ${name}`), { target: { value: '12.5' } });
    fireEvent.change(screen.getByLabelText(`Target year of ${name}`), { target: { value: '2030' } });
    fireEvent.change(screen.getByLabelText(`Year of a new actual for ${name}`), { target: { value: '2027' } });
    fireEvent.change(screen.getByLabelText(`New actual for ${name}`), { target: { value: '3.2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add actual' }));
    expect(node().indicators![0]).toMatchObject({ target: 12.5, targetYear: 2030, actuals: { '2027': 3.2 } });
  });
});

describe('the logic checks list', () => {
  it('lists the live notes with why they matter, and dismisses one with a reason kept in the file', () => {
    const { store } = renderWithStore(<LogicChecksList />);
    const notes = senseChecks(store.getState().doc).filter((n) => !n.dismissed);
    expect(notes.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: `${notes.length} to look at` })).toBeTruthy();
    const need = document.querySelector('[data-check="context.need"]') as HTMLElement;
    expect(need.textContent).toContain('Why it matters:');
    fireEvent.click(within(need).getByRole('button', { name: 'Dismiss…' }));
    fireEvent.change(within(need).getByLabelText('Why does this not apply?'), {
      target: { value: 'In the business case.' },
    });
    fireEvent.click(within(need).getByRole('button', { name: 'Dismiss with this reason' }));
    expect(store.getState().doc.logicModel.checks).toEqual({
      dismissed: [{ check: 'context.need', subject: '', reason: 'In the business case.' }],
    });
    expect(screen.getByRole('heading', { name: `${notes.length - 1} to look at` })).toBeTruthy();
    expect(screen.getByText('1 dismissed with reasons')).toBeTruthy();
  });

  it('follows the context panel: stating the need clears its note', () => {
    const store = createCauswayStore(exampleDoc());
    renderWithStore(
      <>
        <ContextPanel />
        <LogicChecksList />
      </>,
      store,
    );
    expect(document.querySelector('[data-check="context.need"]')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('The need the intervention answers'), { target: { value: 'Firms lag.' } });
    expect(store.getState().doc.logicModel.context).toEqual({ need: 'Firms lag.' });
    expect(document.querySelector('[data-check="context.need"]')).toBeNull();
  });
});

describe('the indicators register', () => {
  it('lists each indicator and plots its actuals against the box projection', () => {
    let doc = addIndicator(exampleDoc(), 'digital_gva', 'GVA of supported firms').doc;
    doc = updateIndicator(doc, 'digital_gva', 'indicator-1', { target: 5, targetYear: 2032, source: 'Accounts' });
    doc = setIndicatorActual(doc, 'digital_gva', 'indicator-1', 2027, 1.5);
    doc = setIndicatorActual(doc, 'digital_gva', 'indicator-1', 2028, 2.5);
    renderWithStore(<LogframePanel />, createCauswayStore(doc));
    const row = document.querySelector('[data-row="digital_gva:indicator-1"]')!;
    expect(row.textContent).toContain('GVA of supported firms');
    expect(row.textContent).toContain('2027: 1.5; 2028: 2.5');
    const chart = document.querySelector('[data-indicator-chart="digital_gva:indicator-1"]')!;
    expect([...chart.querySelectorAll('[data-actual]')].map((c) => c.getAttribute('data-actual'))).toEqual([
      '2027',
      '2028',
    ]);
    expect(chart.querySelector('svg')!.getAttribute('aria-label')).toMatch(/2 actuals against the projection/);
  });
});
