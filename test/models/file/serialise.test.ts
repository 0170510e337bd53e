import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, serialiseScenario, type ScenarioDocument } from '../../../models/index.ts';
import { scenarioDocument } from './arbitraries.ts';
import { minimalDocument } from './helpers.ts';

describe('serialiseScenario', () => {
  it('writes known keys in contract order, then unknown keys alphabetically', () => {
    const doc = minimalDocument();
    const node = doc.logicModel.nodes[3]!;
    // Rebuild the node with its keys shuffled and unknown fields first.
    const shuffled = Object.fromEntries(Object.entries(node).reverse());
    doc.logicModel.nodes[3] = { zeta: 1, alpha: { b: 1, a: 2 }, ...shuffled } as never;
    const out = serialiseScenario(doc);
    const reread = JSON.parse(out) as ScenarioDocument;
    expect(Object.keys(reread.logicModel.nodes[3]!)).toEqual([
      'id',
      'stage',
      'label',
      'intervention',
      'expr',
      'unit',
      'role',
      'sector',
      'evidence',
      'alpha',
      'zeta',
    ]);
    expect(Object.keys((reread.logicModel.nodes[3] as unknown as { alpha: object }).alpha)).toEqual(['a', 'b']);
    expect(Object.keys(reread).slice(0, 12)).toEqual([
      'format',
      'schemaVersion',
      'meta',
      'area',
      'horizon',
      'prices',
      'baseline',
      'parameters',
      'interventions',
      'logicModel',
      'scenarios',
      'appraisal',
    ]);
  });

  it('orders parameters, overrides and revision patches by the shape, whatever order they were built in', () => {
    const doc = minimalDocument();
    doc.parameters = {
      p: { source: 's', label: 'l', unit: 'u', distribution: 'pert', high: 2, low: 0, value: 1 },
    };
    doc.scenarios[0]!.overrides = { p: { distribution: 'uniform', high: 3, low: 1, value: 2 } };
    doc.history = {
      revisions: [
        { reversePatch: [{ zzz: 1, value: 2, from: '/a', path: '/b', op: 'copy' }], savedAt: 'now', revision: 1 },
      ],
    };
    const out = JSON.parse(serialiseScenario(doc)) as ScenarioDocument;
    expect(Object.keys(out.parameters['p']!)).toEqual([
      'value',
      'low',
      'high',
      'distribution',
      'unit',
      'label',
      'source',
    ]);
    expect(Object.keys(out.scenarios[0]!.overrides!['p'] as object)).toEqual(['value', 'low', 'high', 'distribution']);
    expect(Object.keys(out.history!.revisions[0]!)).toEqual(['revision', 'savedAt', 'reversePatch']);
    expect(Object.keys(out.history!.revisions[0]!.reversePatch![0] as object)).toEqual([
      'op',
      'path',
      'from',
      'value',
      'zzz',
    ]);
  });

  it('keeps record maps (parameters, overrides, layout) in insertion order', () => {
    const doc = minimalDocument();
    doc.parameters = { z_last: { value: 1 }, a_first: { value: 2 }, m_mid: { value: 3 } };
    const out = JSON.parse(serialiseScenario(doc)) as ScenarioDocument;
    expect(Object.keys(out.parameters)).toEqual(['z_last', 'a_first', 'm_mid']);
    expect(Object.keys(out.logicModel.layout ?? {})).toEqual([
      'grant',
      'adoption_share',
      'adopters',
      'gva_uplift',
      'new_jobs',
    ]);
  });

  it('uses 2-space indent, a final newline, and omits undefined fields', () => {
    const doc = minimalDocument();
    doc.meta.description = undefined;
    const out = serialiseScenario(doc);
    expect(out.startsWith('{\n  "format": "causeway.scenario",\n  "schemaVersion": 2,\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).not.toContain('"description": "Minimal');
    expect(out).toContain('"interventions": []');
  });

  it('is stable for unknown integer-like keys, which JavaScript objects reorder', () => {
    const doc = minimalDocument();
    (doc as Record<string, unknown>)['xdata'] = { '10': 1, '9': 2, b: 3, a: 4 };
    const once = serialiseScenario(doc);
    const outcome = loadScenario(once);
    expect(outcome.ok).toBe(true);
    expect(serialiseScenario(outcome.document!)).toBe(once);
  });
});

describe('round-trip properties', () => {
  it('JSON.parse(serialise(doc)) deep-equals doc, and load keeps every field', () => {
    fc.assert(
      fc.property(scenarioDocument, (doc) => {
        const text = serialiseScenario(doc);
        expect(JSON.parse(text)).toEqual(doc);
        // Generated documents are well shaped (values may break semantic rules), so load always
        // returns the document, unknown fields included.
        const outcome = loadScenario(text);
        expect(outcome.document, JSON.stringify(outcome.diagnostics)).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('serialise(load(serialise(doc))) is byte-identical', () => {
    fc.assert(
      fc.property(scenarioDocument, (doc) => {
        const once = serialiseScenario(doc);
        const again = loadScenario(once).document;
        expect(again).not.toBeNull();
        expect(serialiseScenario(again!)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('unknown fields at every known level survive load and save', () => {
    const doc = minimalDocument() as unknown as Record<string, Record<string, unknown>>;
    const holders: Array<Record<string, unknown>> = [];
    // Record maps (parameters, overrides, layout) are keyed by id, so a new key there is a new entry,
    // not an unknown field: walk into their values only.
    const recordMaps = new Set(['parameters', 'overrides', 'layout']);
    const walk = (v: unknown, key = ''): void => {
      if (Array.isArray(v)) v.forEach((item) => walk(item));
      else if (typeof v === 'object' && v !== null) {
        if (!recordMaps.has(key)) holders.push(v as Record<string, unknown>);
        for (const [k, child] of Object.entries(v)) walk(child, k);
      }
    };
    walk(doc);
    holders.forEach((h, k) => {
      h[`xFuture${k}`] = { note: `kept ${k}`, list: [k] };
    });
    const text = serialiseScenario(doc as unknown as ScenarioDocument);
    const outcome = loadScenario(text);
    expect(outcome.ok).toBe(true);
    const saved = serialiseScenario(outcome.document!);
    for (let k = 0; k < holders.length; k++) expect(saved).toContain(`"xFuture${k}"`);
    expect(holders.length).toBeGreaterThan(30);
    expect(outcome.document).toEqual(doc);
  });
});
