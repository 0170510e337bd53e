/**
 * The Problems list: errors first, and a long list (here 60 warnings about links without evidence)
 * shows its first 50 until asked for all, while the count says how many there are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { ProblemsPanel } from '../../renderer/canvas/ProblemsPanel.tsx';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

describe('ProblemsPanel', () => {
  it('lists errors first and the first 50 problems until asked for all', () => {
    const { store } = renderWithStore(<ProblemsPanel />);
    act(() =>
      store.getState().edit((d) => {
        const nodes = [...d.logicModel.nodes];
        const links = [...d.logicModel.links];
        for (let k = 0; k < 60; k++) {
          nodes.push({ id: `a${k}`, stage: 'input', label: `Source ${k}`, expr: '1' });
          nodes.push({ id: `b${k}`, stage: 'output', label: `Target ${k}`, expr: `a${k} * 2` });
          links.push({ id: `l${k}`, from: `a${k}`, to: `b${k}` });
        }
        // One error, added last: a formula naming a box with no arrow into it.
        nodes.push({ id: 'broken', stage: 'output', label: 'Broken', expr: 'a0 + 1' });
        return { ...d, logicModel: { ...d.logicModel, nodes, links } };
      }),
    );
    const region = screen.getByRole('region', { name: 'Problems' });
    const rows = () => [...region.querySelectorAll('.problem')].map((e) => e.textContent ?? '');
    const count = Number(region.querySelector('.count')!.textContent);
    expect(count).toBeGreaterThan(50);
    expect(rows()).toHaveLength(50);
    // The error comes first although it was added after the 60 warnings.
    expect(rows()[0]).toMatch(/^Error.*“Broken” \(broken\) uses box “Source 0” \(a0\)/);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${count} problems (${count - 50} more)` }));
    expect(rows()).toHaveLength(count);
    expect(rows().filter((r) => /"Source \d+" to "Target \d+" carries a number/.test(r))).toHaveLength(60);
    expect(rows().filter((r) => r.startsWith('Error'))).toHaveLength(1);
  });
});
