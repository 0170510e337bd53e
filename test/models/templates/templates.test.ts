import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyTemplate,
  createScenarioForArea,
  loadScenario,
  projectScenario,
  serialiseScenario,
  TEMPLATES,
  checkDocument,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { formulaProblems } from './formulaRefs.ts';

const NOW = '2026-01-01T00:00:00.000Z';
function created(opts: Parameters<typeof createScenarioForArea>[0]): ScenarioDocument {
  const r = createScenarioForArea({ now: NOW, ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}
const errorsOf = (doc: ScenarioDocument) => checkDocument(doc).filter((d) => d.severity === 'error');
const project = (doc: ScenarioDocument, id: string, set?: Record<string, number>) => {
  const r = projectScenario(doc, id, set ? { set } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
};
function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

describe('TEMPLATES', () => {
  it('offers digital-adoption and reshoring with names and descriptions', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['digital-adoption', 'reshoring']);
    for (const t of TEMPLATES) expect(t.name.length * t.description.length).toBeGreaterThan(0);
  });
});

describe.each(['digital-adoption', 'reshoring'] as const)('%s template', (templateId) => {
  const base = created({ areaCode: 'TLD3', sectorIds: ['ck'] });
  const r = applyTemplate(deepFreeze(base), templateId, { sector: 'ck' });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const doc = r.value;
  const iv = doc.interventions[0];

  it('produces a valid document whose formulas use only linked nodes, parameters and method names', () => {
    expect(errorsOf(doc)).toEqual([]);
    expect(formulaProblems(doc)).toEqual([]);
  });

  it('builds a complete chain: every stage, cost/gva/jobs roles, sourced parameters with honest ranges', () => {
    expect(new Set(doc.logicModel.nodes.map((n) => n.stage))).toEqual(
      new Set(['input', 'activity', 'output', 'outcome', 'impact']),
    );
    // Digital adoption also counts firms' match funding as a private cost (UK social value only).
    expect(
      doc.logicModel.nodes
        .map((n) => n.role)
        .filter(Boolean)
        .sort(),
    ).toEqual(templateId === 'digital-adoption' ? ['cost', 'gva', 'jobs', 'privateCost'] : ['cost', 'gva', 'jobs']);
    for (const n of doc.logicModel.nodes) {
      expect(n).toMatchObject({
        intervention: iv?.id,
        unit: expect.any(String),
        evidence: expect.any(String),
        expr: expect.any(String),
      });
      if (n.role === 'gva' || n.role === 'jobs') expect(n.sector).toBe('ck');
    }
    for (const l of doc.logicModel.links) expect(l.rationale && l.evidence).toBeTruthy();
    for (const [id, p] of Object.entries(doc.parameters)) {
      expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.source && p.unit && p.label).toBeTruthy();
      if (p.low !== undefined && p.high !== undefined) expect(p.low <= p.value && p.value <= p.high).toBe(true);
    }
    expect(iv?.additionalityNote).toMatch(/not official/);
    // National factors and persistence are stated, ranged, with the reason for each default, and marked illustrative.
    expect(iv?.national).toMatchObject({
      displacement: { value: expect.any(Number), low: expect.any(Number), high: expect.any(Number) },
      labourSupply: { value: expect.any(Number), low: expect.any(Number), high: expect.any(Number) },
      source: expect.stringMatching(/Illustrative.*National displacement.*Labour-supply share/s),
      illustrative: true,
    });
    for (const id of ['benefit_life', 'benefit_decay']) {
      const p = doc.parameters[`${templateId === 'reshoring' ? 'rsh' : 'dig'}_${id}`];
      expect(p).toMatchObject({ illustrative: true, source: expect.stringMatching(/Additionality Guide/) });
      expect(p!.low! < p!.high!).toBe(true);
    }
    const gva = doc.logicModel.nodes.find((n) => n.role === 'gva');
    expect(gva?.benefit).toBe(templateId === 'reshoring' ? 'output' : 'productivity');
    expect(doc.scenarios.find((s) => s.id === iv?.id)?.interventions).toEqual([iv?.id]);
  });

  it('projects, with zero impact in business as usual', () => {
    const on = project(doc, iv?.id as string);
    expect(on.total.netImpact.gva.some((g) => g > 0)).toBe(true);
    expect(project(doc, 'bau').total.netImpact.gva.every((g) => g === 0)).toBe(true);
  });

  it('can be applied twice with different prefixes, and refuses a clashing prefix', () => {
    const twice = applyTemplate(doc, templateId, { sector: 'ck', prefix: 'second' });
    if (!twice.ok) throw new Error(JSON.stringify(twice.diagnostics));
    expect(errorsOf(twice.value)).toEqual([]);
    expect(twice.value.interventions.map((i) => i.id)).toEqual([templateId, `${templateId}-second`]);
    const clash = applyTemplate(doc, templateId, { sector: 'ck', interventionId: 'other' });
    expect(clash.ok).toBe(false);
    expect(clash.diagnostics[0]?.code).toBe('template.id-clash');
  });

  it('refuses a sector that is not in the baseline', () => {
    expect(applyTemplate(base, templateId, { sector: 'cl' }).diagnostics[0]?.code).toBe('template.unknown-sector');
  });
});

