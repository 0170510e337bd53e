import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenario, revisionContent, serialiseScenario } from '../../models/index.ts';
import { restoreCommand } from '../../cli/commands/restore.ts';
import { setCommand } from '../../cli/commands/set.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { captureIO, withTempDir } from '../node/helpers.ts';

describe('causeway restore', () => {
  it('writes an earlier revision exactly as it was saved, leaving the file alone', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'f.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      await setCommand.run(['f.causeway.json', 'q=0.5'], captureIO(dir));
      const revision1 = await readFile(path, 'utf8');
      await setCommand.run(['f.causeway.json', 'q=0.6', 'p_support=0.02'], captureIO(dir));
      const current = await readFile(path, 'utf8');
      const io = captureIO(dir);
      expect(await restoreCommand.run(['f.causeway.json', '--revision', '1', '--out', 'r1.causeway.json'], io)).toBe(0);
      expect(io.out).toBe('Wrote revision 1 of f.causeway.json to r1.causeway.json.\n');
      const restored = await readFile(join(dir, 'r1.causeway.json'), 'utf8');
      // Same content, and here even the same bytes: the history it carries is the one revision 1 had.
      expect(restored).toBe(revision1);
      const a = loadScenario(restored);
      const b = loadScenario(revision1);
      expect(a.ok && b.ok && revisionContent(a.document)).toEqual(b.ok && revisionContent(b.document));
      expect(await readFile(path, 'utf8')).toBe(current);
    });
  });

  it('refuses an unknown revision, an existing output and bad arguments', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'f.causeway.json'), serialiseScenario(sampleDocument()));
      await setCommand.run(['f.causeway.json', 'q=0.5'], captureIO(dir));
      let io = captureIO(dir);
      expect(await restoreCommand.run(['f.causeway.json', '--revision', '7', '--out', 'x.causeway.json'], io)).toBe(1);
      expect(io.err).toMatch(
        /f.causeway.json: history.revisions: Revision 7 is not in the history; the kept revisions are 0, 1/,
      );
      await writeFile(join(dir, 'x.causeway.json'), 'keep me');
      io = captureIO(dir);
      expect(await restoreCommand.run(['f.causeway.json', '--revision', '0', '--out', 'x.causeway.json'], io)).toBe(1);
      expect(io.err).toMatch(/x.causeway.json already exists/);
      expect(await readFile(join(dir, 'x.causeway.json'), 'utf8')).toBe('keep me');
      await expect(
        restoreCommand.run(['f.causeway.json', '--revision', 'two', '--out', 'y.json'], captureIO(dir)),
      ).rejects.toThrow(/--revision must be a revision number/);
      await expect(restoreCommand.run(['f.causeway.json', '--revision', '1'], captureIO(dir))).rejects.toThrow(/--out/);
    });
  });
});
