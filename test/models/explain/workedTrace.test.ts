/**
 * Hand-worked traces on the worked example (test/helpers/docs.ts): grant -> firms -> uplift -> jobs,
 * one sector with 1,000 £m of GVA and 10,000 jobs in 2021 growing 1% a year, additionality 0.2, 0.1,
 * 0.25, 0, 1.5 (net factor 0.8 x 0.9 x 0.75 x 1.5 = 0.81). Every number below is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { explain, type ExplainEntry, type Explanation, type ScenarioDocument } from '../../../models/index.ts';
import { withChange, workedExample } from '../../helpers/docs.ts';

/** The worked example plus "bigger" (budget 3, 0.6 £m a firm) and "stricter" (deadweight 0.3). */
function example(): ScenarioDocument {
  return withChange(workedExample(), (d) => {
    d.scenarios.push(
      { id: 'bigger', name: 'Bigger', basedOn: 'digital-led', overrides: { budget: 3, gva_per_firm: 0.6 } },
      { id: 'stricter', name: 'Stricter', basedOn: 'digital-led', additionality: { digital: { deadweight: 0.3 } } },
    );
  });
}

function trace(...args: Parameters<typeof explain>): Explanation {
  const result = explain(...args);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join(' '));
  return result.value;
}

const input = (entry: { inputs?: ExplainEntry[] }, id: string, year?: number): ExplainEntry => {
  const found = entry.inputs?.find((i) => i.id === id && (year === undefined || i.year === year));
  if (!found) throw new Error(`no input ${id} ${year ?? ''} in ${JSON.stringify(entry.inputs?.map((i) => i.id))}`);
  return found;
};

describe('a three-level trace against another scenario (uplift in 2027, "bigger" against "digital-led")', () => {
  // firms: 40 then 80 at budget 2 (2 / 0.05 a year); 60 then 120 at budget 3.
  // uplift 2027 = firms x gva_per_firm: 120 x 0.6 = 72 against 80 x 0.5 = 40, a change of 32.
  const t = trace(example(), 'bigger', { node: 'uplift' }, { year: 2027, against: 'digital-led' });

  it('splits a product by the Shapley value', () => {
    expect(t.value).toBeCloseTo(72, 12);
    expect(t.reference).toBeCloseTo(40, 12);
    expect(t.formula).toBe('firms * gva_per_firm');
    // firms: (120 - 80) x (0.5 + 0.6) / 2 = 22; gva_per_firm: (0.6 - 0.5) x (80 + 120) / 2 = 10.
    expect(input(t, 'firms').contribution).toBeCloseTo(22, 12);
    expect(input(t, 'gva_per_firm').contribution).toBeCloseTo(10, 12);
    expect(input(t, 'gva_per_firm').kind).toBe('parameter');
  });

  it('explains firms by its stock last year and this year\u2019s grants', () => {
    // firms 2027 = prev(firms) + grant / cost_per_firm: 60 + 3 / 0.05 = 120 against 40 + 40 = 80.
    const firms = input(t, 'firms');
    expect(firms.formula).toBe('prev(firms, 0) + grant / cost_per_firm');
    const last = input(firms, 'firms', 2026);
    expect([last.value, last.reference]).toEqual([60, 40]);
    expect(last.contribution).toBeCloseTo(20, 12);
    expect(input(firms, 'grant').contribution).toBeCloseTo(20, 12);
    expect(input(firms, 'cost_per_firm').contribution).toBe(0);
  });

  it('traces the grant to the budget parameter', () => {
    // grant 2027 = t < 2 ? budget : 0 = 3 against 2.
    const grant = input(input(t, 'firms'), 'grant');
    expect(input(grant, 'budget').contribution).toBeCloseTo(1, 12);
    expect(grant.inputs).toHaveLength(1);
    // The 2026 stock is traced once, in its first year, where prev() gives its initial value 0.
    const first = input(input(t, 'firms'), 'firms', 2026);
    expect(input(first, 'grant', 2026).contribution).toBeCloseTo(20, 12);
  });
});

describe('against business as usual', () => {
  const t = trace(example(), 'digital-led', { node: 'uplift' }, { year: 2027 });

  it('compares boxes of an intervention business as usual lacks with the same intervention given no budget', () => {
    expect(t.against).toEqual({ kind: 'scenario', id: 'bau', name: 'Business as usual' });
    // With no budget the grant is 0, so firms and uplift are 0: the change is the whole value, 40.
    expect(t.change).toBeCloseTo(40, 12);
    const firms = input(t, 'firms');
    expect(firms.contribution).toBeCloseTo(40, 12);
    const grant = input(firms, 'grant');
    expect([grant.value, grant.reference, grant.contribution]).toEqual([2, 0, 40]);
    // The budget parameter is the same in both; the grant exists only with the intervention's money.
    expect(input(grant, 'budget').contribution).toBe(0);
    expect(input(grant, 'digital').kind).toBe('switch');
    expect(input(grant, 'digital').contribution).toBe(2);
  });
});

