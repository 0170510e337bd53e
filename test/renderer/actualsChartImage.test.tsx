/**
 * The indicator chart (projection, actuals and target) can be saved as an image like every other
 * chart: its menu writes the report's SVG of the same series, with title and legend, through the
 * platform's binary save (issue 12: every chart can be saved as PNG and SVG).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import { ActualsChart } from '../../renderer/monitoring/ActualsChart.tsx';
import { actualsSpec } from '../../renderer/report/screenCharts.ts';
import type { Indicator, LogicNode } from '../../models/index.ts';
import { fakePlatform, renderWithStore } from './helpers.tsx';

afterEach(cleanup);

const node = { id: 'firms', stage: 'output', label: 'Firms supported', expr: '10' } as LogicNode;
const indicator: Indicator = {
  id: 'firms-count',
  name: 'Firms supported',
  unit: 'firms',
  target: 60,
  targetYear: 2030,
  actuals: { '2027': 12, '2026': 8 },
};
const years = [2026, 2027, 2028, 2029];
const projected = [10, 20, 30, 40];

describe('saving the indicator chart as an image', () => {
  it('lays the projection, actuals and target on one year axis', () => {
    const spec = actualsSpec({ node, indicator, years, projected, scenarioName: 'Digital-led' });
    // Every year from the first to the last any series has (2026 to the target year 2030).
    expect(spec.categories).toEqual([2026, 2027, 2028, 2029, 2030]);
    const series = Object.fromEntries(spec.series.map((s) => [s.id, s.values]));
    expect(series['projected']).toEqual([10, 20, 30, 40, null]);
    expect(series['actuals']).toEqual([8, 12, null, null, null]);
    expect(series['target']).toEqual([null, null, null, null, 60]);
    expect(spec.title).toBe(
      'Firms supported (firms): actuals against the projection of “Firms supported”, Digital-led',
    );
  });

  it('offers PNG and SVG, and saves the SVG with its title and legend', async () => {
    const saveBinary = vi.fn((name: string) => Promise.resolve({ ok: true as const, value: { name } }));
    const { container } = renderWithStore(
      <ActualsChart node={node} indicator={indicator} years={years} projected={projected} scenarioName="Digital-led" />,
      undefined,
      fakePlatform({ saveBinary }),
    );
    const menu = container.querySelector('[data-save-image="indicator-firms-firms-count"]');
    expect(menu).not.toBeNull();
    const items = [...menu!.querySelectorAll('[role="menuitem"]')];
    expect(items.map((b) => b.textContent)).toEqual(['PNG (2×)', 'SVG']);
    fireEvent.click(items[1]!);
    await waitFor(() => expect(saveBinary).toHaveBeenCalled());
    const [name, type, bytes] = saveBinary.mock.calls[0]! as unknown as [string, string, Uint8Array];
    expect([name, type]).toEqual(['indicator-firms-firms-count.svg', 'svg']);
    const svg = new TextDecoder().decode(bytes);
    expect(svg).toMatch(/^<svg /);
    for (const text of ['Firms supported (firms)', 'Projection', 'Actuals', 'Target']) expect(svg).toContain(text);
  });
});
