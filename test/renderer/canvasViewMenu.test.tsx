/**
 * The canvas's "Group and filter" menu (renderer/canvas/CanvasViewMenu.tsx): the interventions table
 * and the stages table are one component, so each tick box must still change its own part of the view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { CanvasViewMenu } from '../../renderer/canvas/CanvasViewMenu.tsx';
import { createCauswayStore } from '../../renderer/store/createStore.ts';
import { workedExample } from '../helpers/docs.ts';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

describe('the canvas view menu', () => {
  it('hides and collapses interventions and stages, each in its own list', () => {
    const doc = workedExample();
    const s = createCauswayStore(doc);
    renderWithStore(<CanvasViewMenu />, s);
    const name = doc.interventions[0]!.name;
    const view = () => s.getState().canvasView;

    fireEvent.click(screen.getByLabelText(`Collapse ${name}`));
    expect(view().collapsedInterventions).toEqual([doc.interventions[0]!.id]);
    fireEvent.click(screen.getByLabelText(`Show ${name}`));
    expect(view().hiddenInterventions).toEqual([doc.interventions[0]!.id]);
    fireEvent.click(screen.getByLabelText('Show Impacts'));
    expect(view().hiddenStages).toEqual(['impact']);
    fireEvent.click(screen.getByLabelText('Collapse Activities'));
    expect(view().collapsedStages).toEqual(['activity']);
    expect(view().collapsedInterventions).toEqual([doc.interventions[0]!.id]);
    expect(screen.getByText(/Group and filter \(4\)/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText(`Show ${name}`));
    expect(view().hiddenInterventions).toEqual([]);
    expect((screen.getByLabelText('Show Impacts') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(`Show ${name}`) as HTMLInputElement).checked).toBe(true);
  });

  it('counts the boxes of each stage', () => {
    const doc = workedExample();
    renderWithStore(<CanvasViewMenu />, createCauswayStore(doc));
    const impacts = doc.logicModel.nodes.filter((n) => n.stage === 'impact').length;
    const row = screen.getByLabelText('Show Impacts').closest('tr')!;
    expect(row.querySelector('th')!.textContent).toBe(`Impacts (${impacts})`);
  });
});
