import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  defineMigrations,
  loadScenario,
  migrateJson,
  serialiseScenario,
  type Migration,
} from '../../../models/index.ts';
import { MINIMAL_TEXT } from './helpers.ts';
import { readFileSync } from 'node:fs';

/** The minimal fixture as it was saved in schemaVersion 1 (test/fixtures/v1). */
const MINIMAL_V1_TEXT = readFileSync(new URL('../../fixtures/v1/minimal.causeway.json', import.meta.url), 'utf8');

/**
 * A pretend schemaVersion 0 (before this release): sectors were called `industries`, additionality
 * factors were percentages, and `appraisal` was called `greenBook`. Runs the real pipeline end to end.
 */
const pretendV0ToV1: Migration = {
  id: 'v0-industries-to-sectors',
  from: 0,
  to: 1,
  description:
    'Renames baseline.industries to sectors, greenBook to appraisal, and turns percentage factors into fractions.',
  up(json) {
    const { greenBook, baseline, interventions, ...rest } = json;
    const { industries, ...baselineRest } = baseline as Record<string, unknown>;
    const factors = ['deadweight', 'leakage', 'displacement', 'substitution'];
    return {
      ...rest,
      baseline: { ...baselineRest, sectors: industries },
      interventions: (interventions as Array<{ additionality: Record<string, number> }>).map((iv) => ({
        ...iv,
        additionality: Object.fromEntries(
          Object.entries(iv.additionality).map(([k, v]) => [k, factors.includes(k) ? v / 100 : v]),
        ),
      })),
      appraisal: greenBook,
    };
  },
};

/** The minimal fixture written back as the pretend v0 format. */
function minimalAsV0(): string {
  type V1 = { baseline: { sectors: unknown[] }; interventions: Array<{ additionality: object }>; appraisal: unknown };
  const v1 = JSON.parse(MINIMAL_V1_TEXT) as V1 & Record<string, unknown>;
  const { appraisal, ...rest } = v1;
  const v0 = {
    ...rest,
    schemaVersion: 0,
    baseline: { industries: v1.baseline.sectors },
    interventions: v1.interventions.map((iv) => ({
      ...iv,
      additionality: { ...iv.additionality, deadweight: 20, leakage: 10, displacement: 25, substitution: 0 },
    })),
    greenBook: appraisal,
  };
  return JSON.stringify(v0, null, 2);
}

const step = (id: string, from: number): Migration => ({ id, from, to: from + 1, description: id, up: (json) => json });

describe('migration registry', () => {
  it('holds the one step to schemaVersion 2, and is sound', () => {
    expect(MIGRATIONS.map((m) => [m.id, m.from, m.to])).toEqual([['v2-appraisal-and-baselines', 1, 2]]);
    expect(() => defineMigrations(MIGRATIONS)).not.toThrow();
  });

  it('accepts a contiguous chain ending at the current version', () => {
    expect(() => defineMigrations([step('a', 1), step('b', 2), step('c', 3)], 4)).not.toThrow();
  });

  it('refuses a gap between versions', () => {
    expect(() => defineMigrations([step('a', 1), step('c', 3)], 4)).toThrow(/contiguous/);
  });

  it('refuses steps out of order', () => {
    expect(() => defineMigrations([step('b', 2), step('a', 1)], 3)).toThrow(/contiguous/);
  });

  it('refuses duplicate ids', () => {
    expect(() => defineMigrations([step('same', 1), step('same', 2)], 3)).toThrow(/used twice/);
  });

  it('refuses a step of more than one version, and an empty id', () => {
    expect(() => defineMigrations([{ ...step('a', 1), to: 3 }], 3)).toThrow(/exactly one version/);
    expect(() => defineMigrations([step('', 0)], 1)).toThrow(/no id/);
  });

  it('refuses a chain that does not end at the current version', () => {
    expect(() => defineMigrations([step('a', 1)], 3)).toThrow(/current schemaVersion is 3/);
  });
});

describe('migrating a file', () => {
  it('the pretend v0 -> v1 migration and the real v1 -> v2 one turn a v0 file into the current fixture', () => {
    const outcome = loadScenario(minimalAsV0(), { migrations: [pretendV0ToV1, ...MIGRATIONS] });
    expect(outcome.ok, JSON.stringify(outcome.diagnostics)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.migratedFrom).toBe(0);
    expect(outcome.document.schemaVersion).toBe(2);
    expect(serialiseScenario(outcome.document)).toBe(MINIMAL_TEXT);
  });

  it('a current file is not migrated', () => {
    const outcome = loadScenario(MINIMAL_TEXT, { migrations: [pretendV0ToV1, ...MIGRATIONS] });
    expect(outcome.ok && outcome.migratedFrom).toBeNull();
  });

  it('guard: every migration in the chain runs, in order, exactly once', () => {
    const ran: string[] = [];
    const chain: Migration[] = [0, 1, 2].map((from) => ({
      id: `m${from}`,
      from,
      to: from + 1,
      description: `step ${from}`,
      up(json) {
        expect(json['schemaVersion']).toBe(from);
        ran.push(`m${from}`);
        return { ...json, [`touched${from}`]: true };
      },
    }));
    const outcome = migrateJson({ format: 'causeway.scenario', schemaVersion: 0 }, chain, 3);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(ran).toEqual(['m0', 'm1', 'm2']);
    expect(outcome.applied).toEqual(['m0', 'm1', 'm2']);
    expect(outcome.json).toMatchObject({ schemaVersion: 3, touched0: true, touched1: true, touched2: true });
  });

  it('starts the chain at the file version (a v1 file runs only the later steps)', () => {
    const outcome = migrateJson({ schemaVersion: 1 }, [step('m0', 0), step('m1', 1), step('m2', 2)], 3);
    expect(outcome.ok && outcome.applied).toEqual(['m1', 'm2']);
  });

  it('leaves the input untouched, even when a migration mutates what it receives', () => {
    const input = { schemaVersion: 0, meta: { title: 'x' } };
    const mutating: Migration = {
      ...step('mutate', 0),
      up: (json) => {
        (json['meta'] as { title: string }).title = 'changed';
        return json;
      },
    };
    migrateJson(input, [mutating], 1);
    expect(input.meta.title).toBe('x');
  });

  it('a failing migration becomes a diagnostic naming it, never an exception', () => {
    const broken: Migration = {
      ...step('explodes', 0),
      up: () => {
        throw new Error('boom');
      },
    };
    const outcome = loadScenario(minimalAsV0(), { migrations: [broken, ...MIGRATIONS] });
    expect(outcome.ok).toBe(false);
    expect(outcome.document).toBeNull();
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'migration.failed' });
    expect(outcome.diagnostics[0]!.message).toContain('"explodes" (boom)');
  });

  it('a bad registry passed in becomes a diagnostic, never an exception', () => {
    const outcome = loadScenario(minimalAsV0(), { migrations: [step('a', 0), step('a', 0)] });
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics[0]?.code).toBe('migration.registry');
  });

  it('a version older than the registry reaches is refused by name', () => {
    const outcome = loadScenario(minimalAsV0());
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'version.too-old', path: 'schemaVersion' });
  });
});
