/** Components under happy-dom: they read the store and write through pure edits. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { projectScenario } from '../../models/index.ts';
import { KpiStrip } from '../../renderer/app/KpiStrip.tsx';
import { ParameterTable } from '../../renderer/assumptions/ParameterTable.tsx';
import { NodeInspector } from '../../renderer/inspector/NodeInspector.tsx';
import { AdditionalityTable } from '../../renderer/assumptions/AdditionalityTable.tsx';
import { formatGbpM } from '../../renderer/format.ts';
import { selectDoc, useCauseway } from '../../renderer/store/context.tsx';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

describe('KpiStrip', () => {
  it('shows the engine’s NPV for the scenario shown and follows edits', () => {
    const { store, container } = renderWithStore(<KpiStrip />);
    const npv = () => container.querySelector('[data-kpi="npv"] .kpi__value')!.textContent;
    const expected = projectScenario(store.getState().doc, 'digital-led');
    expect(expected.ok && npv()).toBe(expected.ok && formatGbpM(expected.value.appraisal.npv));
  });
});

describe('ParameterTable', () => {
  it('moves the file value with the slider, or the override where the scenario has one', () => {
    const { store } = renderWithStore(<ParameterTable filter="" />);
    fireEvent.change(screen.getByLabelText('Annual programme budget slider'), { target: { value: '4.5' } });
    expect(store.getState().doc.parameters['annual_budget']!.value).toBe(4.5);
    fireEvent.change(screen.getByLabelText('Supported firms that adopt slider'), { target: { value: '0.7' } });
    expect(store.getState().doc.scenarios.find((s) => s.id === 'digital-led')!.overrides!['adoption_rate']).toBe(0.7);
    expect(store.getState().doc.parameters['adoption_rate']!.value).toBe(0.6);
  });

  it('labels the scenario’s own value “set here”, resets it to the file value and sets it again', () => {
    const { store } = renderWithStore(<ParameterTable filter="" />);
    const row = () => screen.getByText('adoption_rate').closest('tr')!;
    expect((screen.getByLabelText('Supported firms that adopt in Digital-led') as HTMLInputElement).value).toBe('0.65');
    expect(row().querySelector('.source-label')!.textContent).toBe('set here');
    fireEvent.click(
      screen.getByRole('button', { name: 'Reset to inherited: Supported firms that adopt in Digital-led' }),
    );
    expect(store.getState().doc.scenarios.find((s) => s.id === 'digital-led')!.overrides).toBeUndefined();
    // Now the file's value, said in words, with its value shown.
    expect(row().querySelector('.source-label')!.textContent).toBe('file value');
    expect(row().querySelector('.scenario-value__inherited')!.textContent).toBe('0.6');
    fireEvent.click(screen.getByRole('button', { name: 'Set here: Supported firms that adopt in Digital-led' }));
    expect(store.getState().doc.scenarios.find((s) => s.id === 'digital-led')!.overrides).toEqual({
      adoption_rate: 0.6,
    });
  });

  it('labels a value inherited from another scenario with its name, and the slider makes it the scenario’s own', () => {
    const { store } = renderWithStore(<ParameterTable filter="" />);
    act(() => {
      store.getState().edit((d) => ({
        ...d,
        scenarios: [...d.scenarios, { id: 'scaled', name: 'Scaled', basedOn: 'digital-led' }],
      }));
      store.getState().selectScenario('scaled');
    });
    const row = () => screen.getByText('adoption_rate').closest('tr')!;
    expect(row().querySelector('.source-label')!.textContent).toBe('inherited from Digital-led');
    expect(row().querySelector('.scenario-value__inherited')!.textContent).toBe('0.65');
    fireEvent.change(screen.getByLabelText('Supported firms that adopt slider'), { target: { value: '0.7' } });
    const doc = store.getState().doc;
    expect(doc.scenarios.find((s) => s.id === 'scaled')!.overrides).toEqual({ adoption_rate: 0.7 });
    expect(doc.scenarios.find((s) => s.id === 'digital-led')!.overrides).toEqual({ adoption_rate: 0.65 });
    expect(row().querySelector('.source-label')!.textContent).toBe('set here');
  });

  it('gives an override a range of its own in the scenario, refusing one that leaves out its value', () => {
    const { store } = renderWithStore(<ParameterTable filter="" />);
    fireEvent.click(screen.getByRole('button', { name: /^Range: .*, Supported firms that adopt in Digital-led$/ }));
    fireEvent.change(screen.getByLabelText('Low of Supported firms that adopt in Digital-led'), {
      target: { value: '0.7' },
    });
    fireEvent.change(screen.getByLabelText('High of Supported firms that adopt in Digital-led'), {
      target: { value: '0.8' },
    });
    expect(screen.getByText(/must include its value in this scenario \(0.65\)/)).toBeTruthy();
    expect(store.getState().doc.scenarios.find((s) => s.id === 'digital-led')!.overrides).toEqual({
      adoption_rate: 0.65,
    });
    fireEvent.change(screen.getByLabelText('Low of Supported firms that adopt in Digital-led'), {
      target: { value: '0.5' },
    });
    fireEvent.change(screen.getByLabelText('Distribution of Supported firms that adopt in Digital-led'), {
      target: { value: 'uniform' },
    });
    expect(store.getState().doc.scenarios.find((s) => s.id === 'digital-led')!.overrides).toEqual({
      adoption_rate: { value: 0.65, low: 0.5, high: 0.8, distribution: 'uniform' },
    });
  });

  it('filters by label or id', () => {
    renderWithStore(<ParameterTable filter="reshore" />);
    expect(screen.getAllByRole('row')).toHaveLength(1 + 2);
  });
});

/** The inspector as the app mounts it: reading the live document from the store. */
function InspectorHarness({ id }: { id: string }) {
  const doc = useCauseway(selectDoc);
  const node = doc.logicModel.nodes.find((n) => n.id === id)!;
  return <NodeInspector doc={doc} node={node} problems={[]} />;
}

