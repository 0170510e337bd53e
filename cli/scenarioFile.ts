import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatDiagnostics, loadScenario, type Diagnostic, type ScenarioDocument } from '../models/index.ts';
import type { CliIO } from './command.ts';

export type ReadOutcome =
  | {
      ok: true;
      document: ScenarioDocument;
      path: string;
      name: string;
      warnings: Diagnostic[];
      migratedFrom: number | null;
    }
  | { ok: false; message: string };

/** Read and load a scenario file; every failure becomes sentences naming the file. */
export async function readScenarioFile(file: string, io: CliIO): Promise<ReadOutcome> {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission was denied'
            : `it could not be read (${code ?? 'unknown error'})`;
    return { ok: false, message: `${file}: cannot open the file: ${why}.` };
  }
  const loaded = loadScenario(text);
  if (!loaded.ok) return { ok: false, message: formatDiagnostics(loaded.diagnostics, file) };
  return {
    ok: true,
    document: loaded.document,
    path,
    name: basename(path),
    warnings: loaded.diagnostics,
    migratedFrom: loaded.migratedFrom,
  };
}

/** Print diagnostics of a run (not of the file) and return exit code 1. */
export function reportDiagnostics(diagnostics: Diagnostic[], file: string, io: CliIO): number {
  io.stderr(formatDiagnostics(diagnostics, file));
  return 1;
}

/**
 * A failed write as one sentence naming the file, with the exit code: 1 when the cause is the
 * place or the disk (the user can act on it), 2 when the cause is unknown.
 */
export function describeWriteError(error: unknown, file: string): { message: string; code: 1 | 2 } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'its folder does not exist',
    EACCES: 'permission was denied',
    EPERM: 'permission was denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'there is not enough space on the disk',
    EDQUOT: 'there is not enough space on the disk',
    EISDIR: 'it is a folder',
  };
  if (code && why[code])
    return { message: `${file}: cannot write the file: ${why[code]}. Nothing was written.`, code: 1 };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `${file}: cannot write the file (${code ?? detail}). Nothing was written.`, code: 2 };
}

/** Whether anything is at `path`: commands that write --out refuse to replace it unless --force. */
export async function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