describe('digital adoption numbers, by hand', () => {
  const doc = created({
    areaCode: 'TLD3',
    sectorIds: ['ck'],
    templates: ['digital-adoption'],
    templateSectors: { 'digital-adoption': 'ck' },
  });
  const proj = project(doc, 'digital-adoption');
  const ck = doc.baseline.sectors.find((s) => s.id === 'ck')!;
  // New files follow the national trend (method.md section 14): the GB rates stored in the projection.
  if (ck.projection?.method !== 'national') throw new Error('expected the national method');
  const { gvaGrowth, jobsGrowth } = ck.projection;
  const baseJobs = (y: number) => ck.jobs * Math.pow(1 + jobsGrowth, y - ck.dataYear);
  const baseGva = (y: number) => ck.gva * Math.pow(1 + gvaGrowth, y - ck.dataYear);
  // Defaults: £2m a year for 5 years, £25,000 a firm, 11.7 jobs a firm, p 0.03, q 0.38, gain 0.5, A0 0.1.
  const firms = baseJobs(2026) / 11.7;
  const supported = 2e6 / 25000; // 80 firms a year
  let cum = 0;
  let withS = 0.1;
  let without = 0.1;
  const extraNew: number[] = [];
  for (let t = 0; t <= 3; t++) {
    const newCum = Math.min(firms, cum + supported);
    const rate = (newCum - cum) / firms;
    cum = newCum;
    const withNext = withS + (0.03 + 0.5 * rate + 0.38 * withS) * (1 - withS);
    const withoutNext = without + (0.03 + 0.38 * without) * (1 - without);
    extraNew.push(firms * Math.max(0, withNext - withS - (withoutNext - without)));
    withS = withNext;
    without = withoutNext;
  }
  // Persistence: life 10 years (longer than t = 3, so every year counts), decay 10% a year.
  const extra = extraNew.map((_, t) => extraNew.slice(0, t + 1).reduce((sum, x, k) => sum + x * 0.9 ** (t - k), 0));

  it('extra adopters in year 3 (2029) follow the discrete Bass recurrence with and without support, persisted', () => {
    expect(proj.nodes['dig_firms']?.[3]).toBeCloseTo(firms, 9);
    expect(proj.nodes['dig_extra_new']?.[3]).toBeCloseTo(extraNew[3] as number, 9);
    expect(proj.nodes['dig_extra_adopters']?.[3]).toBeCloseTo(extra[3] as number, 9);
    expect(proj.nodes['dig_extra_adopters']?.[0]).toBeCloseTo(firms * 0.5 * (supported / firms) * 0.9, 9); // year 0: gain x rate x (1 - A0)
    // Firms' own contributions: 80 firms a year x £20,000, a private cost.
    expect(proj.total.privateCost[0]).toBeCloseTo(80 * 0.02 * 1.1, 9);
  });

  it('GVA, jobs and net impact in 2029 follow the formulas and the additionality factors', () => {
    const gva = ((baseGva(2029) * (extra[3] as number)) / firms) * 0.05;
    expect(proj.nodes['dig_gva']?.[3]).toBeCloseTo(gva, 9);
    const prod = (baseGva(2029) * 1e6) / baseJobs(2029);
    expect(proj.nodes['dig_jobs']?.[3]).toBeCloseTo(((gva * 1e6) / prod) * 0.3, 6);
    expect(proj.total.netImpact.gva[3]).toBeCloseTo(gva * (1 - 0) * (1 - 0.1) * (1 - 0.25) * (1 - 0) * 1.3, 9);
  });

  it('extra adopters are zero without a gain from support, and never exceed the firm population', () => {
    expect(project(doc, 'digital-adoption', { dig_p_gain: 0 }).nodes['dig_extra_adopters']?.every((x) => x === 0)).toBe(
      true,
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        (gain, budget) => {
          const n = project(doc, 'digital-adoption', { dig_p_gain: gain, dig_annual_budget: budget }).nodes;
          return (n['dig_extra_adopters'] ?? []).every((x, i) => x >= 0 && x <= (n['dig_firms']?.[i] as number) + 1e-9);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('reshoring numbers, by hand', () => {
  const doc = created({ areaCode: 'TLD3', sectorIds: ['ck'], templates: ['reshoring'] });
  const proj = project(doc, 'reshoring');
  const imports = doc.parameters['rsh_imports']!.value;
  const ratio = doc.parameters['rsh_gva_ratio']!.value;

  it('uses the ONS IO GVA-to-output ratio for C28 and sourced imports', () => {
    expect(ratio).toBeCloseTo(0.3556, 4);
    expect(doc.parameters['rsh_imports']?.source).toMatch(/USD 49.2bn.*AMPI\/SQW 2025/);
  });

  it('2029 (t = 3): £8m support to date x £2m per £m over the imports, fully ramped -> £16m capacity', () => {
    const share = Math.min(0.05, (8 * 2) / imports) * 1; // ramp(3, 0, 3) = 1
    expect(proj.nodes['rsh_share']?.[3]).toBeCloseTo(share, 12);
    expect(proj.nodes['rsh_capacity']?.[3]).toBeCloseTo(16, 9);
    // Capacity 0, 8/3, 8, 16 (ramp 0, 1/3, 2/3, 1 on £4m, £6m, £8m x 2): added 0, 8/3, 16/3, 8, each
    // lasting 15 years and fading 3% a year: 8 + 16/3 x 0.97 + 8/3 x 0.97^2.
    const output = 8 + (16 / 3) * 0.97 + (8 / 3) * 0.97 ** 2;
    expect(proj.nodes['rsh_output']?.[3]).toBeCloseTo(output, 9);
    expect(proj.nodes['rsh_gva']?.[3]).toBeCloseTo(output * ratio, 9);
    expect(proj.nodes['rsh_share']?.[1]).toBeCloseTo(Math.min(0.05, 8 / imports) / 3, 12); // ramp(1, 0, 3) = 1/3
  });

  it('doubling the budget doubles GVA and jobs while the cap does not bind', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 3, noNaN: true }), (b) => {
        const one = project(doc, 'reshoring', { rsh_annual_budget: b }).total.netImpact;
        const two = project(doc, 'reshoring', { rsh_annual_budget: 2 * b }).total.netImpact;
        return (
          one.gva.every((g, i) => Math.abs(2 * g - (two.gva[i] as number)) < 1e-9) &&
          one.jobs.every((j, i) => Math.abs(2 * j - (two.jobs[i] as number)) < 1e-6)
        );
      }),
      { numRuns: 20 },
    );
  });

  it('needs an import figure for sectors other than machinery, and takes one with its source', () => {
    const d = created({ areaCode: 'TLD3', sectorIds: ['cl'] });
    expect(applyTemplate(d, 'reshoring', { sector: 'cl' }).diagnostics[0]?.code).toBe('template.imports-needed');
    const ok = applyTemplate(d, 'reshoring', { sector: 'cl', imports: { value: 500, source: 'Local survey 2025' } });
    expect(ok.ok && errorsOf(ok.value)).toEqual([]);
    expect(applyTemplate(d, 'reshoring', { sector: 'non_c' }).diagnostics[0]?.code).toBe('template.sector-not-goods');
  });
});

describe('createScenarioForArea', () => {
  const doc = created({ areaCode: 'TLG3', templates: ['digital-adoption', 'reshoring'] });

  it('builds a valid document for the area from the library with BAU, one scenario per template and "all"', () => {
    expect(errorsOf(doc)).toEqual([]);
    expect(formulaProblems(doc)).toEqual([]);
    expect(doc.area).toEqual({ code: 'TLG3', name: 'West Midlands', level: 'ITL2' });
    expect(doc.horizon).toEqual({ startYear: 2026, endYear: 2040 });
    expect(doc.prices.baseYear).toBe(2019);
    expect(doc.scenarios.map((s) => s.id)).toEqual(['bau', 'digital-adoption', 'reshoring', 'all']);
    expect(doc.scenarios[3]?.interventions).toEqual(['digital-adoption', 'reshoring']);
    expect(doc.appraisal.optimismBias).toBe(0.1);
    expect(doc.appraisal.optimismBiasNote).toMatch(/Green Book supplementary guidance/);
    for (const s of doc.scenarios) expect(projectScenario(doc, s.id).ok).toBe(true);
  });

  it('partitions the economy: the sectors add up to the area total', () => {
    const ids = doc.baseline.sectors.map((s) => s.id);
    expect(ids).toEqual(['cd_cf', 'ci', 'cj', 'ck', 'cl', 's33', 'c_other', 'non_c']);
    const total = created({ areaCode: 'TLG3', sectorIds: ['total'] }).baseline.sectors[0]!;
    expect(doc.baseline.sectors.reduce((s, x) => s + x.gva, 0)).toBe(total.gva);
    expect(doc.baseline.sectors.reduce((s, x) => s + x.jobs, 0)).toBe(total.jobs);
    for (const s of doc.baseline.sectors) expect(s.source).toMatch(/ONS/);
  });

  it('round-trips byte for byte through save and load', () => {
    const text = serialiseScenario(doc);
    const back = loadScenario(text);
    expect(back.ok).toBe(true);
    expect(serialiseScenario(back.document as ScenarioDocument)).toBe(text);
  });

  it('refuses overlapping sectors, unknown areas and impossible horizons; warns on a partial economy', () => {
    expect(createScenarioForArea({ areaCode: 'TLG3', sectorIds: ['c', 'ck'] }).diagnostics[0]?.code).toBe(
      'library.overlapping-sectors',
    );
    expect(createScenarioForArea({ areaCode: 'ZZ1' }).diagnostics[0]?.code).toBe('library.unknown-area');
    expect(createScenarioForArea({ areaCode: 'TLG3', startYear: 2040, endYear: 2030 }).ok).toBe(false);
    const partial = createScenarioForArea({ areaCode: 'TLG3', sectorIds: ['ck'], complete: false, now: NOW });
    expect(partial.ok && partial.value.baseline.sectors.map((s) => s.id)).toEqual(['ck']);
    expect(partial.diagnostics.map((d) => d.code)).toContain('library.partial-economy');
  });

  it('is deterministic given `now`', () => {
    expect(serialiseScenario(created({ areaCode: 'TLE4', templates: ['digital-adoption'] }))).toBe(
      serialiseScenario(created({ areaCode: 'TLE4', templates: ['digital-adoption'] })),
    );
  });
});