describe('NodeInspector', () => {
  it('validates the formula as you type and offers the missing link', () => {
    const { store } = renderWithStore(<InspectorHarness id="digital_gva" />);
    const doc = () => store.getState().doc;
    const formula = screen.getByLabelText('Formula (each year)');
    fireEvent.change(formula, { target: { value: 'productivity_gain *' } });
    expect(screen.getByText(/cannot be read/)).toBeTruthy();
    fireEvent.change(formula, { target: { value: 'productivity_gain + adopters * 0.001' } });
    fireEvent.click(screen.getByRole('button', { name: /Add missing link from adopters/ }));
    expect(doc().logicModel.links.some((l) => l.from === 'adopters' && l.to === 'digital_gva')).toBe(true);
  });

  it('suggests names as you type', () => {
    renderWithStore(<InspectorHarness id="firms_supported" />);
    const formula = screen.getByLabelText('Formula (each year)') as HTMLTextAreaElement;
    fireEvent.change(formula, { target: { value: 'gra', selectionStart: 3 } });
    formula.setSelectionRange(3, 3);
    fireEvent.select(formula);
    expect(screen.getByRole('listbox', { name: 'Name suggestions' }).textContent).toContain('grant');
  });
});

describe('AdditionalityTable', () => {
  it('edits a factor and shows the net share', () => {
    const { store } = renderWithStore(<AdditionalityTable />);
    // Shown and typed in per cent; stored as a fraction.
    fireEvent.change(screen.getByLabelText('Deadweight for Digital adoption support'), { target: { value: '50' } });
    expect(store.getState().doc.interventions[0]!.additionality.deadweight).toBe(0.5);
    // 150% is out of range: refused, the stored value stays.
    fireEvent.change(screen.getByLabelText('Leakage for Digital adoption support'), { target: { value: '150' } });
    expect(store.getState().doc.interventions[0]!.additionality.leakage).toBe(0.1);
  });
});
