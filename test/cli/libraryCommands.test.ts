import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAreas, loadScenario, projectScenario } from '../../models/index.ts';
import { runCli } from '../helpers/cli.ts';

describe('causeway areas', () => {
  it('lists the library areas with codes, names and the data vintage', async () => {
    const run = await runCli(['areas', '--json'], '/tmp');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const codes = json.areas.map((a: { code: string }) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['TLD3', 'TLE4', 'TLE3', 'TLG3', 'TLD7']));
    expect(json.areas).toHaveLength(listAreas().length);
    const table = await runCli(['areas'], '/tmp');
    expect(table.stdout).toMatch(/TLD3\s+Greater Manchester\s+ITL2/);
  });
});

describe('causeway new', () => {
  it('writes a valid file for an area with real baselines and a scenario per template', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'causeway-new-'));
    const run = await runCli(['new', '--area', 'TLE4', '--out', 'wy.causeway.json', '--template', 'reshoring'], dir);
    expect(run.code).toBe(0);
    const loaded = loadScenario(readFileSync(join(dir, 'wy.causeway.json'), 'utf8'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const doc = loaded.document;
    expect(doc.area.code).toBe('TLE4');
    expect(doc.scenarios.map((s) => s.id)).toEqual(['bau', 'reshoring']);
    for (const sector of doc.baseline.sectors) expect(sector.source).toMatch(/ONS/);
    const projected = projectScenario(doc, 'reshoring');
    expect(projected.ok).toBe(true);
  });

  it('refuses to overwrite an existing file without --force, and an unknown area', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'causeway-new-'));
    writeFileSync(join(dir, 'keep.causeway.json'), 'precious');
    const run = await runCli(['new', '--area', 'TLD3', '--out', 'keep.causeway.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/a file is already there/);
    expect(readFileSync(join(dir, 'keep.causeway.json'), 'utf8')).toBe('precious');
    const unknown = await runCli(['new', '--area', 'XX9', '--out', 'x.causeway.json'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/XX9/);
  });
});
