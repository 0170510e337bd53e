import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serialiseScenario } from '../../models/index.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { runCli } from '../helpers/cli.ts';

// No release has an older schemaVersion yet, so the file reader is stubbed to report one: the
// command's own decisions (where to write, what to keep, what to refuse) are what is under test.
vi.mock('../../cli/scenarioFile.ts', async (original) => {
  const actual = await original<typeof import('../../cli/scenarioFile.ts')>();
  const { resolve, basename } = await import('node:path');
  return {
    ...actual,
    readScenarioFile: async (file: string, io: { cwd: string }) => {
      const read = await actual.readScenarioFile(file, io as never);
      if (!read.ok) return read;
      const path = resolve(io.cwd, file);
      return { ...read, path, name: basename(path), migratedFrom: 0 };
    },
  };
});

function folder(): { dir: string; original: string } {
  const dir = mkdtempSync(join(tmpdir(), 'causeway-cli-'));
  const original = serialiseScenario(sampleDocument()).replace('"Test area"', '"Schema 0 original"');
  writeFileSync(join(dir, 'old.causeway.json'), original);
  return { dir, original };
}

describe('causeway new and migrate when writing fails or would replace a file', () => {
  it('new into a folder that does not exist: a sentence and exit 1, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'causeway-cli-'));
    const run = await runCli(['new', '--area', 'TLD3', '--out', 'no-such-folder/x.causeway.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('x.causeway.json');
    expect(run.stderr).not.toMatch(/bug|causeway-tmp|ENOENT/);
  });

  it('migrate --out refuses to replace an existing file without --force', async () => {
    const { dir } = folder();
    writeFileSync(join(dir, 'keep.causeway.json'), 'precious');
    const run = await runCli(['migrate', 'old.causeway.json', '--out', 'keep.causeway.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/keep.causeway.json already exists/);
    expect(readFileSync(join(dir, 'keep.causeway.json'), 'utf8')).toBe('precious');
    const forced = await runCli(['migrate', 'old.causeway.json', '--out', 'keep.causeway.json', '--force'], dir);
    expect(forced.code).toBe(0);
  });

  it('migrate --out FILE (the same file) still keeps the original', async () => {
    const { dir, original } = folder();
    const run = await runCli(['migrate', 'old.causeway.json', '--out', 'old.causeway.json'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'old.causeway.json.v0.bak'), 'utf8')).toBe(original);
  });

  it('migrate never replaces an earlier backup that holds something else', async () => {
    const { dir } = folder();
    writeFileSync(join(dir, 'old.causeway.json.v0.bak'), 'an older original');
    const run = await runCli(['migrate', 'old.causeway.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/old.causeway.json.v0.bak already exists/);
    expect(readFileSync(join(dir, 'old.causeway.json.v0.bak'), 'utf8')).toBe('an older original');
  });

  it('migrate into a folder that does not exist: a sentence and exit 1', async () => {
    const { dir } = folder();
    const run = await runCli(['migrate', 'old.causeway.json', '--out', 'nowhere/new.causeway.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('new.causeway.json');
    expect(run.stderr).not.toMatch(/bug|causeway-tmp/);
  });
});
