/**
 * Gross to net: cumulative gross GVA over the horizon, then what each additionality factor takes away
 * (or the multiplier adds), ending at net additional GVA. Steps come from the core (additionalitySteps)
 * and are summed over the scenario's interventions.
 */
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { additionalitySteps, centralAdditionality, type Projection, type ScenarioDocument } from '../engine.ts';
import { formatAxisGbpM, formatGbpM } from '../format.ts';
import { SaveImageMenu } from '../report/SaveImageMenu.tsx';
import { waterfallPicture } from '../report/screenCharts.ts';

interface Step {
  name: string;
  range: [number, number];
  value: number;
  kind: 'total' | 'down' | 'up';
}

export function waterfallSteps(doc: ScenarioDocument, projection: Projection): Step[] {
  const sum = (xs: number[] | undefined) => (xs ?? []).reduce((a, b) => a + b, 0);
  let gross = 0;
  const changes = new Map<string, number>();
  for (const i of doc.interventions) {
    const ip = projection.interventions[i.id];
    if (!ip) continue;
    const g = sum(ip.grossImpact.gva);
    gross += g;
    for (const s of additionalitySteps(g, centralAdditionality(i.additionality)))
      changes.set(s.step, (changes.get(s.step) ?? 0) + s.change);
  }
  const steps: Step[] = [{ name: 'Gross GVA', range: [0, gross], value: gross, kind: 'total' }];
  let running = gross;
  for (const [name, change] of changes) {
    steps.push({
      name,
      range: [Math.min(running, running + change), Math.max(running, running + change)],
      value: change,
      kind: change < 0 ? 'down' : 'up',
    });
    running += change;
  }
  steps.push({ name: 'Net GVA', range: [0, running], value: running, kind: 'total' });
  return steps;
}

const COLOURS = { total: '#1f5fa8', down: '#c2561a', up: '#2f8450' };

function WaterfallImpl({ doc, projection }: { doc: ScenarioDocument; projection: Projection }) {
  const steps = useMemo(() => waterfallSteps(doc, projection), [doc, projection]);
  const empty = steps[0]!.value === 0;
  return (
    <figure className="chart" data-chart="waterfall">
      <figcaption className="chart__title">
        Gross to net additional GVA, {projection.years[0]}–{projection.years.at(-1)} total, £m ({doc.prices.baseYear}{' '}
        prices)
      </figcaption>
      <SaveImageMenu name="gross-to-net" picture={waterfallPicture(doc, projection, steps)} />
      <div className="chart__body">
        {empty ? (
          <p className="muted chart__empty">No gross impact in this scenario.</p>
        ) : (
          <ResponsiveContainer width="100%" height={230}>
            <BarChart data={steps} margin={{ top: 18, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e6e9ee" vertical={false} />
              <XAxis dataKey="name" tick={{ fontSize: 11, fill: '#4a5565' }} tickLine={false} interval={0} />
              <YAxis
                tick={{ fontSize: 11, fill: '#4a5565' }}
                tickFormatter={formatAxisGbpM}
                width={64}
                tickLine={false}
                axisLine={false}
              />
              <Tooltip formatter={(_v, _n, item) => formatGbpM((item.payload as Step).value)} />
              <Bar dataKey="range" isAnimationActive={false}>
                {steps.map((s) => (
                  <Cell key={s.name} fill={COLOURS[s.kind]} />
                ))}
                <LabelList
                  dataKey="value"
                  position="top"
                  formatter={(v: unknown) => formatGbpM(Number(v))}
                  style={{ fontSize: 10, fill: '#2b3440' }}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}

export const Waterfall = memo(WaterfallImpl);
