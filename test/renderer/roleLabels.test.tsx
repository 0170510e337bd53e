/**
 * "Role in results" (audit of issue 11): each role is offered once under its own name, and the box on
 * the canvas names a private cost as one (it said nothing, and the inspector offered "Gross jobs" twice,
 * the first of which made the box a private cost).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { ROLES, type Role } from '../../models/index.ts';
import { NodeInspector } from '../../renderer/inspector/NodeInspector.tsx';
import { ROLE_LABEL } from '../../renderer/canvas/LogicNodeCard.tsx';
import { selectDoc, useCauseway } from '../../renderer/store/context.tsx';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

function InspectorHarness({ id }: { id: string }) {
  const doc = useCauseway(selectDoc);
  const node = doc.logicModel.nodes.find((n) => n.id === id)!;
  return <NodeInspector doc={doc} node={node} problems={[]} />;
}

describe('role in results', () => {
  it('offers each role once, under its own name, and sets the role chosen', () => {
    const { store } = renderWithStore(<InspectorHarness id="firms_supported" />);
    const select = screen.getByLabelText('Role in results') as HTMLSelectElement;
    const options = [...select.options].map((o) => [o.value, o.textContent] as const);
    expect(options).toEqual([
      ['', 'Intermediate'],
      ['cost', 'Public cost (£m)'],
      ['privateCost', 'Private cost (£m)'],
      ['gva', 'Gross GVA (£m)'],
      ['jobs', 'Gross jobs'],
    ]);
    fireEvent.change(select, { target: { value: 'jobs' } });
    expect(store.getState().doc.logicModel.nodes.find((n) => n.id === 'firms_supported')!.role).toBe('jobs');
  });

  it('has a short canvas label for every role, each different', () => {
    const labels = ROLES.map((r: Role) => ROLE_LABEL[r]);
    expect(labels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(ROLES.length);
    expect(ROLE_LABEL.privateCost).toBe('Private cost');
  });
});
