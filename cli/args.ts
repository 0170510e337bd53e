import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into sentences for the user. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error);
    throw new UsageError(`${detail}. Usage: ${usage}`);
  }
}

/** A whole number >= min from an option value, or a usage error naming the option. */
export function parseInteger(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < min)
    throw new UsageError(`--${option} must be a whole number of at least ${min}, not "${value}".`);
  return Number(value);
}

/**
 * Numbers on the command line are decimal, optionally with an exponent: 0.25, -3, .5, 1.5e6. What
 * JavaScript's Number() also reads is refused, because a reader of the command would not expect it:
 * 0x10 (16), 0b101, 0o17, Infinity, surrounding spaces.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The generator is seeded with 32 bits (models/uncertainty/random.ts): larger seeds would alias. */
export const MAX_SEED = 0xffffffff;

/** `--seed S`: a whole number the generator uses as it is, or a usage error naming the range. */
export function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > MAX_SEED)
    throw new UsageError(
      `--seed must be a whole number from 0 to ${MAX_SEED.toLocaleString('en-GB')} (the generator uses 32 bits), not "${value}".`,
    );
  return Number(value);
}

/** `--set PARAM=VALUE` pairs into a map; refuses malformed pairs and non-numbers. */
export function parseAssignments(pairs: string[] | undefined, option = 'set'): Record<string, number> {
  // No prototype: "__proto__=1" must stay a (wrong) name to report, not vanish into a setter.
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const pair of pairs ?? []) {
    const match = /^([^=\s]+)=(.+)$/.exec(pair);
    if (!match) throw new UsageError(`${option === 'set' ? '--set ' : ''}"${pair}" is not of the form PARAM=VALUE.`);
    const value = Number(match[2]);
    if (!DECIMAL.test(match[2]!) || !Number.isFinite(value))
      throw new UsageError(
        `The value for "${match[1]}" must be a number in decimal notation such as 0.25, -3 or 1.5e6, not "${match[2]}".`,
      );
    out[match[1]!] = value;
  }
  return out;
}
