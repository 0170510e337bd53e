/**
 * Results by council for a combined authority (docs/method.md section 14): gross impacts split by the
 * file's shares, and net jobs by where the people filling them live, worked out here from the shares
 * and the Census 2021 flows.
 */
import { describe, expect, it } from 'vitest';
import {
  combinedAuthorityOf,
  councilResults,
  createScenarioForArea,
  projectScenario,
  type Projection,
  type ScenarioDocument,
} from '../../../models/index.ts';

function created(areaCode: string): ScenarioDocument {
  const r = createScenarioForArea({ areaCode, templates: ['digital-adoption'], now: '2025-01-01T00:00:00.000Z' });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

describe('the council allocation in new files', () => {
  it("a combined authority gets each council's share of each sector, adding up to 1", () => {
    const doc = created('E47000003');
    const rule = doc.baseline.councils!;
    expect(rule.rule).toBe('gva-share');
    expect(rule.councils.map((c) => c.name)).toEqual(['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield']);
    for (const s of doc.baseline.sectors) {
      const sum = rule.councils.reduce((t, c) => t + (c.shares[s.id] ?? 0), 0);
      expect(sum, s.id).toBeCloseTo(1, 5);
    }
    expect(rule.source).toMatch(/share of the sector's GVA in 2023 at current prices/);
  });
  it('an ITL2 area that is exactly a combined authority gets the same rule (Greater Manchester, TLD3)', () => {
    expect(created('TLD3').baseline.councils?.councils).toHaveLength(10);
  });
  it('an area that is not a combined authority gets none', () => {
    expect(created('TLD').baseline.councils).toBeUndefined();
  });
});

describe('councilResults', () => {
  const doc = created('E47000003');
  const run = projectScenario(doc, 'digital-adoption');
  if (!run.ok) throw new Error(JSON.stringify(run.diagnostics));
  const p: Projection = run.value;
  const results = councilResults(doc, p)!;
  const k = p.years.length - 1;
  const rule = doc.baseline.councils!;

  it("splits each sector's gross and net impact by the council's share", () => {
    rule.councils.forEach((c, i) => {
      const gross = Object.entries(p.sectors).reduce(
        (s, [id, x]) => s + (c.shares[id] ?? 0) * x.grossImpact.gva[k]!,
        0,
      );
      const net = Object.entries(p.sectors).reduce((s, [id, x]) => s + (c.shares[id] ?? 0) * x.netImpact.jobs[k]!, 0);
      expect(results.councils[i]!.grossGva[k]).toBeCloseTo(gross, 9);
      expect(results.councils[i]!.netJobs[k]).toBeCloseTo(net, 9);
    });
    const total = results.councils.reduce((s, c) => s + c.grossGva[k]!, 0);
    expect(total).toBeCloseTo(p.total.grossImpact.gva[k]!, 3);
  });

  it('places net jobs where the people filling them live; the rest live outside the authority', () => {
    const c = combinedAuthorityOf('E08000035')!.commuting;
    const leeds = c.councils.indexOf('E08000035');
    const bradford = c.councils.indexOf('E08000032');
    // Residents of Bradford filling net jobs: each workplace council's net jobs x its share of workers from Bradford.
    let fromBradford = 0;
    let outside = 0;
    c.councils.forEach((w, i) => {
      const workers = c.flows[i]!.reduce((s, x) => s + x, 0) + c.outside[i]!;
      const jobs = results.councils.find((x) => x.code === w)!.netJobs[k]!;
      fromBradford += (jobs * c.flows[i]![bradford]!) / workers;
      outside += (jobs * c.outside[i]!) / workers;
    });
    expect(results.councils[bradford]!.residentNetJobs![k]).toBeCloseTo(fromBradford, 9);
    expect(results.outsideNetJobs![k]).toBeCloseTo(outside, 9);
    const resident = results.councils.reduce((s, x) => s + x.residentNetJobs![k]!, 0);
    expect(resident + outside).toBeCloseTo(p.total.netImpact.jobs[k]!, 3);
    expect(leeds).toBeGreaterThanOrEqual(0);
  });

  it('is undefined for a file without a council rule', () => {
    expect(councilResults({ ...doc, baseline: { ...doc.baseline, councils: undefined } }, p)).toBeUndefined();
  });
});
