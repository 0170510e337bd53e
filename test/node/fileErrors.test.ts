import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFileError, fileProblem } from '../../node/fileErrors.ts';
import { readScenarioFile } from '../../node/scenarioFiles.ts';
import { describeWriteError } from '../../cli/scenarioFile.ts';
import { runCli } from '../helpers/cli.ts';
import { withTempDir } from './helpers.ts';

const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('one table of file system causes for the app and the CLI', () => {
  it('gives each known code a kind and a cause for reading and for writing', () => {
    expect(fileProblem(failure('ENOENT'), 'open')).toMatchObject({
      kind: 'not-found',
      reason: 'there is no such file',
    });
    expect(fileProblem(failure('ENOENT'), 'save')).toMatchObject({
      kind: 'not-found',
      reason: 'its folder does not exist',
    });
    expect(fileProblem(failure('EPERM'), 'open').kind).toBe('permission');
    expect(fileProblem(failure('EDQUOT'), 'save').kind).toBe('disk-full');
    expect(fileProblem(failure('EROFS'), 'export').kind).toBe('read-only');
    expect(fileProblem(failure('EISDIR'), 'open')).toMatchObject({ kind: 'invalid', reason: 'it is a folder' });
    expect(fileProblem(failure('EBUSY'), 'save').kind).toBe('internal');
  });

  it('names an unknown cause by its code, or by the message when there is no code', () => {
    expect(fileProblem(failure('EIO'), 'save')).toMatchObject({
      kind: 'internal',
      reason: 'it could not be written (EIO)',
    });
    expect(fileProblem(new Error('odd'), 'open')).toMatchObject({
      kind: 'internal',
      reason: 'it could not be read (odd)',
    });
  });

  it('the app sentence names the file, the cause and, when writing, that nothing was lost', () => {
    const saving = describeFileError(failure('ENOSPC'), 'save', 'gm.causeway.json');
    expect(saving).toEqual({
      kind: 'disk-full',
      reason: 'there is not enough space on the disk',
      message:
        'Causeway could not save "gm.causeway.json": there is not enough space on the disk. Your document is still open and the file on disk is unchanged; free some space or use Save As to save it somewhere else.',
    });
    expect(describeFileError(failure('ENOENT'), 'open', 'gm.causeway.json').message).toBe(
      'Causeway could not open "gm.causeway.json": there is no such file; it may have been moved, renamed or deleted.',
    );
  });

  it('the CLI phrases the same cause around the name typed, exit 1 when the user can act and 2 otherwise', () => {
    expect(describeWriteError(failure('EACCES'), 'out/x.csv')).toEqual({
      message: 'out/x.csv: cannot write the file: permission was denied. Nothing was written.',
      code: 1,
    });
    expect(describeWriteError(failure('EIO'), 'x.csv')).toEqual({
      message: 'x.csv: cannot write the file: it could not be written (EIO). Nothing was written.',
      code: 2,
    });
  });

  it('reading a folder is refused as a folder, without reading it', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'a.causeway.json'));
      const read = await readScenarioFile(join(dir, 'a.causeway.json'));
      expect(read.ok === false && read.error).toMatchObject({ kind: 'invalid', reason: 'it is a folder' });
    });
  });

  it('every CLI command that reads a file says the same thing when it is missing', async () => {
    await withTempDir(async (dir) => {
      const sentence = 'gone.causeway.json: cannot open the file: there is no such file.\n';
      for (const argv of [
        ['validate', 'gone.causeway.json'],
        ['history', 'gone.causeway.json'],
        ['restore', 'gone.causeway.json', '--revision', '0', '--out', 'r.causeway.json'],
        ['set', 'gone.causeway.json', 'q=1'],
      ]) {
        const run = await runCli(argv, dir);
        expect({ argv, code: run.code, stderr: run.stderr }).toEqual({ argv, code: 1, stderr: sentence });
      }
    });
  });
});
