/**
 * Guard over the metric catalogue and the yearly series: every entry is fully described and reads a
 * finite number (or null, or a known band) from a real projection of every scenario of every example,
 * and from a Monte Carlo run where it claims percentiles. A new metric that forgets any of this fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_METRICS,
  ALL_SERIES,
  HEADLINES,
  METRICS,
  SERIES,
  UNITS,
  loadScenario,
  projectScenario,
  runMonteCarlo,
  type ScenarioDocument,
} from '../../../models/index.ts';

const SCENARIOS_DIR = join(__dirname, '../../../scenarios');
const examples: [string, ScenarioDocument][] = readdirSync(SCENARIOS_DIR)
  .filter((f) => f.endsWith('.causeway.json'))
  .sort()
  .map((f) => {
    const out = loadScenario(readFileSync(join(SCENARIOS_DIR, f), 'utf8'));
    if (!out.ok) throw new Error(`${f} does not load`);
    return [f, out.document];
  });
const projections = examples.flatMap(([file, doc]) =>
  doc.scenarios.map((s) => {
    const p = projectScenario(doc, s.id);
    if (!p.ok) throw new Error(`${file} ${s.id} does not project`);
    return { where: `${file} ${s.id}`, projection: p.value };
  }),
);
const BANDS = ['poor', 'low', 'medium', 'high', 'very high'];

describe('the metric catalogue', () => {
  it('covers three examples and at least ten scenarios', () => {
    expect(examples).toHaveLength(3);
    expect(projections.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ALL_METRICS.map((id) => [id]))('%s is fully described', (id) => {
    const m = METRICS[id];
    expect(m.id).toBe(id);
    expect(m.label.trim()).not.toBe('');
    expect(m.short.trim()).not.toBe('');
    expect(m.description.trim().length).toBeGreaterThan(20);
    expect(['higher', 'lower', 'none']).toContain(m.better);
    if (m.kind === 'number') {
      // A year needs no unit after its heading; every quantity does.
      if (m.unit !== 'year') expect(UNITS[m.unit].symbol).not.toBe('');
      expect(Number.isInteger(m.precision) && m.precision >= 0).toBe(true);
    } else {
      expect(Object.keys(m.labels).sort()).toEqual([...BANDS].sort());
      for (const label of Object.values(m.labels)) expect(label.trim()).not.toBe('');
    }
  });

  it.each(ALL_METRICS.map((id) => [id]))('%s reads a finite number, a band or null from every example', (id) => {
    const m = METRICS[id];
    for (const { where, projection } of projections) {
      const value = m.read(projection);
      if (value === null) continue;
      if (m.kind === 'number') expect(Number.isFinite(value), `${id} in ${where}`).toBe(true);
      else expect(BANDS, `${id} in ${where}`).toContain(value);
    }
  });

  it('reads a defined figure for the headline metrics of an intervention scenario', () => {
    // Guards against a reader that always returns null: the West Yorkshire reshoring scenario has costs and jobs.
    const p = projections.find((x) => x.where.endsWith('west-yorkshire-machinery-reshoring.causeway.json reshoring'));
    for (const id of HEADLINES.compare) expect(METRICS[id].read(p!.projection), id).not.toBeNull();
  });

  it('reads percentiles from a Monte Carlo run for every metric that claims them', () => {
    const withPercentiles = ALL_METRICS.map((id) => METRICS[id]).filter(
      (m) => m.kind === 'number' && m.readUncertainty,
    );
    expect(withPercentiles.map((m) => m.id)).toEqual([
      'npv',
      'bcr',
      'social-npv',
      'social-bcr',
      'cost-per-job',
      'cost-per-job-year',
    ]);
    for (const [file, doc] of examples) {
      const scenario = doc.scenarios.at(-1)!.id;
      const mc = runMonteCarlo(doc, scenario, { samples: 20, seed: 5 });
      if (!mc.ok) throw new Error(`${file} Monte Carlo failed`);
      for (const m of withPercentiles) {
        if (m.kind !== 'number') continue;
        const p = m.readUncertainty!(mc.value);
        if (p === null) continue;
        for (const v of Object.values(p)) expect(Number.isFinite(v), `${m.id} in ${file}`).toBe(true);
        expect(p.p10).toBeLessThanOrEqual(p.p90);
      }
    }
  });

  it('names only catalogue metrics in the headline lists, each once', () => {
    for (const [place, ids] of Object.entries(HEADLINES)) {
      expect(new Set(ids).size, place).toBe(ids.length);
      for (const id of ids) expect(ALL_METRICS, place).toContain(id);
    }
  });
});

describe('the yearly series', () => {
  it.each(ALL_SERIES.map((id) => [id]))('%s is described and reads one finite value a year', (id) => {
    const s = SERIES[id];
    expect(s.id).toBe(id);
    expect(s.label.trim()).not.toBe('');
    expect(s.short.trim()).not.toBe('');
    expect(s.description.trim().length).toBeGreaterThan(20);
    expect(Number.isInteger(s.precision) && s.precision >= 0).toBe(true);
    for (const { where, projection } of projections) {
      const values = s.read(projection);
      expect(values, `${id} in ${where}`).toHaveLength(projection.years.length);
      expect(
        values.every((v) => Number.isFinite(v)),
        `${id} in ${where}`,
      ).toBe(true);
    }
  });

  it('reads yearly Monte Carlo percentiles for every series that claims them', () => {
    const [file, doc] = examples[0]!;
    const mc = runMonteCarlo(doc, doc.scenarios.at(-1)!.id, { samples: 20, seed: 9 });
    if (!mc.ok) throw new Error(`${file} Monte Carlo failed`);
    const banded = ALL_SERIES.filter((id) => SERIES[id].band);
    expect(banded).toEqual(['projected-gva', 'net-gva', 'projected-jobs', 'net-jobs', 'projected-productivity']);
    const { total } = mc.value;
    expect(SERIES['net-gva'].band!(mc.value)).toBe(total.netImpact.gva);
    expect(SERIES['net-jobs'].band!(mc.value)).toBe(total.netImpact.jobs);
    expect(SERIES['projected-productivity'].band!(mc.value)).toBe(total.projected.productivity);
    const years = doc.horizon.endYear - doc.horizon.startYear + 1;
    for (const id of banded) {
      const band = SERIES[id].band!(mc.value);
      for (const key of ['p5', 'p10', 'p50', 'p90', 'p95'] as const) {
        expect(band[key], `${id} ${key}`).toHaveLength(years);
        expect(band[key].every((v) => Number.isFinite(v))).toBe(true);
      }
    }
  });
});
