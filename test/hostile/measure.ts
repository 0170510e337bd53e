/**
 * Runs one CLI command of a bundled causeway in a fresh Node process under GNU time, for the
 * hostile benchmarks: wall time, peak resident memory and the exit code, with a time limit after
 * which the process is killed (the audit's worst cases ran for minutes on the release before
 * issue 9) and a heap limit so that one case cannot take the machine's memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Measured {
  seconds: number;
  peakMb: number;
  code: number | null;
  /** Killed at the time limit. */
  timedOut: boolean;
  stderr: string;
}

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

/** A script that runs `main(argv)` of the bundle at `bundle` (written once into `dir`). */
export function runnerFor(bundle: string, dir: string): string {
  const runner = join(dir, 'run-causeway.mjs');
  writeFileSync(
    runner,
    `const { main } = await import(${JSON.stringify(pathToFileURL(bundle).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  return runner;
}

export function measure(
  runner: string,
  argv: string[],
  cwd: string,
  limits: { seconds: number; heapMb: number },
): Measured {
  const started = Date.now();
  const out = spawnSync(
    GNU_TIME,
    ['-f', '%e %M', process.execPath, `--max-old-space-size=${limits.heapMb}`, runner, ...argv],
    { cwd, encoding: 'utf8', timeout: limits.seconds * 1000, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 },
  );
  const timedOut = out.error !== undefined && (out.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  const last = (out.stderr ?? '').trim().split('\n').pop() ?? '';
  const m = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last);
  return {
    seconds: m ? Number(m[1]) : (Date.now() - started) / 1000,
    peakMb: m ? Math.round(Number(m[2]) / 1024) : NaN,
    code: timedOut ? null : (out.status ?? null),
    timedOut,
    stderr: (out.stderr ?? '').slice(0, 2000),
  };
}
