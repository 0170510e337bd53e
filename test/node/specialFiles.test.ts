/**
 * Only regular files are read or replaced (issue 9, failure 5): a pipe, a device, a symbolic-link
 * loop or an over-long path is refused with a sentence and exit 1, never read, hung on or
 * replaced; a file over the size limit is refused without being read.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { lstat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialiseScenario } from '../../models/index.ts';
import { readScenarioFile } from '../../node/scenarioFiles.ts';
import { nodeFs, type FsLayer } from '../../node/fsLayer.ts';
import { sampleDocument } from '../models/history/fixture.ts';
import { runCli } from '../helpers/cli.ts';
import { withTempDir } from './helpers.ts';

const posix = process.platform !== 'win32';

describe('reading', () => {
  it.runIf(posix)('refuses a named pipe at once, without waiting for a writer', async () => {
    await withTempDir(async (dir) => {
      execFileSync('mkfifo', [join(dir, 'pipe.causeway.json')]);
      const run = await runCli(['validate', 'pipe.causeway.json'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'pipe.causeway.json: cannot open the file: it is not a regular file (it is a pipe, a device or a socket).\n',
      );
    });
  });

  it.runIf(posix)('refuses a device such as /dev/urandom without reading it', async () => {
    const run = await runCli(['run', '/dev/urandom'], '/');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot open the file: it is not a regular file/);
  });

  it.runIf(posix)('refuses a loop of symbolic links and an over-long path with a sentence and exit 1', async () => {
    await withTempDir(async (dir) => {
      await symlink(join(dir, 'b.causeway.json'), join(dir, 'a.causeway.json'));
      await symlink(join(dir, 'a.causeway.json'), join(dir, 'b.causeway.json'));
      let run = await runCli(['validate', 'a.causeway.json'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/a\.causeway\.json: cannot open the file: its symbolic links go round in a loop/);
      const long = `${'d'.repeat(250)}/`.repeat(20) + 'x.causeway.json';
      run = await runCli(['validate', long], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/cannot open the file: its name or path is too long/);
    });
  });

  it('refuses a file over the size limit from its size alone, naming the limit and the size', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'huge.causeway.json');
      await writeFile(path, serialiseScenario(sampleDocument()));
      let reads = 0;
      const fs: FsLayer = {
        ...nodeFs,
        stat: async (p) => ({
          ...(await nodeFs.stat(p)),
          size: 3 * 1024 ** 3,
          isFile: () => true,
          isDirectory: () => false,
        }),
        readFile: async (p) => (reads++, nodeFs.readFile(p)),
      };
      const read = await readScenarioFile(path, fs);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(reads).toBe(0);
      expect(read.value.outcome.ok).toBe(false);
      expect(read.value.outcome.diagnostics[0]?.message).toMatch(/3,072\.0 MB, over the 50 MB limit/);
    });
  });
});

describe('replacing', () => {
  it.runIf(posix)('restore --force does not replace a named pipe', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'f.causeway.json'), serialiseScenario(sampleDocument()));
      execFileSync('mkfifo', [join(dir, 'out.causeway.json')]);
      const run = await runCli(
        ['restore', 'f.causeway.json', '--revision', '0', '--out', 'out.causeway.json', '--force'],
        dir,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/out\.causeway\.json: cannot write the file: it is not a regular file/);
      expect((await lstat(join(dir, 'out.causeway.json'))).isFIFO()).toBe(true);
    });
  });
});
