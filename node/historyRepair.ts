/**
 * Cutting a damaged history on disk (the CLI's `history --cut-damaged`): under the file's lock, the
 * file is read, its history cut at the last revision that rebuilds and checks (models' cutHistory),
 * and written back atomically with the original kept for good beside it as
 * `FILE.before-cut-<time>.bak`. The content is not changed and no revision is added.
 */
import { basename } from 'node:path';
import { cutHistory, serialiseScenario, type HistoryCut } from '../models/index.ts';
import { resolveWriteTarget, writeFileAtomic } from './atomicWrite.ts';
import { describeFileError } from './fileErrors.ts';
import { nodeFs, type FsLayer } from './fsLayer.ts';
import type { FileResult } from './result.ts';
import { lockScenarioFile, readScenarioFile } from './scenarioFiles.ts';

export interface CutOnDisk extends Omit<HistoryCut, 'document'> {
  /** Where the original was kept, or null when nothing was cut. */
  backupPath: string | null;
}

/** The backup name for a cut made at `now` (ISO 8601): colons are not allowed in Windows names. */
export function cutBackupPathFor(path: string, now: string): string {
  return `${path}.before-cut-${now.replace(/[:.]/g, '-')}.bak`;
}

export async function cutDamagedHistory(
  path: string,
  now: string,
  fs: FsLayer = nodeFs,
): Promise<FileResult<CutOnDisk>> {
  const name = basename(path);
  const locked = await lockScenarioFile(path, fs);
  if (!locked.ok) return locked;
  try {
    const read = await readScenarioFile(path, fs);
    if (!read.ok) return read;
    const document = read.value.outcome.document;
    if (!document)
      return {
        ok: false,
        error: { kind: 'invalid', message: `"${name}" cannot be read as a scenario file, so its history was not cut.` },
      };
    const { document: cut, ...summary } = cutHistory(document);
    if (!summary.damage && summary.unreadable === 0) return { ok: true, value: { ...summary, backupPath: null } };
    const target = await resolveWriteTarget(path, fs);
    const backupPath = cutBackupPathFor(target, now);
    await writeFileAtomic(target, serialiseScenario(cut), { fs, backupPath });
    return { ok: true, value: { ...summary, backupPath } };
  } catch (e) {
    return { ok: false, error: describeFileError(e, 'save', name) };
  } finally {
    await locked.value.release();
  }
}
