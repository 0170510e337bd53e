/**
 * The CLI's side of the file service in node/: reading goes through node/'s reader and every file
 * system failure through node/'s one table of causes; here they become the CLI's sentences, which
 * name the file as the user typed it, and its exit codes.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatDiagnostics, type Diagnostic, type ScenarioDocument } from '../models/index.ts';
import { fileProblem } from '../node/fileErrors.ts';
import type { FileError } from '../node/result.ts';
import { readScenarioFile as readFromDisk } from '../node/scenarioFiles.ts';
import { EXIT_INTERNAL, EXIT_INVALID, type CliIO } from './command.ts';

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
  const read = await readFromDisk(resolve(io.cwd, file));
  if (!read.ok) return { ok: false, message: openFailure(read.error, file) };
  const { outcome, path, name } = read.value;
  if (!outcome.ok) return { ok: false, message: formatDiagnostics(outcome.diagnostics, file) };
  return {
    ok: true,
    document: outcome.document,
    path,
    name,
    warnings: outcome.diagnostics,
    migratedFrom: outcome.migratedFrom,
  };
}

/** A file that could not be opened, e.g. `gm.causeway.json: cannot open the file: there is no such file.` */
export function openFailure(error: FileError, file: string): string {
  return error.reason ? `${file}: cannot open the file: ${error.reason}.` : error.message;
}

/** Print diagnostics of a run (not of the file) and return exit code 1. */
export function reportDiagnostics(diagnostics: Diagnostic[], file: string, io: CliIO): number {
  io.stderr(formatDiagnostics(diagnostics, file));
  return 1;
}

/** Prints a file service refusal; internal failures exit 2, anything about the file or arguments 1. */
export function reportFileError(error: FileError, io: CliIO): number {
  io.stderr(error.message);
  return exitCodeFor(error.kind);
}

function exitCodeFor(kind: FileError['kind']): 1 | 2 {
  return kind === 'internal' ? EXIT_INTERNAL : EXIT_INVALID;
}

/**
 * A failed write as one sentence naming the file, with the exit code: 1 when the cause is the
 * place or the disk (the user can act on it), 2 when the cause is unknown.
 */
export function describeWriteError(error: unknown, file: string): { message: string; code: 1 | 2 } {
  const problem = fileProblem(error, 'save');
  return {
    message: `${file}: cannot write the file: ${problem.reason}. Nothing was written.`,
    code: exitCodeFor(problem.kind),
  };
}

/** Whether anything is at `path`: commands that write --out refuse to replace it unless --force. */
export async function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
