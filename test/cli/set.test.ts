import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenario, reconstructRevision, serialiseScenario, type ScenarioDocument } from '../../models/index.ts';
import { setCommand } from '../../cli/commands/set.ts';
import { UsageError } from '../../cli/command.ts';
import { parseAssignments } from '../../cli/args.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { captureIO, withTempDir } from '../node/helpers.ts';

async function load(path: string): Promise<ScenarioDocument> {
  const r = loadScenario(await readFile(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.document;
}

describe('causeway set', () => {
  it('changes a parameter and saves a new revision with history, note and backup', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'gm.causeway.json');
      const original = serialiseScenario(sampleDocument());
      await writeFile(path, original);
      const io = captureIO(dir);
      expect(await setCommand.run(['gm.causeway.json', 'p_support=0.045', 'q=0.5', '--note', 'Board review'], io)).toBe(
        0,
      );
      expect(io.out).toMatch(/gm.causeway.json: saved revision 1/);
      expect(io.out).toMatch(/parameters.p_support.value 0.03 -> 0.045/);
      const doc = await load(path);
      expect(doc.parameters['p_support']!.value).toBe(0.045);
      expect(doc.parameters['p_support']!.low).toBe(0.01);
      expect(doc.history?.revisions.at(-1)).toEqual(expect.objectContaining({ revision: 1, note: 'Board review' }));
      expect(await readFile(`${path}.bak`, 'utf8')).toBe(original);
      const before = reconstructRevision(doc, 0);
      expect(before.ok && serialiseScenario({ ...before.value, history: undefined })).toBe(original);
    });
  });

  it('sets a scenario override, keeping an override range', async () => {
    await withTempDir(async (dir) => {
      const doc = sampleDocument();
      doc.scenarios[0]!.overrides = { q: { value: 0.1, low: 0, high: 0.2 } };
      await writeFile(join(dir, 'f.causeway.json'), serialiseScenario(doc));
      const io = captureIO(dir);
      expect(await setCommand.run(['f.causeway.json', 'q=0.15', 'p_support=0.02', '--scenario', 'bau'], io)).toBe(0);
      const saved = await load(join(dir, 'f.causeway.json'));
      expect(saved.scenarios[0]!.overrides).toEqual({ q: { value: 0.15, low: 0, high: 0.2 }, p_support: 0.02 });
      expect(saved.parameters['q']!.value).toBe(0.4);
    });
  });

  it('refuses unknown parameters and scenarios, non-numbers and missing files, changing nothing', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'f.causeway.json');
      const text = serialiseScenario(sampleDocument());
      await writeFile(path, text);
      let io = captureIO(dir);
      expect(await setCommand.run(['f.causeway.json', 'nope=1'], io)).toBe(1);
      expect(io.err).toMatch(
        /^f.causeway.json: parameters.nope: there is no parameter "nope"; the parameters are p_support, q/,
      );
      io = captureIO(dir);
      expect(await setCommand.run(['f.causeway.json', 'q=1', '--scenario', 'zzz'], io)).toBe(1);
      expect(io.err).toMatch(
        /f.causeway.json: scenarios: there is no scenario "zzz"; the scenarios are bau, digital-led/,
      );
      await expect(setCommand.run(['f.causeway.json', 'q=abc'], captureIO(dir))).rejects.toThrow(UsageError);
      await expect(setCommand.run(['f.causeway.json'], captureIO(dir))).rejects.toThrow(/at least one PARAM=VALUE/);
      io = captureIO(dir);
      expect(await setCommand.run(['missing.causeway.json', 'q=1'], io)).toBe(1);
      expect(io.err).toBe('missing.causeway.json: cannot open the file: there is no such file.');
      expect(await readFile(path, 'utf8')).toBe(text);
    });
  });
});

describe('names that are not parameters', () => {
  it('refuses built-in object names (constructor, toString, __proto__) instead of reporting a change', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'f.causeway.json');
      const text = serialiseScenario(sampleDocument());
      await writeFile(path, text);
      for (const name of ['constructor', 'toString', '__proto__']) {
        const io = captureIO(dir);
        expect(await setCommand.run(['f.causeway.json', `${name}=3`], io)).toBe(1);
        expect(io.err).toContain(`there is no parameter "${name}"`);
      }
      expect(await readFile(path, 'utf8')).toBe(text);
    });
  });

  it('run --set refuses __proto__ like any unknown name instead of ignoring it', () => {
    expect(Object.keys(parseAssignments(['__proto__=1', 'q=2']))).toEqual(['__proto__', 'q']);
  });
});
