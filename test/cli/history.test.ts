import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialiseScenario } from '../../models/index.ts';
import { historyCommand } from '../../cli/commands/history.ts';
import { setCommand } from '../../cli/commands/set.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { captureIO, withTempDir } from '../node/helpers.ts';

describe('causeway history', () => {
  it('lists revisions newest first as a table and as JSON', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'f.causeway.json'), serialiseScenario(sampleDocument()));
      expect(await setCommand.run(['f.causeway.json', 'q=0.5', '--note', 'first'], captureIO(dir))).toBe(0);
      expect(await setCommand.run(['f.causeway.json', 'q=0.6', '--milestone', 'Board paper'], captureIO(dir))).toBe(0);
      const json = captureIO(dir);
      expect(await historyCommand.run(['f.causeway.json', '--json'], json)).toBe(0);
      const parsed = JSON.parse(json.out) as {
        revisions: Array<{ revision: number; savedAt: string; note: string | null; milestone: string | null }>;
      };
      expect(parsed.revisions.map((r) => [r.revision, r.note, r.milestone])).toEqual([
        [2, null, 'Board paper'],
        [1, 'first', null],
        [0, null, null],
      ]);
      expect(parsed.revisions[0]!.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      const table = captureIO(dir);
      expect(await historyCommand.run(['f.causeway.json'], table)).toBe(0);
      expect(table.out.split('\n')[0]).toMatch(/^Revision\s+Saved\s+Milestone\s+Note$/);
      expect(table.out).toMatch(/\n2\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+Board paper/);
    });
  });

  it('says when a file has no recorded revisions, and names a broken file', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'f.causeway.json'), serialiseScenario(sampleDocument()));
      const io = captureIO(dir);
      expect(await historyCommand.run(['f.causeway.json'], io)).toBe(0);
      expect(io.out).toMatch(/f.causeway.json has no saved revisions recorded yet; it is at revision 0/);
      await writeFile(join(dir, 'bad.causeway.json'), '{"format": "causeway.scenario"');
      const bad = captureIO(dir);
      expect(await historyCommand.run(['bad.causeway.json'], bad)).toBe(1);
      expect(bad.err).toMatch(/^bad.causeway.json: /);
    });
  });
});
