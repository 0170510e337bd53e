import packageJson from '../package.json' with { type: 'json' };
import { CURRENT_SCHEMA_VERSION } from '../models/index.ts';
import { EXIT_INTERNAL, EXIT_INVALID, UsageError, type CliIO, type CommandSpec } from './command.ts';
import { commands } from './registry.ts';
import { escapeControls } from './terminalText.ts';

/** `causeway --version`: the package's version (the bundle carries it from package.json) and the file format's. */
export const VERSION_LINE = `causeway ${packageJson.version} (scenario schemaVersion ${CURRENT_SCHEMA_VERSION})`;

const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Causeway: quantified logic models of policy interventions, with Green Book appraisal.',
    '',
    'Usage: causeway <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "causeway <command> --help" for its options, "causeway --version" for the version. Exit codes: 0 success, 1 invalid input, 2 internal error.',
  ].join('\n');
}

/**
 * Run the CLI and return its exit code. Bad input never produces a stack trace: usage errors and
 * file problems are sentences on stderr (exit 1); anything unexpected is reported as an internal
 * error in one sentence (exit 2).
 */
export async function main(argv: string[], rawIO: CliIO = processIO): Promise<number> {
  // Everything printed passes through here, so nothing from a file can drive the terminal.
  const io: CliIO = {
    cwd: rawIO.cwd,
    stdout: (text) => rawIO.stdout(escapeControls(text)),
    stderr: (text) => rawIO.stderr(escapeControls(text)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help() + '\n');
    return name === undefined ? EXIT_INVALID : 0;
  }
  if (name === '--version') {
    io.stdout(`${VERSION_LINE}\n`);
    return 0;
  }
  const command: CommandSpec | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`"${name}" is not a causeway command. Commands: ${commands.map((c) => c.name).join(', ')}.`);
    return EXIT_INVALID;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message);
      return EXIT_INVALID;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `Internal error in "causeway ${name}": ${detail}. This is a bug in Causeway; please report it with the file that caused it.`,
    );
    return EXIT_INTERNAL;
  }
}
