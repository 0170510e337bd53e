/**
 * The schemaVersion 1 -> 2 step (models/file/migrateV1toV2.ts): its exact before and after, saved
 * histories carried across, and every v1 file we have (the examples as released in v1 and the
 * minimal fixture, kept in test/fixtures/v1) migrating to the same local results.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  commitRevision,
  loadScenario,
  projectScenario,
  reconstructRevision,
  serialiseScenario,
  type ScenarioDocument,
} from '../../../models/index.ts';
import { migrateV1toV2 } from '../../../models/file/migrateV1toV2.ts';
import { runCli } from '../../helpers/cli.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const V1_DIR = new URL('../../fixtures/v1/', import.meta.url);
const v1Files = readdirSync(V1_DIR).filter((f) => f.endsWith('.causeway.json'));
const readV1 = (name: string) => readFileSync(new URL(name, V1_DIR), 'utf8');

interface ReleasedScenario {
  total: unknown;
  interventions: unknown;
  appraisal: Record<string, unknown>;
}
const RELEASED = (
  JSON.parse(readV1('released-results.json')) as { results: Record<string, Record<string, ReleasedScenario>> }
).results;

/** Same shape, same keys, numbers equal to 1e-9 relative (nulls equal), anywhere in the tree. */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    const a = actual as number;
    expect(Math.abs(a - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${where}: ${a} vs ${expected}`).toBe(
      true,
    );
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length === expected.length, where).toBe(true);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], e, `${where}.${k}`);
  } else expect(actual, where).toBe(expected);
}

describe('the v1 -> v2 step, exactly', () => {
  it('states "trend" on every sector, keeps every other field (unknown ones too) and invents nothing', () => {
    const before = {
      format: 'causeway.scenario',
      schemaVersion: 1,
      'x-tool': { keep: [1, 2] },
      baseline: {
        sectors: [
          { id: 'ck', name: 'Machinery', gvaGrowth: 0.01, 'x-note': 'kept' },
          { id: 'c', name: 'Manufacturing', gvaGrowth: 0.02 },
        ],
        notes: ['n'],
      },
      interventions: [{ id: 'digital', additionality: { deadweight: 0.2 } }],
      appraisal: { optimismBias: 0.1 },
    };
    expect(migrateV1toV2(structuredClone(before))).toEqual({
      format: 'causeway.scenario',
      schemaVersion: 1, // the registry sets 2 after the step
      'x-tool': { keep: [1, 2] },
      baseline: {
        sectors: [
          { id: 'ck', name: 'Machinery', gvaGrowth: 0.01, 'x-note': 'kept', projection: { method: 'trend' } },
          { id: 'c', name: 'Manufacturing', gvaGrowth: 0.02, projection: { method: 'trend' } },
        ],
        notes: ['n'],
      },
      // No national factors, benefit kinds or ranges appear: social value stays "not assessed".
      interventions: [{ id: 'digital', additionality: { deadweight: 0.2 } }],
      appraisal: { optimismBias: 0.1 },
    });
  });

  it('rewrites the reverse-patch operations that put sectors back, and only those', () => {
    const sector = { id: 's', name: 'S' };
    const history = {
      revisions: [
        {
          revision: 1,
          savedAt: 't1',
          reversePatch: [
            { op: 'add', path: '/baseline/sectors/1', value: sector },
            { op: 'replace', path: '/baseline/sectors', value: [sector] },
            { op: 'replace', path: '/baseline', value: { sectors: [sector] } },
            { op: 'replace', path: '/baseline/sectors/0/gva', value: 5 },
            { op: 'remove', path: '/baseline/sectors/2' },
            { op: 'add', path: '/parameters/x', value: { value: 1 } },
          ],
        },
        { revision: 2, savedAt: 't2' },
      ],
    };
    const out = migrateV1toV2({ baseline: { sectors: [] }, history });
    const trend = { ...sector, projection: { method: 'trend' } };
    expect((out['history'] as typeof history).revisions[0]!.reversePatch).toEqual([
      { op: 'add', path: '/baseline/sectors/1', value: trend },
      { op: 'replace', path: '/baseline/sectors', value: [trend] },
      { op: 'replace', path: '/baseline', value: { sectors: [trend] } },
      { op: 'replace', path: '/baseline/sectors/0/gva', value: 5 },
      { op: 'remove', path: '/baseline/sectors/2' },
      { op: 'add', path: '/parameters/x', value: { value: 1 } },
    ]);
  });
});

describe('saved histories across the migration', () => {
  it('each earlier revision rebuilds as the migrated form of what was saved', () => {
    const v1 = JSON.parse(readV1('minimal.causeway.json')) as ScenarioDocument;
    // Three v1 saves: add a sector, change its growth rate, delete it (its reverse patch adds it back).
    const saves: ScenarioDocument[] = [];
    let doc = commitRevision(null, v1, { now: '2026-01-01T10:00:00Z' });
    saves.push(doc);
    const edits: ((d: ScenarioDocument) => void)[] = [
      (d) => d.baseline.sectors.push({ ...structuredClone(d.baseline.sectors[0]!), id: 'extra', name: 'Extra' }),
      (d) => (d.baseline.sectors[1]!.gvaGrowth = 0.031),
      (d) => void d.baseline.sectors.pop(),
    ];
    edits.forEach((change, k) => {
      const next = structuredClone(doc);
      change(next);
      doc = commitRevision(doc, next, { now: `2026-01-0${k + 2}T10:00:00Z` });
      saves.push(doc);
    });
    const outcome = loadScenario(JSON.stringify(doc));
    expect(outcome.ok, JSON.stringify(outcome.diagnostics)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.migratedFrom).toBe(1);
    saves.forEach((saved) => {
      const rebuilt = reconstructRevision(outcome.document, saved.meta.revision!);
      expect(rebuilt.ok).toBe(true);
      if (!rebuilt.ok) return;
      const { history: _h, ...content } = saved;
      const expected = { ...migrateV1toV2(structuredClone(content) as Record<string, unknown>), schemaVersion: 2 };
      const { history: _r, ...rebuiltContent } = rebuilt.value;
      expect(rebuiltContent).toEqual(expected);
      for (const s of rebuilt.value.baseline.sectors) expect(s.projection).toEqual({ method: 'trend' });
    });
  });
});

describe('every v1 file we have', () => {
  it.each(v1Files)('%s migrates, checks clean and gives the same local results in every scenario', (name) => {
    const v1Text = readV1(name);
    const migrated = loadScenario(v1Text);
    expect(migrated.ok, JSON.stringify(migrated.diagnostics)).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.migratedFrom).toBe(1);
    expect(migrated.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Independent of the migration: the v1 file with only its version number changed is what the v1
    // engine read (sectors without a projection follow their own trend).
    const relabelled = JSON.parse(v1Text) as ScenarioDocument;
    relabelled.schemaVersion = 2;
    const plain = loadScenario(JSON.stringify(relabelled));
    expect(plain.ok).toBe(true);
    if (!plain.ok) return;
    for (const s of migrated.document.scenarios) {
      const a = projectScenario(migrated.document, s.id);
      const b = projectScenario(plain.document, s.id);
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) continue;
      const close = (x: number[], y: number[]) => x.forEach((v, i) => expect(v).toBeCloseTo(y[i]!, 9));
      close(a.value.total.projected.gva, b.value.total.projected.gva);
      close(a.value.total.netImpact.jobs, b.value.total.netImpact.jobs);
      close(a.value.total.cost, b.value.total.cost);
      expect(a.value.appraisal.npv).toBeCloseTo(b.value.appraisal.npv, 9);
      expect(a.value.appraisal.bcr ?? 0).toBeCloseTo(b.value.appraisal.bcr ?? 0, 9);
    }
  });

  /*
   * Independent of this engine: the v1 release's own `run --json` of every scenario of the released
   * examples (test/fixtures/v1/released-results.json). Every local number must come back to 1e-9
   * relative; the one v1 field whose meaning v2 changes on purpose is vfm, now the band of the UK
   * social BCR, which these files (no national factors) do not assess.
   */
  it.each(Object.keys(RELEASED))('%s migrated gives the numbers of the v1 release in every scenario', (example) => {
    const migrated = loadScenario(readV1(`${example}.causeway.json`));
    if (!migrated.ok) throw new Error(`${example} does not load`);
    for (const [id, released] of Object.entries(RELEASED[example]!)) {
      const run = projectScenario(migrated.document, id);
      if (!run.ok) throw new Error(`${example} ${id} does not run`);
      const { vfm: _v1Band, ...v1Appraisal } = released.appraisal;
      const { total, interventions, appraisal } = run.value;
      const v1Total = { ...total } as Partial<typeof total>;
      delete v1Total.privateCost;
      delete v1Total.socialGva;
      const v1Interventions = Object.fromEntries(
        Object.entries(interventions).map(([k, { grossImpact, netImpact, cost }]) => [
          k,
          { grossImpact, netImpact, cost },
        ]),
      );
      const { discountFactors, pvBenefits, pvCosts, npv, bcr, costPerNetJob } = appraisal;
      expectClose(
        {
          total: v1Total,
          interventions: v1Interventions,
          appraisal: { discountFactors, pvBenefits, pvCosts, npv, bcr, costPerNetJob },
        },
        { total: released.total, interventions: released.interventions, appraisal: v1Appraisal },
        `${example} ${id}`,
      );
      expect(appraisal.vfm, "the band is the UK social BCR's, not assessed here").toBeNull();
      expect(appraisal.social.notAssessed).toEqual(Object.keys(interventions));
    }
  });
});

describe('the command line on a v1 file', () => {
  it('validate names the old version; migrate writes v2 and keeps the original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'causeway-v1-'));
    writeFileSync(join(dir, 'old.causeway.json'), readV1('minimal.causeway.json'));
    const validate = await runCli(['validate', 'old.causeway.json'], dir);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/schemaVersion 1; run "causeway migrate"/);
    const migrate = await runCli(['migrate', 'old.causeway.json'], dir);
    expect(migrate.code).toBe(0);
    const written = readFileSync(join(dir, 'old.causeway.json'), 'utf8');
    expect(JSON.parse(written).schemaVersion).toBe(2);
    expect(readFileSync(join(dir, 'old.causeway.json.v1.bak'), 'utf8')).toBe(readV1('minimal.causeway.json'));
    expect(serialiseScenario(loadScenario(written).document!)).toBe(written);
  });
});