describe('net totals through additionality to the role boxes', () => {
  it('net jobs in 2027: the intervention, its gross jobs, the jobs box and on to GVA', () => {
    const t = trace(example(), 'digital-led', { total: 'jobs' }, { year: 2027 });
    // base_prod 2027 = 1000 x 1.01^6 x 1e6 / 10000; jobs = 40 x 1e6 / base_prod; net = jobs x 0.81.
    const baseProd = (1000 * 1.01 ** 6 * 1e6) / 10000;
    const jobs = (40 * 1e6) / baseProd;
    expect(t.target).toBe('total.jobs');
    expect(t.value).toBeCloseTo(jobs * 0.81, 9);
    const iv = input(t, 'digital');
    expect(iv.kind).toBe('intervention');
    expect(iv.contribution).toBeCloseTo(jobs * 0.81, 9);
    const gross = iv.inputs!.find((i) => i.kind === 'gross')!;
    expect(gross.value).toBeCloseTo(jobs, 9);
    // Only gross jobs differ from business as usual, so they carry the whole change; the factors are the same.
    expect(gross.contribution).toBeCloseTo(jobs * 0.81, 9);
    for (const f of ['deadweight', 'leakage', 'displacement', 'substitution', 'multiplier'])
      expect(input(iv, `additionality.digital.${f}`).contribution).toBe(0);
    const jobsBox = input(gross, 'jobs');
    expect(jobsBox.contribution).toBeCloseTo(jobs, 9);
    expect(input(jobsBox, 'uplift').contribution).toBeCloseTo(jobs, 9);
    expect(input(jobsBox, 'base_prod("ck")').kind).toBe('baseline');
  });

  it('a scenario deadweight override shows as the deadweight factor\u2019s share', () => {
    // GVA 2027: gross 40 both; net factor 0.7 x 0.9 x 0.75 x 1.5 = 0.70875 against 0.81.
    const t = trace(example(), 'stricter', { total: 'gva' }, { year: 2027, against: 'digital-led' });
    expect(t.change).toBeCloseTo(40 * (0.70875 - 0.81), 12);
    const iv = input(t, 'digital');
    expect(input(iv, 'additionality.digital.deadweight').contribution).toBeCloseTo(-4.05, 12);
    expect(iv.inputs!.find((i) => i.kind === 'gross')!.contribution).toBe(0);
  });

  it('reads parameters and additionality through inheritance (basedOn)', () => {
    const t = trace(example(), 'stricter', { total: 'gva' }, { year: 2027 });
    expect(input(input(t, 'digital'), 'additionality.digital.deadweight').value).toBe(0.3);
    const bigger = trace(example(), 'bigger', { node: 'grant' }, { year: 2026 });
    expect(input(bigger, 'budget').value).toBe(3);
  });
});

describe('choices and refusals', () => {
  it('defaults to the last year, and explains each box-year once', () => {
    const t = trace(example(), 'digital-led', { total: 'gva' });
    expect(t.year).toBe(2028);
    const keys: string[] = [];
    const walk = (e: ExplainEntry) => {
      if (e.formula !== undefined) keys.push(`${e.kind}:${e.id}@${e.year}`);
      e.inputs?.forEach(walk);
    };
    t.inputs.forEach(walk);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stops at the depth asked for', () => {
    const t = trace(example(), 'digital-led', { total: 'gva' }, { depth: 1 });
    expect(t.inputs[0]!.truncated).toBe(true);
    expect(t.inputs[0]!.inputs).toBeUndefined();
  });

  it('refuses a year outside the horizon, an unknown box and a box nothing switches on', () => {
    const doc = example();
    const year = explain(doc, 'digital-led', { node: 'uplift' }, { year: 2030 });
    expect(!year.ok && year.diagnostics[0]!.message).toMatch(/2030 is outside the horizon \(2026-2028\)/);
    const unknown = explain(doc, 'digital-led', { node: 'nope' });
    expect(!unknown.ok && unknown.diagnostics[0]!.message).toMatch(/no box "nope"/);
    const off = explain(doc, 'bau', { node: 'uplift' });
    expect(!off.ok && off.diagnostics[0]!.message).toMatch(
      /intervention "digital", which "bau" does not switch on; choose a scenario that does/,
    );
  });

  it('without a business-as-usual scenario compares with the scenario with its interventions off', () => {
    const doc = withChange(example(), (d) => (d.scenarios = d.scenarios.filter((s) => s.id !== 'bau')));
    const t = trace(doc, 'digital-led', { total: 'gva' }, { year: 2027 });
    expect(t.against.kind).toBe('interventions-off');
    expect(t.change).toBeCloseTo(40 * 0.81, 12);
  });
});
