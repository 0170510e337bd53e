/**
 * The embedded example scenarios (scenarios/*.causeway.json): the files the app opens first, so each
 * must load with no diagnostics at all, project every scenario, run Monte Carlo and the tornado,
 * round-trip byte for byte, and be exactly what scripts/buildExamples.ts produces (never stale).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples, EXAMPLES, SCENARIOS_DIR } from '../../scripts/buildExamples.ts';
import {
  CURRENT_SCHEMA_VERSION,
  STAGES,
  loadScenario,
  projectScenario,
  runMonteCarlo,
  runTornado,
  serialiseScenario,
  type ScenarioDocument,
} from '../../models/index.ts';

const files = readdirSync(SCENARIOS_DIR)
  .filter((f) => f.endsWith('.causeway.json'))
  .sort();
const read = (file: string): string => readFileSync(join(SCENARIOS_DIR, file), 'utf8');
const finite = (xs: readonly number[]): boolean => xs.every((x) => Number.isFinite(x));

function load(file: string): ScenarioDocument {
  const out = loadScenario(read(file));
  if (!out.ok) throw new Error(`${file}: ${out.diagnostics.map((d) => d.message).join('; ')}`);
  return out.document;
}

describe('example scenario files', () => {
  it('are the three examples the build script writes, Greater Manchester first', () => {
    expect(files).toEqual(EXAMPLES.map((e) => e.file));
    expect(files[0]).toBe('greater-manchester-digital-adoption.causeway.json');
  });

  it('are exactly what scripts/buildExamples.ts produces', () => {
    for (const [file, text] of buildExamples()) expect(read(file), file).toBe(text);
  });

  describe.each(files)('%s', (file) => {
    it('loads with no diagnostics at all, at the current schema version', () => {
      const out = loadScenario(read(file));
      expect(out.ok).toBe(true);
      expect(out.diagnostics).toEqual([]);
      if (out.ok) expect(out.migratedFrom).toBeNull();
      expect(load(file).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    });

    it('round-trips byte for byte', () => {
      const text = read(file);
      expect(serialiseScenario(load(file))).toBe(text);
    });

    it('starts with business as usual, has two or more scenarios and a sourced, narrated model', () => {
      const doc = load(file);
      expect(doc.scenarios.length).toBeGreaterThanOrEqual(2);
      expect(doc.scenarios[0]).toMatchObject({ id: 'bau', interventions: [] });
      for (const s of doc.baseline.sectors) expect(s.source, s.id).toBeTruthy();
      for (const [id, p] of Object.entries(doc.parameters)) expect(p.source, id).toBeTruthy();
      for (const l of doc.logicModel.links) expect(l.rationale, l.id).toBeTruthy();
      for (const iv of doc.interventions) {
        expect(iv.description, iv.id).toMatch(/Additionality, with reasons/);
        expect(iv.description, iv.id).toMatch(/not official values/);
      }
      expect(doc.prices.baseYear).toBe(2019);
    });

    it('lays the canvas out in stage lanes, left to right', () => {
      const doc = load(file);
      const layout = doc.logicModel.layout ?? {};
      const xOf = (stage: string) =>
        new Set(doc.logicModel.nodes.filter((n) => n.stage === stage).map((n) => layout[n.id]?.x));
      for (const n of doc.logicModel.nodes) expect(layout[n.id], n.id).toBeDefined();
      const lanes = STAGES.map((s) => [...xOf(s)]).filter((xs) => xs.length > 0);
      for (const xs of lanes) expect(xs).toHaveLength(1);
      const xs = lanes.map((l) => l[0] as number);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      // No two nodes on top of each other.
      const spots = doc.logicModel.nodes.map((n) => `${layout[n.id]?.x},${layout[n.id]?.y}`);
      expect(new Set(spots).size).toBe(spots.length);
    });

    it('projects every scenario with finite numbers and plausible headlines', () => {
      const doc = load(file);
      for (const s of doc.scenarios) {
        const r = projectScenario(doc, s.id);
        expect(r.ok, s.id).toBe(true);
        if (!r.ok) continue;
        const { total, appraisal } = r.value;
        for (const series of [
          total.baseline.gva,
          total.baseline.jobs,
          total.projected.gva,
          total.projected.jobs,
          total.projected.productivity,
          total.netImpact.gva,
          total.netImpact.jobs,
          total.cost,
        ]) {
          expect(finite(series), s.id).toBe(true);
        }
        expect(Number.isFinite(appraisal.npv)).toBe(true);
        if ((s.interventions ?? []).length === 0) continue;
        // Net GVA in any year stays a small fraction (< 0.1%) of the area's GVA: a programme of a few
        // £m a year cannot move a city-region economy of £50-80bn by more.
        const last = total.netImpact.gva.length - 1;
        expect(Math.max(...total.netImpact.gva) / (total.baseline.gva[last] ?? 1)).toBeLessThan(0.001);
        expect(appraisal.bcr, s.id).not.toBeNull();
        expect(appraisal.bcr!, s.id).toBeGreaterThan(1);
        expect(appraisal.bcr!, s.id).toBeLessThan(7);
        // Every intervention scenario pays back at central values (NPV > 0).
        expect(appraisal.npv, s.id).toBeGreaterThan(0);
        // Cost per net job: tens of thousands to under a million pounds, or none for productivity-only offers.
        if (appraisal.costPerNetJob !== null) {
          expect(appraisal.costPerNetJob, s.id).toBeGreaterThan(10_000);
          expect(appraisal.costPerNetJob, s.id).toBeLessThan(1_000_000);
        } else expect(s.interventions, s.id).toEqual(['skills']);
      }
    });

    it('runs Monte Carlo (200 draws) and the tornado on every intervention scenario', () => {
      const doc = load(file);
      for (const s of doc.scenarios.filter((x) => (x.interventions ?? []).length > 0)) {
        const mc = runMonteCarlo(doc, s.id, { samples: 200, seed: 7 });
        expect(mc.ok, s.id).toBe(true);
        if (!mc.ok) continue;
        expect(mc.diagnostics, s.id).toEqual([]);
        const { npv } = mc.value.appraisal;
        expect([npv.p5, npv.p50, npv.p95].every(Number.isFinite)).toBe(true);
        expect(npv.p5).toBeLessThanOrEqual(npv.p95);
        expect(finite(mc.value.total.netImpact.gva.p50)).toBe(true);
        const tornado = runTornado(doc, s.id);
        expect(tornado.ok, s.id).toBe(true);
        if (!tornado.ok) continue;
        expect(tornado.value.parameters.length).toBeGreaterThan(0);
        expect(tornado.value.parameters.every((b) => Number.isFinite(b.swing))).toBe(true);
      }
    });
  });

  it('Greater Manchester (the file the app opens first) has at least three scenarios', () => {
    expect(load('greater-manchester-digital-adoption.causeway.json').scenarios.length).toBeGreaterThanOrEqual(3);
  });

  it('the West Midlands mix is the sum of its parts (the offers land in different sectors)', () => {
    const doc = load('west-midlands-advanced-manufacturing-mix.causeway.json');
    const npv = (id: string) => {
      const r = projectScenario(doc, id);
      if (!r.ok) throw new Error(id);
      return r.value.appraisal.npv;
    };
    expect(npv('mix')).toBeCloseTo(npv('digital') + npv('reshoring') + npv('skills'), 6);
  });
});
