import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  loadScenario,
  projectScenario,
  checkDocument,
  type ScenarioDocument,
} from '../../models/index.ts';
import { FIXTURE_NAMES, fixtureTexts } from '../../bench/generateFixtures.ts';
import { fixtureFile } from '../../bench/paths.ts';
import { SYNTHETIC_SCENARIO, SYNTHETIC_SPECS } from '../../bench/scenarios/synthetic.ts';

const generated = fixtureTexts();

describe('committed fixtures are current', () => {
  it.each(FIXTURE_NAMES)('%s matches bench/generateFixtures.ts byte for byte', (name) => {
    // If this fails, run `npx tsx bench/generateFixtures.ts` and commit the files.
    expect(readFileSync(fixtureFile(name), 'utf8')).toBe(generated[name]);
  });

  it('the generator is deterministic', () => {
    expect(fixtureTexts()).toEqual(generated);
  });
});

describe.each(SYNTHETIC_SPECS)('synthetic model $name', (spec) => {
  const loaded = loadScenario(generated[spec.name]!);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 5)));
  const doc: ScenarioDocument = loaded.document;
  const nodes = doc.logicModel.nodes;

  it('loads and validates with no diagnostics but the unevidenced-link warnings it is built to carry', () => {
    // A quarter of the generated links state evidence "none" (as in a first workshop draft), so the
    // links a formula uses among them are warned about; nothing else may be.
    const found = checkDocument(doc);
    expect(loaded.diagnostics).toEqual(found);
    const unevidenced = doc.logicModel.links.filter((l) => l.evidence === 'none').length;
    expect(found.filter((d) => d.code !== 'link.unevidenced')).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(unevidenced);
  });

  it(`has ${spec.nodes} nodes, 10 sectors and 20 years`, () => {
    expect(nodes).toHaveLength(spec.nodes);
    expect(doc.baseline.sectors).toHaveLength(10);
    expect(doc.horizon.endYear - doc.horizon.startYear + 1).toBe(20);
  });

  it('compiles every scenario with no diagnostics (links present, acyclic)', () => {
    for (const scenario of doc.scenarios) {
      const compiled = compileScenario(doc, scenario.id);
      // The synthetic models state no national factors, so UK social value is (rightly) not assessed.
      expect(compiled.diagnostics.filter((d) => d.code !== 'social.not-assessed')).toEqual([]);
      expect(compiled.ok).toBe(true);
    }
  });

  it('projects finite numbers everywhere, with costs, GVA and jobs impacts', () => {
    const run = projectScenario(doc, SYNTHETIC_SCENARIO);
    if (!run.ok) throw new Error(JSON.stringify(run.diagnostics));
    const p = run.value;
    expect(Object.keys(p.nodes)).toHaveLength(spec.nodes);
    const numbers = [
      ...Object.values(p.nodes).flat(),
      ...p.total.projected.gva,
      ...p.total.projected.jobs,
      ...p.total.netImpact.gva,
      ...p.total.netImpact.jobs,
      ...p.total.cost,
    ];
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(Math.max(...p.total.cost)).toBeGreaterThan(0);
    expect(Math.max(...p.total.netImpact.gva)).toBeGreaterThan(0);
    expect(Math.max(...p.total.netImpact.jobs)).toBeGreaterThan(0);
    expect(p.appraisal.bcr).not.toBeNull();
  });

  it('has realistic shapes: ranged parameters read by about 5% of nodes, impacts over many sectors', () => {
    const ranged = Object.values(doc.parameters).filter(
      (q) => q.low !== undefined && q.high !== undefined && q.low < q.high,
    );
    const ids = Object.keys(doc.parameters);
    const readers = nodes.filter((n) => ids.some((id) => new RegExp(`\\b${id}\\b`).test(n.expr ?? '')));
    expect(readers.length).toBeGreaterThanOrEqual(Math.max(2, Math.floor(spec.nodes * 0.04)));
    expect(readers.length).toBeLessThanOrEqual(Math.max(2, Math.ceil(spec.nodes * 0.06)));
    for (const id of ids) expect(readers.some((n) => new RegExp(`\\b${id}\\b`).test(n.expr!))).toBe(true);
    if (spec.nodes === 2000) expect(ranged.length).toBeGreaterThanOrEqual(50);
    if (spec.nodes === 2000) expect(ranged.length).toBeLessThanOrEqual(100);
    const impactSectors = new Set(nodes.filter((n) => n.role === 'gva' || n.role === 'jobs').map((n) => n.sector));
    expect(impactSectors.size).toBeGreaterThanOrEqual(spec.nodes >= 200 ? 10 : 2);
    if (spec.nodes >= 200) {
      const formulas = nodes.map((n) => n.expr ?? '').join('\n');
      for (const shape of [
        'bass(',
        'bass_new(',
        'ramp(',
        'logistic(',
        'prev(',
        'min(',
        'max(',
        ' ? ',
        'step(',
        'base_gva(',
        'base_prod(',
      ])
        expect(formulas).toContain(shape);
      expect(doc.interventions.length).toBeGreaterThanOrEqual(3);
      expect(nodes.some((n) => n.intervention === undefined)).toBe(true);
    }
  });
});
