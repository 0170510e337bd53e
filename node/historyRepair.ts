/**
 * Cutting a damaged history on disk (the CLI's `history --cut-damaged`, the app's "Cut the damaged
 * history…"): under the file's lock, the file is read, its history cut at the last revision that
 * rebuilds and checks (models' cutHistory), and written back atomically with the original kept for
 * good beside it as `FILE.before-cut-<time>.bak`. The content is not changed and no revision is added.
 */
import { basename } from 'node:path';
import { cutHistory, serialiseScenario, type HistoryCut, type ScenarioDocument } from '../models/index.ts';
import { resolveWriteTarget, writeFileAtomic } from './atomicWrite.ts';
import { describeFileError } from './fileErrors.ts';
import { fingerprintOf, sameFile, type Fingerprint } from './fingerprint.ts';
import { nodeFs, type FsLayer } from './fsLayer.ts';
import type { FileResult } from './result.ts';
import { lockScenarioFile, readScenarioFile } from './scenarioFiles.ts';

export interface CutOnDisk extends Omit<HistoryCut, 'document'> {
  /** Where the original was kept, or null when nothing was cut. */
  backupPath: string | null;
  /** The file's text and document after the cut (as read, when nothing was cut). */
  text: string;
  document: ScenarioDocument;
  fingerprint: Fingerprint;
}

export interface CutOptions {
  fs?: FsLayer;
  /**
   * The file as the caller last saw it (the app's window): when the file on disk differs, nothing is
   * cut, since what the user agreed to drop was read from another version.
   */
  expected?: Fingerprint | null;
}

/** The backup name for a cut made at `now` (ISO 8601): colons are not allowed in Windows names. */
export function cutBackupPathFor(path: string, now: string): string {
  return `${path}.before-cut-${now.replace(/[:.]/g, '-')}.bak`;
}

export async function cutDamagedHistory(
  path: string,
  now: string,
  options: CutOptions = {},
): Promise<FileResult<CutOnDisk>> {
  const fs = options.fs ?? nodeFs;
  const name = basename(path);
  const locked = await lockScenarioFile(path, fs);
  if (!locked.ok) return locked;
  try {
    const read = await readScenarioFile(path, fs);
    if (!read.ok) return read;
    const { outcome, text, fingerprint } = read.value;
    if (options.expected && !sameFile(options.expected, fingerprint))
      return {
        ok: false,
        error: {
          kind: 'conflict',
          message: `"${name}" was changed on disk after you opened it, so its history was not cut. Reload the file and look at its history again.`,
        },
      };
    const document = outcome.document;
    if (!document || text === null)
      return {
        ok: false,
        error: { kind: 'invalid', message: `"${name}" cannot be read as a scenario file, so its history was not cut.` },
      };
    const { document: cut, ...summary } = cutHistory(document);
    if (!summary.damage && summary.unreadable === 0)
      return { ok: true, value: { ...summary, backupPath: null, text, document, fingerprint } };
    const target = await resolveWriteTarget(path, fs);
    const backupPath = cutBackupPathFor(target, now);
    const written = serialiseScenario(cut);
    await writeFileAtomic(target, written, { fs, backupPath });
    const st = await fs.stat(target).catch(() => null);
    return {
      ok: true,
      value: {
        ...summary,
        backupPath,
        text: written,
        document: cut,
        fingerprint: fingerprintOf(written, st?.mtimeMs ?? 0),
      },
    };
  } catch (e) {
    return { ok: false, error: describeFileError(e, 'save', name) };
  } finally {
    await locked.value.release();
  }
}
