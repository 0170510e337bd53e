/**
 * What every CLI command is: a name, a usage line and a run function that writes through `io` and
 * returns the exit code (0 success, 1 invalid input, 2 internal error). Commands never throw for bad
 * input: they print sentences that name the file and the path or node, and return 1.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder that relative paths are resolved against. */
  cwd: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_INTERNAL = 2;

/** Thrown by argument helpers; main turns it into a sentence on stderr and exit code 1. */
export class UsageError extends Error {}
